/** Revision recorded for a tombstone: EventStoreDB writes it at long.MaxValue, so it is never a real revision. */
export const TOMBSTONE_REVISION = -1;
/** What EventStoreDB reports as the tombstone's revision (long.MaxValue). */
export const TOMBSTONE_REVISION_TEXT = '9223372036854775807';

/** An event as the log keeps it. Positions serve as both commit and prepare position. */
export interface LogRecord {
  /** From 1, strictly increasing in commit order (SQLite's rowid). */
  position: number;
  stream: string;
  /** 0-based revision in the stream; TOMBSTONE_REVISION for a tombstone. */
  revision: number;
  eventId: string;
  type: string;
  contentType: string;
  data: Buffer;
  metadata: Buffer;
  createdMs: number;
}

/** An event a client proposes to append. */
export interface ProposedEvent {
  eventId: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  metadata: Uint8Array;
}

/** EventStoreDB's four expectations about a stream; an exact revision is a uint64. */
export type ExpectedState = 'any' | 'no_stream' | 'stream_exists' | bigint;

/** The stream's last revision, or undefined when it has no event. */
export type CurrentRevision = number | undefined;

export interface WriteOutcome {
  /** Revision of the last event written (undefined for a delete of a stream that never had events). */
  lastRevision: CurrentRevision;
  position: number;
}

export type StreamReadResult =
  | { kind: 'events'; records: LogRecord[] }
  | { kind: 'not-found' }
  | { kind: 'deleted'; stream: string };

export interface StreamReadRequest {
  direction: 'forwards' | 'backwards';
  /** Inclusive. */
  from: 'start' | 'end' | number;
  limit: number;
}

export interface AllReadRequest {
  direction: 'forwards' | 'backwards';
  /** Forwards: inclusive; backwards: exclusive (EventStoreDB's $all read semantics). */
  from: 'start' | 'end' | number;
  limit: number;
}
