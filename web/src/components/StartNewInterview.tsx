import { useRef, useState } from "react";
import { ConfirmDialog } from "./ConfirmDialog.js";

interface StartNewInterviewProps {
  /** Why a new interview can't be started now (no connection), or null. */
  blockedReason: string | null;
  /** Whether earlier interviews can be read on this page, to say where the current one goes. */
  earlierListed: boolean;
  /** The project has a finished spec, which a new interview would back up before changing it. */
  hasSpec: boolean;
  /** Sends `start`; false when it could not go out. */
  onStart: () => boolean;
  /** After the new interview started. */
  onStarted: () => void;
}

/** Starting over, on purpose: a button, then a question that says what happens to the interview so far. */
export function StartNewInterview({
  blockedReason,
  earlierListed,
  hasSpec,
  onStart,
  onStarted,
}: StartNewInterviewProps) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const close = () => {
    setAsking(false);
    setError(null);
    buttonRef.current?.focus();
  };
  const confirm = () => {
    if (blockedReason !== null || !onStart()) {
      setError(blockedReason ?? "The new interview couldn't be started: the connection is down.");
      return;
    }
    setAsking(false);
    setError(null);
    onStarted();
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button button-secondary start-new-interview"
        onClick={() => setAsking(true)}
      >
        Start a new interview
      </button>
      {asking ? (
        <ConfirmDialog
          title="Start a new interview?"
          confirmLabel="Start a new interview"
          busyLabel="Starting…"
          busy={false}
          error={error}
          confirmTone="primary"
          onConfirm={confirm}
          onCancel={close}
        >
          <p>
            The interviewer begins again with a greeting. The current interview isn't deleted: it's kept
            {earlierListed ? ", and you can still read it under Earlier interviews" : " on the server"}.
          </p>
          {hasSpec ? (
            <p>
              The spec stays as it is; if the new interview writes a new one, the current files stay in the
              spec's Versions, where you can compare and restore them.
            </p>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
