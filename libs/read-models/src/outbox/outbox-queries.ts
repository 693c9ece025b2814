import { prepared, type ReadModelDb } from '@satupintu/projections';
import type { ApplicantMessageKind } from './applicant-messages';

export type DeliveryStatus = 'pending' | 'sent' | 'failed';

/** A message to an applicant, with what became of it. */
export interface OutboxMessage {
  /** The id of the event that caused it: the gateway's idempotency key. */
  eventId: string;
  caseId: string;
  /** The revision of that event in the case's stream (its step in the history). */
  caseRevision: number;
  kind: ApplicantMessageKind;
  phone: string;
  text: string;
  createdAt: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptMs: number | null;
  lastError: string | null;
  sentAt: string | null;
  /** Revision of the message's delivery stream; -1 before its first outcome. */
  deliveryRevision: number;
}

interface MessageRow {
  event_id: string;
  case_id: string;
  case_revision: number;
  kind: string;
  phone: string;
  text: string;
  created_at: string;
  status: string;
  attempts: number;
  next_attempt_ms: number | null;
  last_error: string | null;
  sent_at: string | null;
  delivery_revision: number;
}

const toMessage = (row: MessageRow): OutboxMessage => ({
  eventId: row.event_id,
  caseId: row.case_id,
  caseRevision: row.case_revision,
  kind: row.kind as ApplicantMessageKind,
  phone: row.phone,
  text: row.text,
  createdAt: row.created_at,
  status: row.status as DeliveryStatus,
  attempts: row.attempts,
  nextAttemptMs: row.next_attempt_ms,
  lastError: row.last_error,
  sentAt: row.sent_at,
  deliveryRevision: row.delivery_revision,
});

/** Messages waiting to be sent whose time has come, oldest first. */
export function messagesDue(db: ReadModelDb, nowMs: number, limit: number): OutboxMessage[] {
  return prepared<[number, number], MessageRow>(
    db,
    `SELECT * FROM outbox_messages WHERE status = 'pending' AND next_attempt_ms <= ? ORDER BY next_attempt_ms, event_id LIMIT ?`,
  )
    .all(nowMs, limit)
    .map(toMessage);
}

/** A case's messages in the order of the events that caused them. */
export function messagesOfCase(db: ReadModelDb, caseId: string): OutboxMessage[] {
  return prepared<[string], MessageRow>(
    db,
    'SELECT * FROM outbox_messages WHERE case_id = ? ORDER BY case_revision',
  )
    .all(caseId)
    .map(toMessage);
}

export function messageOf(db: ReadModelDb, eventId: string): OutboxMessage | undefined {
  const row = prepared<[string], MessageRow>(
    db,
    'SELECT * FROM outbox_messages WHERE event_id = ?',
  ).get(eventId);
  return row && toMessage(row);
}
