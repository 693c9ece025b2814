import { prepared, type Projection, type ReadModelDb } from '@satupintu/projections';
import type { RecordedEvent } from '@satupintu/event-store';
import { berkas, normalizePhone } from '@satupintu/ptsp';
import { numberOf, objectOf, textListOf, textOf } from '../shared/event-data';
import { readWorkflowEvent, type WorkflowEvent } from '../shared/workflow-event';
import {
  expiredMessage,
  readyMessage,
  returnedMessage,
  type ApplicantMessageKind,
  type MessageFacts,
} from './applicant-messages';
import { NOTIFICATION_STREAM_PREFIX, NotificationEventType } from './delivery-events';

const types = berkas.eventTypes;

/**
 * The applicants' outbox: a message is written in the same transaction as the event that causes
 * it is projected (a file returned, ready for pickup, expired), keyed by that event's id, so
 * there is exactly one message per such event. The worker sends pending ones and records each
 * outcome as an event (see delivery-events.ts), which this projection applies to the message.
 * - `outbox_files`: what messages need about a file (phone, tracking code, service, document names).
 * - `outbox_messages`: one row per message, with its delivery status.
 */
export const outboxProjection: Projection = {
  name: 'outbox',
  version: 1,
  streamPrefixes: ['berkas-', NOTIFICATION_STREAM_PREFIX],
  tables: ['outbox_files', 'outbox_messages'],
  setup(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS outbox_files (
        case_id TEXT PRIMARY KEY,
        phone TEXT,
        tracking_code TEXT,
        service_name TEXT NOT NULL,
        document_names TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS outbox_messages (
        event_id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL,
        case_revision INTEGER NOT NULL,
        kind TEXT NOT NULL,
        phone TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        next_attempt_ms INTEGER,
        last_error TEXT,
        sent_at TEXT,
        delivery_revision INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS outbox_messages_pending ON outbox_messages (next_attempt_ms) WHERE status = 'pending';
      CREATE INDEX IF NOT EXISTS outbox_messages_by_case ON outbox_messages (case_id, case_revision);
    `);
  },
  apply(db, recorded) {
    if (recorded.streamId.startsWith(NOTIFICATION_STREAM_PREFIX)) {
      recordDelivery(db, recorded);
      return;
    }
    const event = readWorkflowEvent(recorded);
    if (event === undefined) return;
    if (event.type === types.receive) rememberFile(db, event);
    else if (event.type === types.return_incomplete) queue(db, recorded, event, 'returned');
    else if (event.type === types.expire) queue(db, recorded, event, 'expired');
    else if (event.stateAfter === 'ready' && event.stateBefore !== 'ready')
      queue(db, recorded, event, 'ready');
  },
};

function rememberFile(db: ReadModelDb, event: WorkflowEvent): void {
  const service = objectOf(event.data.service);
  const phone = textOf(objectOf(event.data.applicant).phone);
  const documents: Record<string, string> = {};
  for (const document of Array.isArray(service.documents) ? service.documents : []) {
    const code = textOf(objectOf(document).code);
    if (code !== null) documents[code] = textOf(objectOf(objectOf(document).name).id) ?? code;
  }
  prepared(
    db,
    'INSERT OR IGNORE INTO outbox_files (case_id, phone, tracking_code, service_name, document_names) VALUES (?, ?, ?, ?, ?)',
  ).run(
    event.caseId,
    phone === null ? null : (normalizePhone(phone) ?? phone),
    textOf(event.data.trackingCode),
    textOf(objectOf(service.name).id) ?? textOf(event.data.serviceCode) ?? '',
    JSON.stringify(documents),
  );
}

interface FileRow {
  phone: string | null;
  tracking_code: string | null;
  service_name: string;
  document_names: string;
}

function queue(
  db: ReadModelDb,
  recorded: RecordedEvent,
  event: WorkflowEvent,
  kind: ApplicantMessageKind,
): void {
  const file = prepared<[string], FileRow>(db, 'SELECT * FROM outbox_files WHERE case_id = ?').get(
    event.caseId,
  );
  if (file === undefined || file.phone === null) return;
  const facts: MessageFacts = { serviceName: file.service_name, trackingCode: file.tracking_code };
  const names = JSON.parse(file.document_names) as Record<string, string>;
  // The checklist's order, as the notice at the desk lists them.
  const missing = Object.keys(names).filter((code) =>
    textListOf(event.data.missingDocuments).includes(code),
  );
  const text =
    kind === 'returned'
      ? returnedMessage(
          facts,
          missing.map((code) => names[code]),
          event.at,
        )
      : kind === 'ready'
        ? readyMessage(facts)
        : expiredMessage(facts);
  prepared(
    db,
    `INSERT OR IGNORE INTO outbox_messages (event_id, case_id, case_revision, kind, phone, text, created_at, status, attempts,
       next_attempt_ms, last_error, sent_at, delivery_revision)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, NULL, NULL, -1)`,
  ).run(
    recorded.id,
    event.caseId,
    event.revision,
    kind,
    file.phone,
    text,
    event.at,
    Date.parse(event.at),
  );
}

function recordDelivery(db: ReadModelDb, recorded: RecordedEvent): void {
  const data = objectOf(recorded.data);
  const sourceEventId = textOf(data.sourceEventId);
  const attempt = numberOf(data.attempt) ?? 0;
  const at = textOf(recorded.metadata.occurredAt) ?? recorded.recordedAt;
  if (sourceEventId === null) return;
  if (recorded.type === NotificationEventType.Sent) {
    prepared(
      db,
      `UPDATE outbox_messages SET status = 'sent', attempts = ?, sent_at = ?, next_attempt_ms = NULL, delivery_revision = ?
       WHERE event_id = ?`,
    ).run(attempt, at, recorded.revision, sourceEventId);
  } else if (recorded.type === NotificationEventType.Failed) {
    const retryAt = textOf(data.retryAt);
    prepared(
      db,
      `UPDATE outbox_messages SET status = ?, attempts = ?, last_error = ?, next_attempt_ms = ?, delivery_revision = ?
       WHERE event_id = ?`,
    ).run(
      retryAt === null ? 'failed' : 'pending',
      attempt,
      textOf(data.error),
      retryAt === null ? null : Date.parse(retryAt),
      recorded.revision,
      sourceEventId,
    );
  }
}
