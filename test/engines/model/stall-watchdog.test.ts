import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { StallWatchdog } from "../../../src/engines/model/stall-watchdog.js";

// The clock is Vitest's, not the machine's: these say when the watchdog fires, not how fast anything runs.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the stall watchdog", () => {
  it("fires once the stream has been silent for its timeout, counted from the last feed", () => {
    const onStall = vi.fn();
    const watchdog = new StallWatchdog(1000, onStall);
    watchdog.feed();
    vi.advanceTimersByTime(600);
    watchdog.feed();
    vi.advanceTimersByTime(999);
    expect(onStall).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onStall).toHaveBeenCalledTimes(1);
    expect(watchdog.stalled).toBe(true);
  });

  it("does not count the time the consumer holds a part, however long, and counts again from the next feed", () => {
    const onStall = vi.fn();
    const watchdog = new StallWatchdog(1000, onStall);
    watchdog.feed();
    vi.advanceTimersByTime(500);
    watchdog.pause();
    vi.advanceTimersByTime(5000);
    expect(onStall).not.toHaveBeenCalled();
    watchdog.feed();
    vi.advanceTimersByTime(999);
    expect(onStall).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onStall).toHaveBeenCalledTimes(1);
  });

  it("keeps one timer for a stream of parts each fed and paused, rather than one per part", () => {
    const watchdog = new StallWatchdog(60_000, () => {});
    const setTimer = vi.spyOn(globalThis, "setTimeout");
    watchdog.feed();
    for (let part = 0; part < 1000; part++) {
      watchdog.pause();
      vi.advanceTimersByTime(1);
      watchdog.feed();
    }
    expect(setTimer).toHaveBeenCalledTimes(1);
    watchdog.stop();
  });
});
