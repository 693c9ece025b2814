import { bucketRepresentative } from './duration-buckets';

/** Count, median, 90th percentile, maximum and mean of a set of durations, in ms. */
export interface DurationStats {
  count: number;
  medianMs: number;
  p90Ms: number;
  maxMs: number;
  meanMs: number;
}

/**
 * The nearest-rank percentile: the smallest value with at least p of the values at or below it
 * (of an even count, the median is the lower middle value). It is always one of the values, so
 * figures read as "half the files waited at most this long".
 */
export function nearestRank(count: number, p: number): number {
  return Math.max(1, Math.ceil(p * count));
}

/** Exact figures from the durations themselves, sorted ascending. */
export function exactStats(sortedMs: readonly number[]): DurationStats {
  const count = sortedMs.length;
  const total = sortedMs.reduce((sum, ms) => sum + ms, 0);
  return {
    count,
    medianMs: sortedMs[nearestRank(count, 0.5) - 1],
    p90Ms: sortedMs[nearestRank(count, 0.9) - 1],
    maxMs: sortedMs[count - 1],
    meanMs: Math.round(total / count),
  };
}

/** One bucket of a histogram: how many durations fell in it. */
export interface BucketCount {
  bucket: number;
  count: number;
}

/**
 * Figures from a histogram (buckets in any order; `totalMs` and `maxMs` are kept exactly beside
 * it). Count, maximum and mean are exact; the median and p90 are the representative of the bucket
 * holding the nearest-rank value, never above the maximum, so within RELATIVE_PRECISION of the
 * exact figure.
 */
export function histogramStats(
  buckets: readonly BucketCount[],
  totalMs: number,
  maxMs: number,
): DurationStats {
  const sorted = [...buckets].sort((a, b) => a.bucket - b.bucket);
  const count = sorted.reduce((sum, b) => sum + b.count, 0);
  const at = (p: number) => {
    const rank = nearestRank(count, p);
    let seen = 0;
    for (const { bucket, count: n } of sorted) {
      seen += n;
      if (seen >= rank) return Math.min(bucketRepresentative(bucket), maxMs);
    }
    return maxMs;
  };
  return { count, medianMs: at(0.5), p90Ms: at(0.9), maxMs, meanMs: Math.round(totalMs / count) };
}
