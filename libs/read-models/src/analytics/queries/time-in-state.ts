import { prepared, type ReadModelDb } from '@satupintu/projections';
import { BucketHistogram } from '../stats/bucket-histogram';
import { exactStats, histogramStats, type DurationStats } from '../stats/quantiles';
import { GRAINS, planPeriod } from '../time/blocks';
import { rolledUpThrough, type BlockDetail } from '../projection/stay-recorder';
import { filterSql, groupColumns, type FlowDimension, type FlowFilter } from './flow-filter';
import { periodDays, type Period } from './period';

/**
 * Up to this many finished stays in a period, its medians and p90s are exact (read stay by stay);
 * beyond it they come from the histograms, within RELATIVE_PRECISION. An office handling ten
 * thousand files a year stays exact over a month or two; counts, maxima and means are always exact.
 */
export const EXACT_STAYS_LIMIT = 20_000;

export interface TimeInStateQuery extends FlowFilter {
  period: Period;
  /** Break the figures down by these besides the state. */
  by?: readonly FlowDimension[];
  /** Override EXACT_STAYS_LIMIT (tests use it to check both ways agree). */
  exactLimit?: number;
}

/** One group's figures: where files are now, and how long the stays that ended in the period took. */
export interface TimeInStateRow {
  state: string;
  serviceCode?: string;
  /** '' for cases not yet routed to a sub-division. */
  subdivision?: string;
  /** Cases in this state now, and since when the longest-waiting of them is there. */
  wip: { count: number; oldestSinceMs: number | null };
  /** Stays that ended in the period; null when none did. */
  finished: DurationStats | null;
}

export interface TimeInState {
  rows: TimeInStateRow[];
  /** Whether medians and p90s are exact or from the histograms. */
  quantiles: 'exact' | 'approximate';
}

type GroupRow = Record<string, unknown>;

const keyOf = (row: GroupRow, columns: string[]) => JSON.stringify(columns.map((c) => row[c]));

export function timeInState(db: ReadModelDb, query: TimeInStateQuery): TimeInState {
  const columns = groupColumns(query.by ?? []);
  const histograms = finishedHistograms(db, query, columns);
  const total = [...histograms.values()].reduce((sum, h) => sum + h.count, 0);
  const exact = total <= (query.exactLimit ?? EXACT_STAYS_LIMIT);
  const finished = exact ? exactFinished(db, query, columns) : approximateFinished(histograms);
  const wip = workInProgress(db, query, columns);

  const rows = new Map<string, TimeInStateRow>();
  const rowFor = (group: GroupRow) => {
    const key = keyOf(group, columns);
    let row = rows.get(key);
    if (row === undefined) {
      row = { state: String(group.state), wip: { count: 0, oldestSinceMs: null }, finished: null };
      if (columns.includes('service_code')) row.serviceCode = String(group.service_code);
      if (columns.includes('subdivision')) row.subdivision = String(group.subdivision);
      rows.set(key, row);
    }
    return row;
  };
  for (const { group, count, oldestSinceMs } of wip) rowFor(group).wip = { count, oldestSinceMs };
  for (const { group, stats } of finished) rowFor(group).finished = stats;
  return { rows: [...rows.values()], quantiles: exact ? 'exact' : 'approximate' };
}

interface Histogram {
  group: GroupRow;
  histogram: BucketHistogram;
  count: number;
  totalMs: number;
  maxMs: number;
}

/**
 * A row as an array: the group's columns, then the figures. Queries here read thousands of rows
 * (a year of blocks broken down by service and sub-division); arrays cost about half what named
 * objects do to build, and the group's key is its columns joined.
 */
type RawRow = unknown[];

/** Groups of raw rows by their first `width` values (the group columns), each made once. */
class Groups<T> {
  private readonly entries = new Map<string, T>();
  constructor(
    private readonly columns: string[],
    private readonly create: (group: GroupRow) => T,
  ) {}

  of(row: RawRow): T {
    const width = this.columns.length;
    const key = width === 1 ? String(row[0]) : row.slice(0, width).join('\u0000');
    let entry = this.entries.get(key);
    if (entry === undefined) {
      const group: GroupRow = {};
      this.columns.forEach((column, i) => (group[column] = row[i]));
      entry = this.create(group);
      this.entries.set(key, entry);
    }
    return entry;
  }

  values(): T[] {
    return [...this.entries.values()];
  }
}

const rawRows = <Params extends object>(db: ReadModelDb, sql: string, params: Params) =>
  prepared<[Params], RawRow>(db, sql).raw(true).all(params);

/**
 * The period's stays as histograms per group: whole years, months, dekads and days from the
 * rolled-up blocks (one row per block and state, service, sub-division), the days not rolled up
 * yet from the stays themselves.
 */
