/** Order statistics of a set of samples, in the unit the samples were taken in. */
export interface Summary {
  count: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

/**
 * Nearest-rank percentile: always one of the samples, so a p95 of few samples is an
 * observed value rather than an interpolation between two.
 */
export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil(share * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    count: sorted.length,
    median: median(sorted),
    p95: percentile(sorted, 0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    mean: sorted.length === 0 ? Number.NaN : total / sorted.length,
  };
}

function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Rounds every number in a summary, so the JSON line stays readable. */
export function rounded(summary: Summary, digits = 3): Summary {
  const factor = 10 ** digits;
  const round = (value: number) => Math.round(value * factor) / factor;
  return {
    count: summary.count,
    median: round(summary.median),
    p95: round(summary.p95),
    min: round(summary.min),
    max: round(summary.max),
    mean: round(summary.mean),
  };
}
