/**
 * Calls `onStall` once when `timeoutMs` pass without a `feed`. A provider can keep a
 * connection open and send nothing; only silence on the stream itself tells us.
 */
export class StallWatchdog {
  private timer: NodeJS.Timeout | undefined;
  private fired = false;

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
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.fired = true;
      this.onStall();
    }, this.timeoutMs);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
