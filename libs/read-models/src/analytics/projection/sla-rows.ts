import { prepared, type ReadModelDb } from '@satupintu/projections';
import { DAY_MS } from '@satupintu/ptsp';
import { dateOfDay, witaDayOf } from '../time/wita-days';
import { slaStatus, type ReturnedPeriod } from '../../sla';
import type { CaseRecord } from '../../cases/case-record';

/** The longest a promise (with the time returned) can stretch: holidays beyond it do not matter. */
const HORIZON_MS = 400 * DAY_MS;

interface SlaRow {
  case_id: string;
  received_ms: number;
  sla_working_days: number;
  returned_periods: string;
  paused_since_ms: number | null;
  stopped_ms: number | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The office's holidays from the day of `fromMs` to that of `toMs` (by default far enough for any promise). */
export function holidaysFrom(
  db: ReadModelDb,
  fromMs: number,
  toMs = fromMs + HORIZON_MS,
): string[] {
  return prepared<[string, string], { date: string }>(
    db,
    'SELECT date FROM analytics_holidays WHERE date BETWEEN ? AND ?',
  )
    .all(dateOfDay(witaDayOf(fromMs)), dateOfDay(witaDayOf(Math.max(toMs, fromMs + HORIZON_MS))))
    .map((row) => row.date);
}

/** When the promised working days run out for a running clock (no pause open). */
function dueMs(db: ReadModelDb, row: SlaRow, periods: ReturnedPeriod[], now: number): number {
  const status = slaStatus(
    {
      receivedAt: iso(row.received_ms),
      slaWorkingDays: row.sla_working_days,
      returnedPeriods: periods,
    },
    { now: iso(now), holidays: holidaysFrom(db, row.received_ms) },
  );
  return Date.parse(status.dueAt);
}

function readRow(db: ReadModelDb, caseId: string): SlaRow | undefined {
  return prepared<[string], SlaRow>(
    db,
    'SELECT case_id, received_ms, sla_working_days, returned_periods, paused_since_ms, stopped_ms FROM analytics_sla WHERE case_id = ?',
  ).get(caseId);
}

/** The clock starts at receipt: due after the service's promised working days. */
export function startClock(db: ReadModelDb, record: CaseRecord, atMs: number): void {
  const row: SlaRow = {
    case_id: record.id,
    received_ms: atMs,
    sla_working_days: record.slaWorkingDays,
    returned_periods: '[]',
    paused_since_ms: null,
    stopped_ms: null,
  };
  prepared(
    db,
    `INSERT OR IGNORE INTO analytics_sla (case_id, kind, service_code, agenda_number, received_ms, sla_working_days,
       returned_periods, paused_since_ms, due_ms, stopped_ms, late)
     VALUES (?, ?, ?, ?, ?, ?, '[]', NULL, ?, NULL, NULL)`,
  ).run(
    record.id,
    record.kind,
    record.serviceCode,
    record.agendaNumber,
    atMs,
    record.slaWorkingDays,
    dueMs(db, row, [], atMs),
  );
}

/** The file went back to the applicant: the clock pauses, and nothing is due meanwhile. */
export function pauseClock(db: ReadModelDb, caseId: string, atMs: number): void {
  const row = readRow(db, caseId);
  if (row === undefined || row.stopped_ms !== null || row.paused_since_ms !== null) return;
  const periods = [...(JSON.parse(row.returned_periods) as ReturnedPeriod[]), { from: iso(atMs) }];
  prepared(
    db,
    'UPDATE analytics_sla SET returned_periods = ?, paused_since_ms = ?, due_ms = NULL WHERE case_id = ?',
  ).run(JSON.stringify(periods), atMs, caseId);
}

/** The file came back: the time away is excluded and the due date moves on by it. */
export function resumeClock(db: ReadModelDb, caseId: string, atMs: number): void {
  const row = readRow(db, caseId);
  if (row === undefined || row.stopped_ms !== null || row.paused_since_ms === null) return;
  const periods = closedPeriods(row, atMs);
  prepared(
    db,
    'UPDATE analytics_sla SET returned_periods = ?, paused_since_ms = NULL, due_ms = ? WHERE case_id = ?',
  ).run(
    JSON.stringify(periods),
    dueMs(db, { ...row, paused_since_ms: null }, periods, atMs),
    caseId,
  );
}

/**
 * The office's work ended (ready for pickup, answered) or the case closed before that: the clock
 * stops, and whether the promise was kept is settled with the holidays known then.
 * Returns whether it was late; undefined when the clock had stopped already.
 */
export function stopClock(db: ReadModelDb, caseId: string, atMs: number): boolean | undefined {
  const row = readRow(db, caseId);
  if (row === undefined || row.stopped_ms !== null) return undefined;
  const periods =
    row.paused_since_ms === null
      ? (JSON.parse(row.returned_periods) as ReturnedPeriod[])
      : closedPeriods(row, atMs);
  const status = slaStatus(
    {
      receivedAt: iso(row.received_ms),
      slaWorkingDays: row.sla_working_days,
      returnedPeriods: periods,
      stoppedAt: iso(atMs),
    },
    { now: iso(atMs), holidays: holidaysFrom(db, row.received_ms) },
  );
  prepared(
    db,
    `UPDATE analytics_sla SET returned_periods = ?, paused_since_ms = NULL, due_ms = NULL, stopped_ms = ?, late = ?
     WHERE case_id = ?`,
  ).run(JSON.stringify(periods), atMs, status.breached ? 1 : 0, caseId);
  return status.breached;
}

/** The admin changed the holidays: every running clock's due date is counted again. */
export function recountDueDates(db: ReadModelDb): void {
  const running = prepared<[], SlaRow>(
    db,
    `SELECT case_id, received_ms, sla_working_days, returned_periods, paused_since_ms, stopped_ms
     FROM analytics_sla WHERE due_ms IS NOT NULL`,
  ).all();
  const update = prepared(db, 'UPDATE analytics_sla SET due_ms = ? WHERE case_id = ?');
  for (const row of running) {
    const periods = JSON.parse(row.returned_periods) as ReturnedPeriod[];
    update.run(dueMs(db, row, periods, row.received_ms), row.case_id);
  }
}

function closedPeriods(row: SlaRow, atMs: number): ReturnedPeriod[] {
  return (JSON.parse(row.returned_periods) as ReturnedPeriod[]).map((p) =>
    p.to ? p : { from: p.from, to: iso(atMs) },
  );
}
