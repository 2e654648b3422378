import { describe, expect, it } from "vitest";
import {
  backoffDelay,
  isFinalClose,
  type LinkEvent,
  type LinkState,
  nextLink,
  type ReconnectPolicy,
} from "../../../web/src/logic/reconnect.js";

const policy: ReconnectPolicy = { baseDelayMs: 1_000, maxDelayMs: 8_000 };
const dropped = (code = 1006): LinkEvent => ({ type: "closed", code, reason: "", online: true });

/** Runs events from a state and answers every state and effect on the way. */
function run(start: LinkState, events: LinkEvent[]) {
  let state = start;
  const effects: string[] = [];
  for (const event of events) {
    const step = nextLink(state, event, policy);
    state = step.state;
    effects.push(
      ...step.effects.map((effect) =>
        effect.type === "start-timer" ? `timer ${effect.delayMs}` : effect.type,
      ),
    );
  }
  return { state, effects };
}

describe("the reconnect state machine", () => {
  it("opens a socket when asked to connect", () => {
    expect(nextLink({ status: "idle" }, { type: "connect" }, policy)).toEqual({
      state: { status: "connecting", failures: 0 },
      effects: [{ type: "open-socket" }],
    });
  });

  it("backs off 1, 2, 4, 8 s and no further while attempts keep failing", () => {
    const { state, effects } = run({ status: "idle" }, [
      { type: "connect" },
      { type: "opened" },
      dropped(),
      { type: "timer-elapsed" },
      dropped(),
      { type: "timer-elapsed" },
      dropped(),
      { type: "timer-elapsed" },
      dropped(),
      { type: "timer-elapsed" },
      dropped(),
    ]);
    expect(effects.filter((effect) => effect.startsWith("timer"))).toEqual([
      "timer 1000",
      "timer 2000",
      "timer 4000",
      "timer 8000",
      "timer 8000",
    ]);
    expect(state).toEqual({ status: "waiting", failures: 5, delayMs: 8_000 });
  });

  it("starts the backoff over after a connection succeeds", () => {
    const { state } = run({ status: "idle" }, [
      { type: "connect" },
      dropped(),
      { type: "timer-elapsed" },
      dropped(),
      { type: "timer-elapsed" },
      { type: "opened" },
      dropped(),
    ]);
    expect(state).toEqual({ status: "waiting", failures: 1, delayMs: 1_000 });
  });

  it("tries again at once on request, cancelling the timer", () => {
    const step = nextLink({ status: "waiting", failures: 3, delayMs: 4_000 }, { type: "retry-now" }, policy);
    expect(step.state).toEqual({ status: "connecting", failures: 3 });
    expect(step.effects).toEqual([{ type: "cancel-timer" }, { type: "open-socket" }]);
  });

  it("waits for the network when the browser is offline, and reconnects when it is back", () => {
    const offline = nextLink(
      { status: "open" },
      { type: "closed", code: 1006, reason: "", online: false },
      policy,
    );
    expect(offline).toEqual({ state: { status: "offline", failures: 1 }, effects: [] });
    const back = nextLink(offline.state, { type: "came-online" }, policy);
    expect(back.state).toEqual({ status: "connecting", failures: 1 });
    expect(back.effects).toEqual([{ type: "open-socket" }]);
  });

  it("stops the timer when the network goes while it waits", () => {
    const step = nextLink(
      { status: "waiting", failures: 2, delayMs: 2_000 },
      { type: "went-offline" },
      policy,
    );
    expect(step).toEqual({ state: { status: "offline", failures: 2 }, effects: [{ type: "cancel-timer" }] });
  });

  it("gives up on a close that means the server will not have this conversation", () => {
    const step = nextLink(
      { status: "open" },
      { type: "closed", code: 4000, reason: "Invalid project name", online: true },
      policy,
    );
    expect(step).toEqual({ state: { status: "failed", reason: "Invalid project name" }, effects: [] });
    expect(nextLink(step.state, { type: "timer-elapsed" }, policy).state).toBe(step.state);
  });

  it("reconnects after the server goes away (1001) or the network breaks (1006)", () => {
    expect(isFinalClose(1001)).toBe(false);
    expect(isFinalClose(1006)).toBe(false);
    expect(isFinalClose(1011)).toBe(false);
    expect(isFinalClose(4000)).toBe(true);
    expect(nextLink({ status: "open" }, dropped(1001), policy).state.status).toBe("waiting");
  });

  it("closes the socket and the timer when the page stops, and stays stopped", () => {
    const stop = nextLink({ status: "waiting", failures: 1, delayMs: 1_000 }, { type: "stop" }, policy);
    expect(stop).toEqual({
      state: { status: "stopped" },
      effects: [{ type: "cancel-timer" }, { type: "close-socket" }],
    });
    expect(nextLink(stop.state, dropped(), policy)).toEqual({ state: { status: "stopped" }, effects: [] });
    expect(nextLink(stop.state, { type: "connect" }, policy).state).toEqual({ status: "stopped" });
  });

  it("ignores a timer that fires after the connection is already open again", () => {
    expect(nextLink({ status: "open" }, { type: "timer-elapsed" }, policy)).toEqual({
      state: { status: "open" },
      effects: [],
    });
  });

  it("computes the default backoff as 1, 2, 4 … s capped at 30 s", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50].map((failures) => backoffDelay(failures))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });
});
