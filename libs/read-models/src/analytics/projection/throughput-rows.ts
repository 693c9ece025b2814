import { prepared, type ReadModelDb } from '@satupintu/projections';
import { witaDayOf } from '../time/wita-days';

/** What the throughput counts per WITA day and service. */
export const THROUGHPUT_COUNTS = [
  'received',
  'completed',
  'completed_late',
  'returned',
  'expired',
  'withdrawn',
] as const;
export type ThroughputCount = (typeof THROUGHPUT_COUNTS)[number];

/** Adds one to a day's counter of a service (on the WITA day of `atMs`). */
export function countThroughput(
  db: ReadModelDb,
  counter: ThroughputCount,
  serviceCode: string,
  atMs: number,
): void {
  // The column name comes from the fixed list above, never from input.
  prepared(
    db,
    `INSERT INTO analytics_throughput (day, service_code, ${counter}) VALUES (?, ?, 1)
     ON CONFLICT (day, service_code) DO UPDATE SET ${counter} = ${counter} + 1`,
  ).run(witaDayOf(atMs), serviceCode);
}
