/** A summary of latency samples, in milliseconds. */
export interface LatencySummary {
  samples: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Nearest-rank percentile of ascending `sorted`; NaN when empty. */
export function percentile(sorted: readonly number[], fraction: number) {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? Number.NaN;
}

/** p50, p95, max and mean of `samples` (milliseconds), to the microsecond. */
export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    samples: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    max: round(sorted.at(-1) ?? Number.NaN),
    mean: round(sorted.length ? total / sorted.length : Number.NaN),
  };
}

/** The median of `values`; the mean of the middle two when even. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  if (sorted.length % 2 === 1) return sorted[middle] ?? Number.NaN;
  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** "p50 1.2 ms, p95 3.4 ms, max 5.6 ms (200 samples)". */
export function formatSummary(summary: LatencySummary): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  return (
    `p50 ${ms(summary.p50)}, p95 ${ms(summary.p95)}, ` +
    `max ${ms(summary.max)} (${summary.samples} samples)`
  );
}
