import { performance } from "node:perf_hooks";

export const TOO_MANY_MESSAGES = "Too many messages; slow down";

/**
 * A token bucket: `burst` frames at once, refilled at `perSecond`. One per connection,
 * so a client that floods the socket slows only itself.
 */
export class RateLimiter {
  private tokens: number;
  private refilledAt: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.refilledAt = now();
  }

  /** Takes one token; false when the bucket is empty and the frame must be dropped. */
  take(): boolean {
    const now = this.now();
    const elapsedSeconds = Math.max(0, now - this.refilledAt) / 1000;
    this.tokens = Math.min(this.burst, this.tokens + elapsedSeconds * this.perSecond);
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
