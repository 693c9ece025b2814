/** Percentiles and rates for benchmark reports (values in milliseconds unless named otherwise). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export function summarize(samples: number[]): { p50: number; p99: number; max: number; count: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
    count: sorted.length,
  };
}

export const round = (value: number, digits = 3) => Number(value.toFixed(digits));

export const elapsedMs = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
