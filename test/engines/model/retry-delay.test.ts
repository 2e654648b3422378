import { describe, expect, it } from "vitest";
import { type RetryPolicy, retryDelayMs, waitUnlessAborted } from "../../../src/engines/model/retry-delay.js";

const policy: RetryPolicy = { maxRetries: 3, baseDelayMs: 1000, maxWaitMs: 60_000 };

describe("retryDelayMs", () => {
  it("doubles the base delay with each retry", () => {
    expect([0, 1, 2, 3].map((retry) => retryDelayMs(retry, undefined, policy))).toEqual([
      1000, 2000, 4000, 8000,
    ]);
  });

  it("never waits longer than the maximum", () => {
    expect(retryDelayMs(10, undefined, policy)).toBe(60_000);
    expect(retryDelayMs(0, { "retry-after": "3600" }, policy)).toBe(60_000);
  });

  it("waits as long as retry-after says, in seconds", () => {
    expect(retryDelayMs(2, { "retry-after": "0" }, policy)).toBe(0);
    expect(retryDelayMs(0, { "retry-after": "7" }, policy)).toBe(7000);
    expect(retryDelayMs(0, { "retry-after": "1.5" }, policy)).toBe(1500);
  });

  it("prefers retry-after-ms, and reads header names in any case", () => {
    expect(retryDelayMs(0, { "retry-after-ms": "250", "retry-after": "9" }, policy)).toBe(250);
    expect(retryDelayMs(0, { "Retry-After": "2" }, policy)).toBe(2000);
  });

  it("reads retry-after given as a date", () => {
    const now = Date.parse("2026-11-01T10:00:00Z");
    expect(retryDelayMs(0, { "retry-after": "Sun, 01 Nov 2026 10:00:05 GMT" }, policy, now)).toBe(5000);
    expect(retryDelayMs(0, { "retry-after": "Sun, 01 Nov 2026 09:00:00 GMT" }, policy, now)).toBe(0);
  });

  it("falls back to the backoff when the header makes no sense", () => {
    expect(retryDelayMs(1, { "retry-after": "soon", "retry-after-ms": "-5" }, policy)).toBe(2000);
  });
});

describe("waitUnlessAborted", () => {
  it("says whether the whole wait passed", async () => {
    expect(await waitUnlessAborted(0, new AbortController().signal)).toBe(true);
    expect(await waitUnlessAborted(0, AbortSignal.abort())).toBe(false);
    const controller = new AbortController();
    const waiting = waitUnlessAborted(600_000, controller.signal);
    controller.abort();
    expect(await waiting).toBe(false);
  });
});
