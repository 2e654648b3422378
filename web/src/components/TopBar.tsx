import type { ReactNode } from "react";
import "./TopBar.css";

/** The bar across the top of every screen: where you are on the left, status and settings on the right. */
export function TopBar({ start, end }: { start: ReactNode; end: ReactNode }) {
  return (
    <header className="topbar">
      <div className="topbar-start">{start}</div>
      <div className="topbar-end">{end}</div>
    </header>
  );
}

export function Brand() {
  return (
    <a className="brand" href="#/">
      <span className="brand-mark" aria-hidden="true">
        S
      </span>
      <span className="brand-name">Specwright</span>
    </a>
  );
}
