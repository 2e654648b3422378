import type { TokenUsage } from "../../../src/types/usage.js";

/** Every token the session used, cache reads and writes included. */
export function totalTokens(usage: TokenUsage): number {
  return usage.input_tokens + usage.output_tokens + usage.cache_read_tokens + usage.cache_write_tokens;
}

/** "950", "12.3k", "1.2M": short enough for a status line. */
export function formatTokenCount(count: number): string {
  if (count < 1_000) return String(count);
  if (count < 1_000_000) return `${trimZero((count / 1_000).toFixed(count < 10_000 ? 1 : 0))}k`;
  return `${trimZero((count / 1_000_000).toFixed(1))}M`;
}

/** Dollars with enough digits to tell small sums apart. */
export function formatCost(usd: number): string {
  if (usd === 0) return "$0.00";
  if (usd < 0.001) return "< $0.001";
  if (usd < 0.01) return `$${usd.toFixed(3)}`;
  if (usd < 10) return `$${usd.toFixed(2)}`;
  return `$${usd.toFixed(0)}`;
}

function trimZero(text: string): string {
  return text.replace(/\.0$/, "");
}

const UNITS: { limit: number; seconds: number; name: string }[] = [
  { limit: 3_600, seconds: 60, name: "minute" },
  { limit: 86_400, seconds: 3_600, name: "hour" },
  { limit: 86_400 * 7, seconds: 86_400, name: "day" },
];

/** "just now", "5 minutes ago", "yesterday", or the date for anything older than a week. */
export function formatRelativeTime(iso: string, now: Date): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return "";
  const seconds = Math.max(0, Math.round((now.getTime() - then.getTime()) / 1000));
  if (seconds < 60) return "just now";
  for (const unit of UNITS) {
    if (seconds < unit.limit) {
      const count = Math.floor(seconds / unit.seconds);
      if (unit.name === "day" && count === 1) return "yesterday";
      return `${count} ${unit.name}${count === 1 ? "" : "s"} ago`;
    }
  }
  const sameYear = then.getUTCFullYear() === now.getUTCFullYear();
  return then.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    ...(sameYear ? {} : { year: "numeric" }),
  });
}

/** "3 Mar, 14:05" (the year too when it is not this one): when something happened, to the minute. */
export function formatDateTime(iso: string, now: Date): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return "";
  const sameYear = then.getFullYear() === now.getFullYear();
  return then.toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    ...(sameYear ? {} : { year: "numeric" }),
    hour: "2-digit",
    minute: "2-digit",
  });
}
