import { AlertIcon } from "./icons.js";

interface ErrorNoticeProps {
  text: string;
  /** Offered when sending the last message again could help and nothing else is going on. */
  onRetry: (() => void) | null;
  /** Offered when the server no longer has the interview. */
  onRestart: (() => void) | null;
}

/** A problem, in plain words, with what can be done about it. */
export function ErrorNotice({ text, onRetry, onRestart }: ErrorNoticeProps) {
  return (
    <div className="error-notice">
      <AlertIcon className="error-notice-icon" />
      <div className="error-notice-body">
        <p>{text}</p>
        {onRetry || onRestart ? (
          <div className="error-notice-actions">
            {onRetry ? (
              <button type="button" className="button button-secondary" onClick={onRetry}>
                Retry
              </button>
            ) : null}
            {onRestart ? (
              <button type="button" className="button button-secondary" onClick={onRestart}>
                Start the interview again
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
