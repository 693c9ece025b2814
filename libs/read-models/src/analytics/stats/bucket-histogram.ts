/** More buckets than any duration fills (bucket 1024 would be 2^64 ms). */
const CAPACITY = 1024;

/**
 * Histograms of durations as the rolled-up blocks store them: the buckets used (see
 * duration-buckets.ts), in order, each as two unsigned LEB128 varints — its distance from the
 * previous bucket (from `firstBucket` for the first) and its count — in one BLOB. A block is then
 * one row per state, service and sub-division instead of one per bucket, and a day's sparse
 * histogram takes a few dozen bytes. This class adds stored ones up for a query.
 */
export class BucketHistogram {
  private readonly counts = new Float64Array(CAPACITY);
  private low = CAPACITY;
  private high = -1;

  add(bucket: number, count: number): this {
    const b = Math.min(CAPACITY - 1, Math.max(0, bucket));
    this.counts[b] += count;
    if (b < this.low) this.low = b;
    if (b > this.high) this.high = b;
    return this;
  }

  /** Adds a stored histogram (as addToEncoded wrote it). */
  addEncoded(firstBucket: number, blob: Uint8Array): this {
    forEachCount(firstBucket, blob, (bucket, count) => this.add(bucket, count));
    return this;
  }

  buckets(): Array<{ bucket: number; count: number }> {
    const list: Array<{ bucket: number; count: number }> = [];
    for (let b = this.low; b <= this.high; b++)
      if (this.counts[b] > 0) list.push({ bucket: b, count: this.counts[b] });
    return list;
  }
}

/** Calls back with each bucket and count of a stored histogram. */
function forEachCount(
  firstBucket: number,
  blob: Uint8Array,
  each: (bucket: number, count: number) => void,
): void {
  let at = 0;
  let bucket = firstBucket;
  const varint = () => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = blob[at++] ?? 0;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
  };
  while (at < blob.length) {
    bucket += varint();
    each(bucket, varint());
  }
}

function writeVarint(bytes: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 128) | 0x80);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
}

/** A stored histogram (or none) with some more counts added, encoded again. For roll-ups. */
export function addToEncoded(
  stored: { firstBucket: number; blob: Uint8Array } | undefined,
  counts: ReadonlyArray<{ bucket: number; count: number }>,
): { firstBucket: number; blob: Buffer } {
  const merged = new Map<number, number>();
  if (stored !== undefined)
    forEachCount(stored.firstBucket, stored.blob, (bucket, count) => merged.set(bucket, count));
  for (const { bucket, count } of counts) merged.set(bucket, (merged.get(bucket) ?? 0) + count);
  const buckets = [...merged.keys()].sort((a, b) => a - b);
  const firstBucket = buckets[0] ?? 0;
  const bytes: number[] = [];
  let previous = firstBucket;
  for (const bucket of buckets) {
    writeVarint(bytes, bucket - previous);
    writeVarint(bytes, merged.get(bucket)!);
    previous = bucket;
  }
  return { firstBucket, blob: Buffer.from(bytes) };
}
