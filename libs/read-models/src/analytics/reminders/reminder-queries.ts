import { prepared, type ReadModelDb } from '@satupintu/projections';
import { toWaitingFile, type WaitingFile, type WaitingFileRow } from '../queries/waits';
import { REMINDER_LEVELS, type ReminderLevel } from './reminder-events';

/** A wait that is due a reminder at `level`. */
export interface DueReminder extends WaitingFile {
  post: string;
  level: ReminderLevel;
}

/**
 * Waits that are due a reminder: the official's once the file waited since `officialCutoffMs`
 * or earlier; the supervisor's, after the official's, once it waited since `supervisorCutoffMs`.
 * Oldest first, at most `limit`; a wait that has had its reminders is not listed again.
 */
export function dueReminders(
  db: ReadModelDb,
  cutoffs: { officialCutoffMs: number; supervisorCutoffMs: number },
  limit: number,
): DueReminder[] {
  const rows = prepared<
    [Record<string, number>],
    WaitingFileRow & { wait_post: string; reminded: number | null }
  >(
    db,
    `SELECT * FROM (
       SELECT c.case_id, s.agenda_number, c.service_code, c.state, c.wait_since_ms, c.wait_revision, c.wait_post,
         (SELECT max(level) FROM wait_reminders r WHERE r.case_id = c.case_id AND r.wait_revision = c.wait_revision) AS reminded
       FROM analytics_cases c LEFT JOIN analytics_sla s ON s.case_id = c.case_id
       WHERE c.wait_post IS NOT NULL AND c.wait_since_ms <= @official)
     WHERE reminded IS NULL OR (reminded = @officialLevel AND wait_since_ms <= @supervisor)
     ORDER BY wait_since_ms, case_id LIMIT @limit`,
  ).all({
    official: cutoffs.officialCutoffMs,
    supervisor: cutoffs.supervisorCutoffMs,
    officialLevel: REMINDER_LEVELS.official,
    limit,
  });
  return rows.map((row) => ({
    ...toWaitingFile(row),
    post: row.wait_post,
    level: row.reminded === null ? 'official' : 'supervisor',
  }));
}

/** A staff member's notification (a reminder addressed to them), newest first. */
export interface StaffNotification {
  id: string;
  kind: 'wait_reminder';
  level: ReminderLevel;
  caseId: string;
  agendaNumber: string | null;
  serviceCode: string;
  state: string;
  post: string;
  waitingSince: string;
  at: string;
}

export function notificationsFor(
  db: ReadModelDb,
  userId: string,
  limit: number,
): StaffNotification[] {
  return prepared<[string, number], Record<string, string | null>>(
    db,
    'SELECT * FROM staff_notifications WHERE recipient_id = ? ORDER BY at DESC, event_id LIMIT ?',
  )
    .all(userId, limit)
    .map((row) => ({
      id: String(row.event_id),
      kind: 'wait_reminder',
      level: row.level as ReminderLevel,
      caseId: String(row.case_id),
      agendaNumber: row.agenda_number,
      serviceCode: String(row.service_code),
      state: String(row.state),
      post: String(row.post),
      waitingSince: String(row.waiting_since),
      at: String(row.at),
    }));
}