function finishedHistograms(
  db: ReadModelDb,
  query: TimeInStateQuery,
  columns: string[],
): Map<string, Histogram> {
  const { fromDay, toDay } = periodDays(query.period);
  const plan = planPeriod(fromDay, toDay, rolledUpThrough(db) ?? Number.NEGATIVE_INFINITY);
  const { where, params } = filterSql(query);
  const filter = where.map((condition) => ` AND ${condition}`).join('');
  const group = columns.join(', ');
  const width = columns.length;
  // The overview reads the blocks kept per state only; a breakdown or a filter needs the full detail.
  const overview =
    columns.length === 1 && query.serviceCode === undefined && query.subdivision === undefined;
  const detail: BlockDetail = overview ? 'state' : 'full';
  const groups = new Groups<Histogram>(columns, (row) => ({
    group: row,
    histogram: new BucketHistogram(),
    count: 0,
    totalMs: 0,
    maxMs: 0,
  }));
  for (const grain of GRAINS) {
    const starts = plan.blocks[grain];
    if (starts.length === 0) continue;
    const values: Record<string, string | number> = { ...params, grain, detail };
    const names = starts.map((start, i) => {
      values[`block${i}`] = start;
      return `@block${i}`;
    });
    const rows = rawRows(
      db,
      `SELECT ${group}, n, total_ms, max_ms, first_bucket, counts FROM analytics_stay_blocks
       WHERE grain = @grain AND detail = @detail AND block_start IN (${names.join(', ')})${filter}`,
      values,
    );
    for (const row of rows) {
      const entry = groups.of(row);
      entry.histogram.addEncoded(row[width + 3] as number, row[width + 4] as Uint8Array);
      entry.count += row[width] as number;
      entry.totalMs += row[width + 1] as number;
      entry.maxMs = Math.max(entry.maxMs, row[width + 2] as number);
    }
  }
  for (const [from, to] of plan.days) {
    const rows = rawRows(
      db,
      `SELECT ${group}, bucket, count(*) AS n, sum(duration_ms) AS total, max(duration_ms) AS max
       FROM analytics_stays WHERE day BETWEEN @from AND @to${filter}
       GROUP BY ${group}, bucket`,
      { ...params, from, to },
    );
    for (const row of rows) {
      const entry = groups.of(row);
      entry.histogram.add(row[width] as number, row[width + 1] as number);
      entry.count += row[width + 1] as number;
      entry.totalMs += row[width + 2] as number;
      entry.maxMs = Math.max(entry.maxMs, row[width + 3] as number);
    }
  }
  return new Map(groups.values().map((entry) => [keyOf(entry.group, columns), entry]));
}

function approximateFinished(
  histograms: Map<string, Histogram>,
): Array<{ group: GroupRow; stats: DurationStats }> {
  return [...histograms.values()].map((h) => ({
    group: h.group,
    stats: histogramStats(h.histogram.buckets(), h.totalMs, h.maxMs),
  }));
}

/** Every stay of the period, in duration order per group: the figures as they are. */
function exactFinished(
  db: ReadModelDb,
  query: TimeInStateQuery,
  columns: string[],
): Array<{ group: GroupRow; stats: DurationStats }> {
  const { fromDay, toDay } = periodDays(query.period);
  const { where, params } = filterSql(query);
  const group = columns.join(', ');
  const rows = rawRows(
    db,
    `SELECT ${group}, duration_ms FROM analytics_stays
     WHERE day BETWEEN @fromDay AND @toDay${where.map((c) => ` AND ${c}`).join('')}
     ORDER BY ${group}, duration_ms`,
    { ...params, fromDay, toDay },
  );
  const groups = new Groups<{ group: GroupRow; durations: number[] }>(columns, (row) => ({
    group: row,
    durations: [],
  }));
  for (const row of rows) groups.of(row).durations.push(Number(row[columns.length]));
  return groups.values().map(({ group: g, durations }) => ({
    group: g,
    stats: exactStats(durations),
  }));
}

/** Open cases per group now, from the partial index of open cases. */
function workInProgress(db: ReadModelDb, query: TimeInStateQuery, columns: string[]) {
  const { where, params } = filterSql(query);
  const group = columns.join(', ');
  return prepared<[Record<string, string>], GroupRow>(
    db,
    `SELECT ${group}, count(*) AS n, min(since_ms) AS oldest FROM analytics_cases
     WHERE final = 0${where.map((c) => ` AND ${c}`).join('')} GROUP BY ${group}`,
  )
    .all(params)
    .map((row) => ({
      group: row,
      count: Number(row.n),
      oldestSinceMs: row.oldest === null ? null : Number(row.oldest),
    }));
}
