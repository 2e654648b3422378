import type { AnchorHTMLAttributes } from "react";
import ReactMarkdown from "react-markdown";
import "./Markdown.css";

/**
 * The interviewer's words, rendered from Markdown. Raw HTML in the text is shown as
 * text, never turned into elements (react-markdown's default; no plugin here changes
 * it); Markdown images are left out too, so a reply cannot make the browser fetch
 * addresses of the model's choosing. Links open in a new tab without access to this one.
 */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown disallowedElements={["img"]} unwrapDisallowed components={{ a: ExternalLink }}>
        {text}
      </ReactMarkdown>
    </div>
  );
}

function ExternalLink({
  node: _node,
  children,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { node?: unknown }) {
  return (
    <a {...props} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
