/**
 * Calls `onStall` once when `timeoutMs` pass without a `feed`. A provider can keep a
 * connection open and send nothing; only silence on the stream itself tells us.
 *
 * It is fed for every chunk the provider sends and every part the SDK hands on, so
 * feeding only notes the time: one timer runs at a time, and when it fires early (fed
 * since it was set) it is set again for what is left of the silence, rather than
 * cleared and set anew on every chunk. Pausing (while the consumer has a part) leaves
 * the timer as it is too: a timer that fires during a pause is dropped, and the next
 * feed sets one again. Clearing it and setting it anew for every streamed delta cost a
 * timer object and two timer-list operations per chunk.
 */
export class StallWatchdog {
  private timer: NodeJS.Timeout | undefined;
  private fired = false;
  private lastFed = 0;
  /** The consumer has a part: its time is not the provider's silence. */
  private paused = false;

  constructor(
    private readonly timeoutMs: number,
    private readonly onStall: () => void,
  ) {}

  get stalled(): boolean {
    return this.fired;
  }

  /** Starts the countdown again; call it whenever the stream shows a sign of life. */
  feed(): void {
    if (this.fired) return;
    this.paused = false;
    this.lastFed = performance.now();
    if (this.timer === undefined) this.arm(this.timeoutMs);
  }

  /**
   * Stops counting until the next `feed`, as `stop` does, but keeps the timer: the time
   * the consumer spends on a part is not silence, and the next feed counts from then.
   */
  pause(): void {
    this.paused = true;
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(delayMs: number): void {
    this.timer = setTimeout(() => this.check(), delayMs);
  }

  private check(): void {
    this.timer = undefined;
    // Paused: nothing is counted until the next feed, which sets the timer again.
    if (this.paused) return;
    const silentMs = performance.now() - this.lastFed;
    if (silentMs < this.timeoutMs) {
      this.arm(this.timeoutMs - silentMs);
      return;
    }
    this.fired = true;
    this.onStall();
  }
}
