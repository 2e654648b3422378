/**
 * The highest resident set size seen while a part of a benchmark ran. The process-wide
 * peak (`resourceUsage().maxRSS`) only ever grows, so it cannot tell one stage from the
 * one before; this samples the current RSS instead. The timer is unref'd and cheap; it
 * may miss a spike shorter than its interval, and a busy event loop delays it, so the
 * value is also sampled on every explicit `sample()` call.
 */
export class RssPeak {
  private peak = process.memoryUsage.rss();
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs = 25) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.peak) this.peak = rss;
  }

  /** Stops sampling and returns the peak, in bytes. */
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peak;
  }
}

/** The process's peak RSS since it started, in bytes (the kernel's own high-water mark). */
export function processPeakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}
