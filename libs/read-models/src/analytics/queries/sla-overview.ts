import { prepared, type ReadModelDb } from '@satupintu/projections';
import { DAY_MS } from '@satupintu/ptsp';
import { decodeCursor, encodeCursor } from '../../shared/cursor';
import { pageSize, toPage, type Page } from '../../shared/paging';
import { instantAfterRunning, runningStretches, runningTimeUntil } from '../../sla/running-time';
import { workingDayTest } from '../../sla/working-days';
import { holidaysFrom } from '../projection/sla-rows';
import { periodDays, type Period } from './period';

/** "Due soon" means due within this many working days from now. */
export const DUE_SOON_WORKING_DAYS = 2;

/** Where the SLA stands for one service: clocks running now, and promises kept in the period. */
export interface ServiceSla {
  serviceCode: string;
  /** Clocks running now (the office has the file). */
  running: number;
  /** Files with the applicant (returned): their clocks are paused. */
  paused: number;
  /** Running clocks past their due date. */
  breached: number;
  /** Running clocks due within DUE_SOON_WORKING_DAYS working days. */
  dueSoon: number;
  /** Files whose work was completed in the period, and how many of them late. */
  completed: number;
  completedLate: number;
}

/** A file on one of the SLA lists. */
export interface SlaFile {
  caseId: string;
  agendaNumber: string | null;
  serviceCode: string;
  state: string;
  subdivision: string;
  dueMs: number;
  /** Working time past the due date (breached), or left until it (due soon). */
  workingMs: number;
}

export type SlaList = 'breached' | 'due_soon';

export interface SlaListQuery {
  nowMs: number;
  serviceCode?: string;
  limit?: number;
  cursor?: string | null;
}

/** The instant DUE_SOON_WORKING_DAYS working days after now, with the office's holidays. */
export function dueSoonUntil(db: ReadModelDb, nowMs: number): number {
  const isWorkingDay = workingDayTest(holidaysFrom(db, nowMs));
  return instantAfterRunning(
    runningStretches(nowMs, [], isWorkingDay),
    DUE_SOON_WORKING_DAYS * DAY_MS,
  );
}

/** Per service: clocks running, paused, breached and due soon now; completions in the period. */
export function slaPerService(
  db: ReadModelDb,
  query: { nowMs: number; period: Period; serviceCode?: string },
): ServiceSla[] {
  const soon = dueSoonUntil(db, query.nowMs);
  const { fromDay, toDay } = periodDays(query.period);
  const services = new Map<string, ServiceSla>();
  const entry = (serviceCode: string) => {
    let found = services.get(serviceCode);
    if (found === undefined) {
      found = {
        serviceCode,
        running: 0,
        paused: 0,
        breached: 0,
        dueSoon: 0,
        completed: 0,
        completedLate: 0,
      };
      services.set(serviceCode, found);
    }
    return found;
  };
  const service = query.serviceCode ?? null;
  const clocks = prepared<
    [Record<string, number | string | null>],
    { service_code: string; running: number; breached: number; soon: number }
  >(
    db,
    `SELECT service_code, count(*) AS running, sum(due_ms < @now) AS breached, sum(due_ms >= @now AND due_ms <= @soon) AS soon
     FROM analytics_sla WHERE due_ms IS NOT NULL AND (@service IS NULL OR service_code = @service) GROUP BY service_code`,
  ).all({ now: query.nowMs, soon, service });
  for (const row of clocks)
    Object.assign(entry(row.service_code), {
      running: row.running,
      breached: row.breached,
      dueSoon: row.soon,
    });
  const paused = prepared<[string | null, string | null], { service_code: string; n: number }>(
    db,
    `SELECT service_code, count(*) AS n FROM analytics_sla
     WHERE paused_since_ms IS NOT NULL AND (? IS NULL OR service_code = ?) GROUP BY service_code`,
  ).all(service, service);
  for (const row of paused) entry(row.service_code).paused = row.n;
  const completions = prepared<
    [number, number, string | null, string | null],
    { service_code: string; completed: number; late: number }
  >(
    db,
    `SELECT service_code, sum(completed) AS completed, sum(completed_late) AS late FROM analytics_throughput
     WHERE day BETWEEN ? AND ? AND (? IS NULL OR service_code = ?) GROUP BY service_code`,
  ).all(fromDay, toDay, service, service);
  for (const row of completions)
    Object.assign(entry(row.service_code), { completed: row.completed, completedLate: row.late });
  return [...services.values()].sort((a, b) => a.serviceCode.localeCompare(b.serviceCode));
}

interface SlaFileRow {
  case_id: string;
  agenda_number: string | null;
  service_code: string;
  due_ms: number;
  state: string | null;
  subdivision: string | null;
}

/**
 * A page of breached files (most overdue first) or of files due soon (soonest first), read along
 * the due-date index with a keyset cursor.
 */
export function slaList(db: ReadModelDb, list: SlaList, query: SlaListQuery): Page<SlaFile> {
  const size = pageSize(query.limit);
  const [afterDue, afterId] = query.cursor
    ? decodeCursor(query.cursor, ['number', 'string'] as const)
    : [Number.MIN_SAFE_INTEGER, ''];
  const range =
    list === 'breached'
      ? { low: Number.MIN_SAFE_INTEGER, high: query.nowMs - 1 }
      : { low: query.nowMs, high: dueSoonUntil(db, query.nowMs) };
  const rows = prepared<[Record<string, number | string | null>], SlaFileRow>(
    db,
    `SELECT s.case_id, s.agenda_number, s.service_code, s.due_ms, c.state, c.subdivision
     FROM analytics_sla s LEFT JOIN analytics_cases c ON c.case_id = s.case_id
     WHERE s.due_ms IS NOT NULL AND s.due_ms BETWEEN @low AND @high AND (@service IS NULL OR s.service_code = @service)
       AND (s.due_ms > @afterDue OR (s.due_ms = @afterDue AND s.case_id > @afterId))
     ORDER BY s.due_ms, s.case_id LIMIT @limit`,
  ).all({ ...range, service: query.serviceCode ?? null, afterDue, afterId, limit: size + 1 });
  const isWorkingDay = workingDayTest(
    holidaysFrom(db, Math.min(query.nowMs, rows[0]?.due_ms ?? query.nowMs), query.nowMs),
  );
  const working = (from: number, to: number) =>
    runningTimeUntil(runningStretches(from, [], isWorkingDay), to);
  return toPage(
    rows,
    size,
    (row) => ({
      caseId: row.case_id,
      agendaNumber: row.agenda_number,
      serviceCode: row.service_code,
      state: row.state ?? '',
      subdivision: row.subdivision ?? '',
      dueMs: row.due_ms,
      workingMs:
        list === 'breached' ? working(row.due_ms, query.nowMs) : working(query.nowMs, row.due_ms),
    }),
    (row) => encodeCursor([row.due_ms, row.case_id]),
  );
}
