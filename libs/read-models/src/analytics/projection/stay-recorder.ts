import { prepared, type ReadModelDb } from '@satupintu/projections';
import { addToEncoded } from '../stats/bucket-histogram';
import { bucketOf } from '../stats/duration-buckets';
import { blockStart, GRAINS } from '../time/blocks';
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

/**
 * Records a finished stay. Every stay gets a row of its own (the exact figures); the blocks are
 * filled lazily: events mostly arrive in time order, so when the first stay of a new day comes,
 * the days before it are complete and are rolled up, each into its day, dekad, month and year.
 * A stay that ends on a day already rolled up (an event dated in the past, as demo seeding writes
 * them) is added to its blocks directly. Either way the blocks hold exactly the stays of the days
 * up to the watermark, and queries read later days stay by stay.
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
  if (through === undefined) {
    setRolledUpThrough(db, day - 1);
  } else if (day <= through) {
    const group: BlockGroup = {
      state: stay.state,
      serviceCode: stay.serviceCode,
      subdivision: stay.subdivision,
    };
    const figures = {
      n: 1,
      totalMs: durationMs,
      maxMs: durationMs,
      buckets: [{ bucket, count: 1 }],
    };
    addToBlocks(db, day, 'full', group, figures);
    addToBlocks(db, day, 'state', overviewOf(group), figures);
  } else if (day - 1 > through) {
    for (let d = through + 1; d < day; d++) rollUpDay(db, d);
    setRolledUpThrough(db, day - 1);
  }
}

interface BlockGroup {
  state: string;
  serviceCode: string;
  subdivision: string;
}

/** The overview's detail keeps only the state: service and sub-division read '*'. */
export const ANY = '*';
export type BlockDetail = 'state' | 'full';
const overviewOf = (group: BlockGroup): BlockGroup => ({
  state: group.state,
  serviceCode: ANY,
  subdivision: ANY,
});

interface BlockFigures {
  n: number;
  totalMs: number;
  maxMs: number;
  buckets: Array<{ bucket: number; count: number }>;
}

interface DayGroupRow {
  state: string;
  service_code: string;
  subdivision: string;
  bucket: number;
  n: number;
  total: number;
  max: number;
}

/** Adds one day's stays to that day's blocks of every grain, in both details. */
function rollUpDay(db: ReadModelDb, day: number): void {
  const rows = prepared<[number], DayGroupRow>(
    db,
    `SELECT state, service_code, subdivision, bucket, count(*) AS n, sum(duration_ms) AS total, max(duration_ms) AS max
     FROM analytics_stays WHERE day = ? GROUP BY state, service_code, subdivision, bucket`,
  ).all(day);
  const details: Record<BlockDetail, Map<string, { group: BlockGroup; figures: BlockFigures }>> = {
    full: new Map(),
    state: new Map(),
  };
  const add = (detail: BlockDetail, group: BlockGroup, row: DayGroupRow) => {
    const key = `${group.state}\u0000${group.serviceCode}\u0000${group.subdivision}`;
    let entry = details[detail].get(key);
    if (entry === undefined) {
      entry = { group, figures: { n: 0, totalMs: 0, maxMs: 0, buckets: [] } };
      details[detail].set(key, entry);
    }
    entry.figures.n += row.n;
    entry.figures.totalMs += row.total;
    entry.figures.maxMs = Math.max(entry.figures.maxMs, row.max);
    entry.figures.buckets.push({ bucket: row.bucket, count: row.n });
  };
  for (const row of rows) {
    const group = { state: row.state, serviceCode: row.service_code, subdivision: row.subdivision };
    add('full', group, row);
    add('state', overviewOf(group), row);
  }
  for (const detail of ['full', 'state'] as const) {
    for (const { group, figures } of details[detail].values())
      addToBlocks(db, day, detail, group, figures);
  }
}

interface BlockRow {
  n: number;
  total_ms: number;
  max_ms: number;
  first_bucket: number;
  counts: Buffer;
}

/** Adds figures to the day's block of every grain (read, add, write: one row per block and group). */
function addToBlocks(
  db: ReadModelDb,
  day: number,
  detail: BlockDetail,
  group: BlockGroup,
  figures: BlockFigures,
): void {
  for (const grain of GRAINS) {
    const key: [string, string, number, string, string, string] = [
      grain,
      detail,
      blockStart(grain, day),
      group.state,
      group.serviceCode,
      group.subdivision,
    ];
    const stored = prepared<typeof key, BlockRow>(
      db,
      `SELECT n, total_ms, max_ms, first_bucket, counts FROM analytics_stay_blocks
       WHERE grain = ? AND detail = ? AND block_start = ? AND state = ? AND service_code = ? AND subdivision = ?`,
    ).get(...key);
    const { firstBucket, blob } = addToEncoded(
      stored && { firstBucket: stored.first_bucket, blob: stored.counts },
      figures.buckets,
    );
    prepared(
      db,
      `INSERT INTO analytics_stay_blocks (grain, detail, block_start, state, service_code, subdivision, n, total_ms, max_ms,
         first_bucket, counts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (grain, detail, block_start, state, service_code, subdivision) DO UPDATE SET n = excluded.n,
         total_ms = excluded.total_ms, max_ms = excluded.max_ms, first_bucket = excluded.first_bucket, counts = excluded.counts`,
    ).run(
      ...key,
      (stored?.n ?? 0) + figures.n,
      (stored?.total_ms ?? 0) + figures.totalMs,
      Math.max(stored?.max_ms ?? 0, figures.maxMs),
      firstBucket,
      blob,
    );
  }
}
