/** More buckets than any duration fills (bucket 1024 would be 2^64 ms). */
const CAPACITY = 1024;

/**
 * Histograms of durations as the rolled-up blocks store them: counts per bucket (see
 * duration-buckets.ts) from the lowest bucket used to the highest, as little-endian 32-bit counts
 * in one BLOB. A block is then one row per state, service and sub-division instead of one per
 * bucket, and adding blocks up is adding arrays. This class adds stored ones up for a query.
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
    const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
    const length = blob.byteLength >> 2;
    for (let i = 0; i < length; i++) {
      const count = view.getUint32(i * 4, true);
      if (count > 0) this.add(firstBucket + i, count);
    }
    return this;
  }

  buckets(): Array<{ bucket: number; count: number }> {
    const list: Array<{ bucket: number; count: number }> = [];
    for (let b = this.low; b <= this.high; b++)
      if (this.counts[b] > 0) list.push({ bucket: b, count: this.counts[b] });
    return list;
  }
}

/**
 * A stored histogram (or none) with some more counts added, stored again: the range grows to
 * hold the new buckets and nothing bigger is allocated. For roll-ups, which do this per block.
 */
export function addToEncoded(
  stored: { firstBucket: number; blob: Uint8Array } | undefined,
  counts: ReadonlyArray<{ bucket: number; count: number }>,
): { firstBucket: number; blob: Buffer } {
  const storedLength = stored === undefined ? 0 : stored.blob.byteLength >> 2;
  let low = storedLength > 0 ? stored!.firstBucket : Infinity;
  let high = storedLength > 0 ? stored!.firstBucket + storedLength - 1 : -Infinity;
  for (const { bucket } of counts) {
    if (bucket < low) low = bucket;
    if (bucket > high) high = bucket;
  }
  if (high < low) return { firstBucket: 0, blob: Buffer.alloc(0) };
  const blob = Buffer.alloc((high - low + 1) * 4);
  if (storedLength > 0) {
    const offset = (stored!.firstBucket - low) * 4;
    blob.set(stored!.blob.subarray(0, storedLength * 4), offset);
  }
  for (const { bucket, count } of counts) {
    const at = (bucket - low) * 4;
    blob.writeUInt32LE(blob.readUInt32LE(at) + count, at);
  }
  return { firstBucket: low, blob };
}
