import { prepared, type ReadModelDb } from '@satupintu/projections';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { pageSize, toPage, type Page } from '../shared/paging';
import { toRecord, type CaseRow } from './case-rows';
import { toSummary } from './case-record';
import type { CaseKind, CaseSummary } from './case-summary';
import { searchMatches } from './name-search';
import { actorQueueKeys, type ActionableBy } from './queue-keys';

export interface CaseListQuery {
  kind?: CaseKind;
  state?: string;
  serviceCode?: string;
  subdivision?: string;
  /** A tracking code, an agenda number, a NIP (or its first digits) or words of the applicant's name. */
  q?: string;
  /** Only the cases this actor may move on now: their queue. */
  actionableBy?: ActionableBy;
  limit?: number;
  cursor?: string | null;
}

export function getCase(db: ReadModelDb, id: string): CaseSummary | null {
  const row = prepared<[string], CaseRow>(db, 'SELECT * FROM cases WHERE id = ?').get(id);
  return row ? toSummary(toRecord(row)) : null;
}

/**
 * Cases oldest first (by receipt, then id), a page at a time, with a keyset cursor. Queues are
 * read key by key from `case_queue` (each already in that order) and merged, so a queue page
 * costs a few index probes however many cases the office holds.
 */
export function listCases(db: ReadModelDb, query: CaseListQuery = {}): Page<CaseSummary> {
  const size = pageSize(query.limit);
  const [afterCreated, afterId] = query.cursor ? decodeCursor(query.cursor, ['string', 'string'] as const) : ['', ''];
  const filter = filterOf(query);
  const params = { ...filter.params, afterCreated, afterId, limit: size + 1 };
  const rows = query.actionableBy
    ? queueRows(db, actorQueueKeys(query.actionableBy), filter.where, params, size + 1)
    : listRows(db, filter.where, filter.search, params);
  return toPage(rows, size, (row) => toSummary(toRecord(row)), (row) => encodeCursor([row.created_at, row.id]));
}

/** How many cases are in each state, from counters the projection keeps (no scan). */
export function countByState(db: ReadModelDb, options: { kind?: CaseKind } = {}): Record<string, number> {
  const rows = prepared<[string | null, string | null], { state: string; count: number }>(
    db,
    `SELECT state, SUM(count) AS count FROM case_state_counts
     WHERE (? IS NULL OR kind = ?) GROUP BY state HAVING SUM(count) > 0 ORDER BY state`,
  ).all(options.kind ?? null, options.kind ?? null);
  return Object.fromEntries(rows.map((row) => [row.state, row.count]));
}

interface Filter {
  where: string[];
  params: Record<string, string>;
  /** The search's subquery, when there is a search and no queue to narrow. */
  search?: string;
}

function filterOf(query: CaseListQuery): Filter {
  const where: string[] = [];
  const params: Record<string, string> = {};
  const equal = (column: string, name: string, value: string | undefined) => {
    if (value === undefined) return;
    where.push(`c.${column} = @${name}`);
    params[name] = value;
  };
  equal('kind', 'kind', query.kind);
  equal('state', 'state', query.state);
  equal('service_code', 'serviceCode', query.serviceCode);
  equal('subdivision', 'subdivision', query.subdivision);
  const search = query.q === undefined ? undefined : searchMatches(query.q);
  if (search === undefined) return { where, params };
  Object.assign(params, search.params);
  // Inside a queue the search narrows a short list; without one it drives the query (see listRows).
  if (query.actionableBy) return { where: [...where, `c.id IN (${search.sql})`], params };
  return { where, params, search: search.sql };
}

function listRows(db: ReadModelDb, where: string[], search: string | undefined, params: Record<string, unknown>): CaseRow[] {
  const conditions = [...where, '(c.created_at, c.id) > (@afterCreated, @afterId)'].join(' AND ');
  // CROSS JOIN keeps the search's few matches as the outer loop instead of scanning cases in order.
  const from = search ? `(${search}) AS m CROSS JOIN cases c ON c.id = m.id` : 'cases c';
  const sql = `SELECT c.* FROM ${from} WHERE ${conditions} ORDER BY c.created_at, c.id LIMIT @limit`;
  return prepared<[Record<string, unknown>], CaseRow>(db, sql).all(params);
}

function queueRows(
  db: ReadModelDb,
  keys: string[],
  where: string[],
  params: Record<string, unknown>,
  wanted: number,
): CaseRow[] {
  const conditions = ['q.queue_key = @queueKey', '(q.created_at, q.case_id) > (@afterCreated, @afterId)', ...where].join(' AND ');
  const statement = prepared<[Record<string, unknown>], CaseRow>(
    db,
    `SELECT c.* FROM case_queue q CROSS JOIN cases c ON c.id = q.case_id
     WHERE ${conditions} ORDER BY q.created_at, q.case_id LIMIT @limit`,
  );
  const merged = new Map<string, CaseRow>();
  for (const queueKey of keys) {
    for (const row of statement.all({ ...params, queueKey })) merged.set(row.id, row);
  }
  // A case may sit in several of the actor's queues (e.g. a clerk who is front office and registrar).
  return [...merged.values()].sort(byCreatedThenId).slice(0, wanted);
}

function byCreatedThenId(a: CaseRow, b: CaseRow): number {
  if (a.created_at !== b.created_at) return a.created_at < b.created_at ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
