import { randomUUID } from 'node:crypto';
import { derivedUuid } from './idempotency';

const CASE_ID =
  /^(berkas|konsultasi)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether a path parameter can name a case at all: anything else is answered 404 without a lookup. */
export function isCaseId(id: string): boolean {
  return CASE_ID.test(id);
}

/**
 * The stream of a new file: `berkas-<uuid>`. With an Idempotency-Key it is derived from the user
 * and the key, so a retried receipt lands on the same stream and is recognised as done.
 */
export function newFileStreamId(userId: string, key: string | undefined): string {
  return `berkas-${key === undefined ? randomUUID() : derivedUuid('case', userId, key)}`;
}
