import type { EventStore, RecordedEvent } from '@satupintu/event-store';
import { CliError } from '../cli-error';

/** Accepts a stream id (`berkas-…`, `konsultasi-…`) or a bare case id, which means a file (berkas). */
export function streamIdOf(caseId: string): string {
  return /^[a-z]+-/.test(caseId) && !/^[0-9a-f]{8}-/.test(caseId) ? caseId : `berkas-${caseId}`;
}

export async function readCase(store: EventStore, caseId: string): Promise<RecordedEvent[]> {
  const streamId = streamIdOf(caseId);
  const events = await store.readStream(streamId);
  if (events.length === 0) {
    const what = /^(berkas|konsultasi)-/.test(streamId) ? 'case' : 'stream';
    throw new CliError(`No ${what} ${caseId} in this store.`);
  }
  return events;
}
