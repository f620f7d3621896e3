/** Nearest-rank percentile (p in 0..100) of unsorted values; null for none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface Distribution {
  readonly p50: number | null;
  readonly p99: number | null;
  readonly max: number | null;
}

/** p50, p99 and max, rounded to 0.1 ms. */
export function distribution(values: readonly number[]): Distribution {
  const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
  return { p50: round(percentile(values, 50)), p99: round(percentile(values, 99)), max: round(percentile(values, 100)) };
}
