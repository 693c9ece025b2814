import { prepared, type Projection } from '@satupintu/projections';
import { numberOf, objectOf, textOf } from '../../shared/event-data';
import {
  REMINDER_LEVELS,
  REMINDER_STREAM_PREFIX,
  WAIT_REMINDER_SENT,
  type ReminderLevel,
} from './reminder-events';

/**
 * Reminders sent (`wait_reminders`: which wait got which level, so none is sent twice) and each
 * staff member's notifications (`staff_notifications`: one row per recipient of a reminder).
 */
export const remindersProjection: Projection = {
  name: 'reminders',
  version: 1,
  streamPrefixes: [REMINDER_STREAM_PREFIX],
  tables: ['wait_reminders', 'staff_notifications'],
  setup(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS wait_reminders (
        case_id TEXT NOT NULL,
        wait_revision INTEGER NOT NULL,
        level INTEGER NOT NULL,
        sent_at TEXT NOT NULL,
        PRIMARY KEY (case_id, wait_revision, level)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS staff_notifications (
        event_id TEXT NOT NULL,
        recipient_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        level TEXT NOT NULL,
        case_id TEXT NOT NULL,
        agenda_number TEXT,
        service_code TEXT NOT NULL,
        state TEXT NOT NULL,
        post TEXT NOT NULL,
        waiting_since TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (event_id, recipient_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS staff_notifications_by_recipient ON staff_notifications (recipient_id, at);
    `);
  },
  apply(db, event) {
    if (event.type !== WAIT_REMINDER_SENT) return;
    const data = objectOf(event.data);
    const caseId = textOf(data.caseId);
    const waitRevision = numberOf(data.waitRevision);
    const level = textOf(data.level) as ReminderLevel | null;
    const at = textOf(event.metadata.occurredAt) ?? event.recordedAt;
    if (caseId === null || waitRevision === null || level === null || !(level in REMINDER_LEVELS))
      return;
    prepared(
      db,
      'INSERT OR IGNORE INTO wait_reminders (case_id, wait_revision, level, sent_at) VALUES (?, ?, ?, ?)',
    ).run(caseId, waitRevision, REMINDER_LEVELS[level], at);
    const recipients = Array.isArray(data.recipients) ? data.recipients : [];
    for (const recipient of recipients) {
      const userId = textOf(objectOf(recipient).userId);
      if (userId === null) continue;
      prepared(
        db,
        `INSERT OR IGNORE INTO staff_notifications (event_id, recipient_id, kind, level, case_id, agenda_number, service_code,
           state, post, waiting_since, at) VALUES (?, ?, 'wait_reminder', ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        event.id,
        userId,
        level,
        caseId,
        textOf(data.agendaNumber),
        textOf(data.serviceCode) ?? '',
        textOf(data.state) ?? '',
        textOf(data.post) ?? '',
        textOf(data.waitingSince) ?? at,
        at,
      );
    }
  },
};
