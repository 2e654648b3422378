import "./TypingIndicator.css";

/** Three soft dots while the interviewer is thinking; the same height as a line of text, so nothing jumps when words arrive. */
export function TypingIndicator({ label }: { label: string }) {
  return (
    <div className="typing-indicator">
      <span className="typing-dots" aria-hidden="true">
        <span />
        <span />
        <span />
      </span>
      <span className="visually-hidden">{label}</span>
    </div>
  );
}
