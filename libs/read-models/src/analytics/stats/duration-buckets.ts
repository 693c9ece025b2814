/**
 * Durations are counted in logarithmic buckets, 16 to each doubling: bucket b ≥ 1 holds
 * [2^((b-1)/16), 2^(b/16)) ms and bucket 0 holds 0 ms. A bucket's representative is its
 * geometric middle, so any value it stands for is within RELATIVE_PRECISION of it, whether the
 * value is a second or a month. That keeps the histograms small (a few hundred buckets cover a
 * millisecond to a year) and merging them is addition.
 */
export const BUCKETS_PER_DOUBLING = 16;

/** The most a bucket's representative differs from a value in the bucket, relative to the value: 2^(1/32) − 1 ≈ 2.2 %. */
export const RELATIVE_PRECISION = 2 ** (1 / (2 * BUCKETS_PER_DOUBLING)) - 1;

export function bucketOf(durationMs: number): number {
  if (!(durationMs >= 1)) return 0;
  return 1 + Math.floor(Math.log2(durationMs) * BUCKETS_PER_DOUBLING);
}

export function bucketLowerBound(bucket: number): number {
  return bucket <= 0 ? 0 : 2 ** ((bucket - 1) / BUCKETS_PER_DOUBLING);
}

export function bucketUpperBound(bucket: number): number {
  return bucket <= 0 ? 1 : 2 ** (bucket / BUCKETS_PER_DOUBLING);
}

/** The value a bucket reports, in whole ms. */
export function bucketRepresentative(bucket: number): number {
  return bucket <= 0 ? 0 : Math.round(2 ** ((bucket - 0.5) / BUCKETS_PER_DOUBLING));
}
