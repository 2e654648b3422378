import type { Summary } from "./stats.js";

/** Milliseconds for people: microseconds below 1 ms, seconds above 10 s. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "n/a";
  if (ms < 1) return `${(ms * 1000).toFixed(0)} µs`;
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 10_000) return `${ms.toFixed(0)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return "n/a";
  const mib = bytes / (1024 * 1024);
  if (mib >= 1) return `${mib.toFixed(1)} MiB`;
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

/** "median 4.20 ms (min–max 3.90 ms–7.10 ms)", optionally with the p95. */
export function formatSummary(summary: Summary, options: { p95?: boolean } = {}): string {
  const p95 = options.p95 ? `, p95 ${formatMs(summary.p95)}` : "";
  return `median ${formatMs(summary.median)}${p95} (min–max ${formatMs(summary.min)}–${formatMs(summary.max)}, n=${summary.count})`;
}
