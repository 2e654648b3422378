/**
 * The connection to the interview as a state machine, free of timers and sockets so it
 * can be tested by itself. The hook that owns the socket feeds it events and carries
 * out the effects it answers with.
 */

export interface ReconnectPolicy {
  /** The wait after the first drop; each failed attempt doubles it. */
  baseDelayMs: number;
  /** The longest wait between attempts. */
  maxDelayMs: number;
}

export const DEFAULT_RECONNECT_POLICY: ReconnectPolicy = Object.freeze({
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
});

export type LinkState =
  /** Nothing asked for yet. */
  | { status: "idle" }
  | { status: "connecting"; failures: number }
  | { status: "open" }
  /** Dropped; the next attempt comes after `delayMs`. */
  | { status: "waiting"; failures: number; delayMs: number }
  /** The browser has no network; the next attempt comes when it has again. */
  | { status: "offline"; failures: number }
  /** The server refused the conversation for good (such as an invalid project name). */
  | { status: "failed"; reason: string }
  /** The page closed the connection itself. */
  | { status: "stopped" };

export type LinkEvent =
  | { type: "connect" }
  | { type: "opened" }
  | { type: "closed"; code: number; reason: string; online: boolean }
  | { type: "timer-elapsed" }
  | { type: "retry-now" }
  | { type: "went-offline" }
  | { type: "came-online" }
  | { type: "stop" };

export type LinkEffect =
  | { type: "open-socket" }
  | { type: "close-socket" }
  | { type: "start-timer"; delayMs: number }
  | { type: "cancel-timer" };

export interface LinkStep {
  state: LinkState;
  effects: LinkEffect[];
}

/**
 * Close codes 4000–4099 are the server's way to say "do not come back" (4000: invalid
 * project name); anything else, including a server restart or a lost network, is worth
 * another try.
 */
export function isFinalClose(code: number): boolean {
  return code >= 4000 && code < 4100;
}

/** The wait before the next attempt after `failures` failures in a row: 1, 2, 4, 8 … s, capped. */
export function backoffDelay(failures: number, policy: ReconnectPolicy = DEFAULT_RECONNECT_POLICY): number {
  const exponent = Math.max(0, failures - 1);
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(exponent, 30));
}

const stay = (state: LinkState): LinkStep => ({ state, effects: [] });

export function nextLink(
  state: LinkState,
  event: LinkEvent,
  policy: ReconnectPolicy = DEFAULT_RECONNECT_POLICY,
): LinkStep {
  if (event.type === "stop") {
    if (state.status === "stopped") return stay(state);
    return { state: { status: "stopped" }, effects: [{ type: "cancel-timer" }, { type: "close-socket" }] };
  }
  switch (state.status) {
    case "idle":
      if (event.type === "connect") {
        return { state: { status: "connecting", failures: 0 }, effects: [{ type: "open-socket" }] };
      }
      return stay(state);
    case "connecting":
      if (event.type === "opened") return stay({ status: "open" });
      if (event.type === "closed") return afterClose(state.failures + 1, event, policy);
      return stay(state);
    case "open":
      if (event.type === "closed") return afterClose(1, event, policy);
      return stay(state);
    case "waiting":
      if (event.type === "timer-elapsed" || event.type === "retry-now" || event.type === "came-online") {
        return {
          state: { status: "connecting", failures: state.failures },
          effects: [{ type: "cancel-timer" }, { type: "open-socket" }],
        };
      }
      if (event.type === "went-offline") {
        return {
          state: { status: "offline", failures: state.failures },
          effects: [{ type: "cancel-timer" }],
        };
      }
      return stay(state);
    case "offline":
      if (event.type === "came-online" || event.type === "retry-now") {
        return {
          state: { status: "connecting", failures: state.failures },
          effects: [{ type: "open-socket" }],
        };
      }
      return stay(state);
    case "failed":
    case "stopped":
      return stay(state);
  }
}

function afterClose(
  failures: number,
  event: Extract<LinkEvent, { type: "closed" }>,
  policy: ReconnectPolicy,
): LinkStep {
  if (isFinalClose(event.code)) {
    const reason =
      event.reason.length > 0 ? event.reason : `The server closed the conversation (code ${event.code}).`;
    return stay({ status: "failed", reason });
  }
  if (!event.online) return stay({ status: "offline", failures });
  const delayMs = backoffDelay(failures, policy);
  return { state: { status: "waiting", failures, delayMs }, effects: [{ type: "start-timer", delayMs }] };
}
