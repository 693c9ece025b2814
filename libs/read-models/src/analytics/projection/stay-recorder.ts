import { prepared, type ReadModelDb } from '@satupintu/projections';
import { bucketOf } from '../stats/duration-buckets';
import { blockEnd, blockStart, GRAINS, type Grain } from '../time/blocks';
import { witaDayOf } from '../time/wita-days';

/** A finished stay of a case in one state (at one sub-division). */
export interface Stay {
  state: string;
  serviceCode: string;
  /** '' before the case has one. */
  subdivision: string;
  endedAtMs: number;
  durationMs: number;
  /** Global position of the event that ended it: makes the row unique, so applying twice adds nothing. */
  position: number;
}

const WATERMARK_KEY = 'stays_rolled_up_through';

/** The last day whose stays are in the rolled-up blocks; undefined before the first stay. */
export function rolledUpThrough(db: ReadModelDb): number | undefined {
  return prepared<[string], { value: number }>(
    db,
    'SELECT value FROM analytics_meta WHERE key = ?',
  ).get(WATERMARK_KEY)?.value;
}

function setRolledUpThrough(db: ReadModelDb, day: number): void {
  prepared(
    db,
    'INSERT INTO analytics_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(WATERMARK_KEY, day);
}

const ADD_TO_BLOCK = `ON CONFLICT (grain, block_start, state, service_code, subdivision, bucket) DO UPDATE SET
  n = n + excluded.n, total_ms = total_ms + excluded.total_ms, max_ms = max(max_ms, excluded.max_ms)`;

/**
 * Records a finished stay. Every stay gets a row of its own (the exact figures); the histograms of
 * dekads, months and years are filled lazily: events mostly arrive in time order, so when the
 * first stay of a new dekad comes, the dekads before it are complete and are rolled up in one
 * statement each. A stay that ends on a day already rolled up (an event dated in the past, as
 * demo seeding writes them) is added to its blocks directly. Either way the blocks hold exactly
 * the stays of the days up to the watermark, and queries read later days stay by stay.
 */
export function recordStay(db: ReadModelDb, stay: Stay): void {
  const day = witaDayOf(stay.endedAtMs);
  const durationMs = Math.max(0, Math.round(stay.durationMs));
  const bucket = bucketOf(durationMs);
  const inserted = prepared(
    db,
    `INSERT OR IGNORE INTO analytics_stays (day, state, service_code, subdivision, bucket, duration_ms, position)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(day, stay.state, stay.serviceCode, stay.subdivision, bucket, durationMs, stay.position);
  if (inserted.changes === 0) return;

  const through = rolledUpThrough(db);
  const dekad = blockStart('dekad', day);
  if (through === undefined) {
    setRolledUpThrough(db, dekad - 1);
  } else if (day <= through) {
    for (const grain of GRAINS) {
      prepared(
        db,
        `INSERT INTO analytics_stay_blocks (grain, block_start, state, service_code, subdivision, bucket, n, total_ms, max_ms)
         VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) ${ADD_TO_BLOCK}`,
      ).run(
        grain,
        blockStart(grain, day),
        stay.state,
        stay.serviceCode,
        stay.subdivision,
        bucket,
        durationMs,
        durationMs,
      );
    }
  } else if (dekad - 1 > through) {
    rollUp(db, through + 1, dekad - 1);
    setRolledUpThrough(db, dekad - 1);
  }
}

/** Adds the stays of whole dekads [from, to] to their dekad, month and year blocks. */
function rollUp(db: ReadModelDb, from: number, to: number): void {
  for (let start = from; start <= to; start = blockEnd('dekad', start) + 1) {
    const end = blockEnd('dekad', start);
    for (const grain of GRAINS) addDaysToBlock(db, grain, blockStart(grain, start), start, end);
  }
}

function addDaysToBlock(
  db: ReadModelDb,
  grain: Grain,
  block: number,
  from: number,
  to: number,
): void {
  prepared(
    db,
    `INSERT INTO analytics_stay_blocks (grain, block_start, state, service_code, subdivision, bucket, n, total_ms, max_ms)
     SELECT ?, ?, state, service_code, subdivision, bucket, count(*), sum(duration_ms), max(duration_ms)
     FROM analytics_stays WHERE day BETWEEN ? AND ?
     GROUP BY state, service_code, subdivision, bucket
     ${ADD_TO_BLOCK}`,
  ).run(grain, block, from, to);
}
