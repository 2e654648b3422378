/**
 * A clock every process on this machine reads alike: `process.hrtime` is the kernel's
 * monotonic clock (CLOCK_MONOTONIC on Linux), counted from boot, not from the process's
 * start as `performance.now()` is. So a time taken in the fake provider's process and one
 * taken in a client's process can be subtracted. Microseconds, as a plain number (exact
 * for the first 285 years of uptime).
 */
export function sharedClockUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}
