import type { JsonObject, JsonValue } from './json';

/**
 * What the writer believes about the stream it appends to. The same four cases
 * as EventStoreDB's, so the EventStoreDB adapter maps one-to-one.
 * - `any`: no check.
 * - `no_stream`: the stream must not exist yet.
 * - `stream_exists`: the stream must have at least one event.
 * - a number: the revision of the stream's last event (0 for a stream of one event).
 */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

/** An event to append. `id` is a UUID chosen by the writer. */
export interface NewEvent {
  id: string;
  type: string;
  data: JsonValue;
  metadata?: JsonObject;
}

/** An event as the store recorded it. */
export interface RecordedEvent {
  streamId: string;
  /** 0-based, gap-free position of the event within its stream. */
  revision: number;
  /** Global commit order across all streams: strictly increasing, not necessarily dense. */
  position: number;
  id: string;
  type: string;
  data: JsonValue;
  metadata: JsonObject;
  /** ISO-8601 UTC time at which the store recorded the event. */
  recordedAt: string;
}

export interface AppendResult {
  /** Revision of the last appended event: the expected revision for the next append. */
  nextExpectedRevision: number;
  /** Global position of the last appended event. */
  position: number;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive start. Forwards defaults to 'start', backwards to 'end'. */
  fromRevision?: number | 'start' | 'end';
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: read events whose position is greater than this (a checkpoint). Default: from the beginning. */
  after?: number;
  maxCount?: number;
}

export interface SubscribeToAllOptions {
  /** Exclusive checkpoint: deliver events whose position is greater. Default: from the beginning. 'end': only new events. */
  after?: number | 'end';
  /** Deliver only events of streams whose id starts with one of these prefixes. */
  streamPrefixes?: string[];
  /** Called once, when every event that existed at subscription time has been delivered (the switch to live). */
  onCaughtUp?: () => void;
}

/**
 * A catch-up subscription: first the history after the checkpoint, then live events,
 * in global order, never missing or repeating one across the switch.
 * The next event is not delivered before the consumer asks for it (backpressure).
 */
export interface AllSubscription extends AsyncIterable<RecordedEvent> {
  /** Ends the iteration; a pending `next()` resolves with `done: true`. */
  stop(): Promise<void>;
}

/**
 * The event store port. Every adapter (in-memory, SQLite, EventStoreDB) passes the same
 * contract suite (`@satupintu/event-store/testing`).
 */
export interface EventStore {
  /**
   * Appends atomically: all events or none. Resolves only once the events are durable.
   * Throws WrongExpectedRevisionError when `expectedRevision` does not hold.
   */
  appendToStream(streamId: string, events: NewEvent[], options?: { expectedRevision?: ExpectedRevision }): Promise<AppendResult>;
  /** Reads a stream; a stream that does not exist reads as empty. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** Reads all events in global order. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(options?: SubscribeToAllOptions): AllSubscription;
  /** Releases resources; appends still in flight complete first. */
  close(): Promise<void>;
}
