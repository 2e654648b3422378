import type { ReactNode } from "react";
import "./TypingIndicator.css";

/**
 * Three soft dots while the interviewer is thinking; the same height as a line of text,
 * so nothing jumps when words arrive. `status`, when given, is shown beside them: what
 * the turn is doing now ("Waiting for the model… 8 s"). It is not a live region (it
 * ticks every second); a screen reader hears each new activity once, from the page's
 * announcer.
 */
export function TypingIndicator({ label, status }: { label: string; status?: ReactNode }) {
  return (
    <div className="typing-indicator">
      <span className="typing-dots" aria-hidden="true">
        <span />
        <span />
        <span />
      </span>
      {status ? (
        <span className="typing-status">{status}</span>
      ) : (
        <span className="visually-hidden">{label}</span>
      )}
    </div>
  );
}
