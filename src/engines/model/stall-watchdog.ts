/**
 * Calls `onStall` once when `timeoutMs` pass without a `feed`. A provider can keep a
 * connection open and send nothing; only silence on the stream itself tells us.
 *
 * It is fed for every chunk the provider sends and every part the SDK hands on, so
 * feeding only notes the time: one timer runs at a time, and when it fires early (fed
 * since it was set) it is set again for what is left of the silence, rather than
 * cleared and set anew on every chunk.
 */
export class StallWatchdog {
  private timer: NodeJS.Timeout | undefined;
  private fired = false;
  private lastFed = 0;

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
    this.lastFed = performance.now();
    if (this.timer === undefined) this.arm(this.timeoutMs);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(delayMs: number): void {
    this.timer = setTimeout(() => this.check(), delayMs);
  }

  private check(): void {
    const silentMs = performance.now() - this.lastFed;
    if (silentMs < this.timeoutMs) {
      this.arm(this.timeoutMs - silentMs);
      return;
    }
    this.timer = undefined;
    this.fired = true;
    this.onStall();
  }
}
