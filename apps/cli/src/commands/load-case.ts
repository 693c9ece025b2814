import type { EventStore, RecordedEvent } from '@satupintu/event-store';
import { CliError } from '../cli-error';

/** Accepts a stream id (`berkas-…`, `konsultasi-…`) or a bare case id, which means a file (berkas). */
export function streamIdOf(caseId: string): string {
  return /^[a-z]+-/.test(caseId) && !/^[0-9a-f]{8}-/.test(caseId) ? caseId : `berkas-${caseId}`;
}

/** The stream's events; none is an error, unless `mayBeEmpty` (the anchor ledger saw the stream: every event is missing). */
export async function readCase(store: EventStore, caseId: string, mayBeEmpty = false): Promise<RecordedEvent[]> {
  const streamId = streamIdOf(caseId);
  const events = await store.readStream(streamId);
  if (events.length === 0 && !mayBeEmpty) {
    const what = /^(berkas|konsultasi)-/.test(streamId) ? 'case' : 'stream';
    throw new CliError(`No ${what} ${caseId} in this store.`);
  }
  return events;
}
