import { prepared, type ReadModelDb } from '@satupintu/projections';
import type { CaseRecord } from './case-record';
import { caseQueueKeys } from './queue-keys';

/** Moves a case between queues when who it waits on changes; leaves the rows alone otherwise. */
export function updateCaseQueue(db: ReadModelDb, before: CaseRecord | undefined, after: CaseRecord): void {
  const previous = new Set(before ? caseQueueKeys(before.waitingOn) : []);
  const next = new Set(caseQueueKeys(after.waitingOn));
  const remove = prepared<[string, string, string]>(
    db,
    'DELETE FROM case_queue WHERE queue_key = ? AND created_at = ? AND case_id = ?',
  );
  const insert = prepared<[string, string, string]>(
    db,
    'INSERT OR IGNORE INTO case_queue (queue_key, created_at, case_id) VALUES (?, ?, ?)',
  );
  for (const key of previous) if (!next.has(key)) remove.run(key, before!.createdAt, after.id);
  for (const key of next) if (!previous.has(key)) insert.run(key, after.createdAt, after.id);
}
