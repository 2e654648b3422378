import type { LinkState } from "../logic/reconnect.js";
import "./ConnectionBadge.css";

interface ConnectionBadgeProps {
  link: LinkState;
  secondsLeft: number | null;
  onRetryNow: () => void;
}

type Tone = "ok" | "busy" | "warn" | "bad";

function describe(link: LinkState): { tone: Tone; label: string; spoken: string } | null {
  switch (link.status) {
    case "idle":
    case "stopped":
      return null;
    case "connecting":
      return link.failures === 0
        ? { tone: "busy", label: "Connecting…", spoken: "Connecting" }
        : { tone: "warn", label: "Reconnecting…", spoken: "Reconnecting" };
    case "open":
      return { tone: "ok", label: "Connected", spoken: "Connected" };
    case "waiting":
      return { tone: "warn", label: "Reconnecting", spoken: "Connection lost. Reconnecting shortly" };
    case "offline":
      return { tone: "bad", label: "Offline", spoken: "Offline. Waiting for the network" };
    case "failed":
      return { tone: "bad", label: "Disconnected", spoken: `Disconnected: ${link.reason}` };
  }
}

/**
 * The state of the connection, always visible: a coloured dot and a word, a countdown
 * while waiting to reconnect, and a way to try at once. Screen readers hear changes of
 * state, not every tick of the countdown.
 */
export function ConnectionBadge({ link, secondsLeft, onRetryNow }: ConnectionBadgeProps) {
  const description = describe(link);
  if (!description) return null;
  const waiting = link.status === "waiting" || link.status === "offline";
  return (
    <div className={`connection-badge connection-${description.tone}`} data-status={link.status}>
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-label" aria-hidden="true">
        {description.label}
        {link.status === "waiting" && secondsLeft !== null ? ` in ${secondsLeft} s` : ""}
      </span>
      <span className="visually-hidden" role="status">
        {description.spoken}
      </span>
      {waiting ? (
        <button type="button" className="connection-retry" onClick={onRetryNow}>
          Retry now
        </button>
      ) : null}
      {link.status === "failed" ? <span className="connection-reason">{link.reason}</span> : null}
    </div>
  );
}
