import type { RecordedEvent } from '@satupintu/event-store';

/** The newest point of a stream the ledger has anchored. */
export interface StreamHead {
  revision: number;
  eventHash: string | null;
}

export function eventHashOf(event: RecordedEvent): string | null {
  return typeof event.metadata.hash === 'string' ? event.metadata.hash : null;
}

/**
 * Whether an event read from the store continues the anchored head: the next revision, linked to
 * the head's hash. Anything else (a revision the ledger already anchored, now holding another
 * event; a gap; a link to another hash) means the stream was cut or rewritten under the anchor:
 * the head then stays where it was, so the audit keeps finding the difference instead of the
 * ledger following the forgery. A stream the ledger has not seen starts at whatever comes.
 */
export function continuesHead(head: StreamHead | undefined, event: RecordedEvent): boolean {
  if (head === undefined) return true;
  if (event.revision !== head.revision + 1) return false;
  const prevHash = typeof event.metadata.prevHash === 'string' ? event.metadata.prevHash : null;
  return prevHash === head.eventHash;
}
