import type { EventStore, RecordedEvent } from '@satupintu/event-store';
import { isCaseId } from '../cases/commands/case-id';
import { caseNotFound } from '../cases/queries/case-not-found';

/** A case's events as stored, from the store itself (not a read model): what audits rest on. 404 when there are none. */
export async function readCaseStream(store: EventStore, id: string): Promise<RecordedEvent[]> {
  if (!isCaseId(id)) throw caseNotFound();
  const events = await store.readStream(id);
  if (events.length === 0) throw caseNotFound();
  return events;
}
