import type { MouseEvent } from "react";

/**
 * The first stop for keyboard users: straight to the screen's content. The page's routes
 * live in the address's fragment, so following `#main` as a link would leave the screen;
 * it moves the focus instead.
 */
export function SkipLink({ targetId }: { targetId: string }) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(targetId)?.focus();
  };
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={skip}>
      Skip to content
    </a>
  );
}
