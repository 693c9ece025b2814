import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import {
  applyDurabilityPragmas,
  GroupCommitQueue,
  type JobOutcome,
} from '@satupintu/event-store/sqlite';
import { expectationHolds } from './expected-state';
import { InvalidPosition, StreamDeleted, WrongExpectedVersion } from './log-errors';
import {
  prepareRecordStatements,
  type RecordInsert,
  type RecordStatements,
} from './record-statements';
import {
  TOMBSTONE_REVISION,
  type AllReadRequest,
  type ExpectedState,
  type LogRecord,
  type ProposedEvent,
  type StreamReadRequest,
  type StreamReadResult,
  type WriteOutcome,
} from './records';
import { createSchema } from './schema';
import {
  isMetastream,
  METADATA_EVENT_TYPE,
  METASTREAM_SETTINGS,
  metadataWithTruncateBefore,
  metastreamOf,
  originalStreamOf,
  parseStreamMetadata,
  type StreamSettings,
} from './stream-metadata';

export interface StreamLogOptions {
  /** Most writes one transaction carries. Default 1000. */
  maxBatchSize?: number;
  /** Milliseconds since the epoch, for `created` and `$maxAge`. */
  now?: () => number;
}

type WriteJob =
  | { kind: 'append'; stream: string; expected: ExpectedState; events: ProposedEvent[] }
  | { kind: 'delete'; stream: string; expected: ExpectedState }
  | { kind: 'tombstone'; stream: string; expected: ExpectedState };

const EMPTY = Buffer.alloc(0);

/**
 * The server's durable log in one SQLite file (WAL, synchronous=FULL), with EventStoreDB's
 * stream semantics: expected versions, idempotent retries by event id, metadata in `$$`
 * streams ($maxCount, $maxAge, $tb), soft delete and tombstones.
 *
 * Writes are group-committed: those that arrive in the same event-loop turn share one
 * transaction and one sync, each in its own savepoint, checked and atomic on its own.
 * A write resolves only after its commit.
 */
export class StreamLog {
  private readonly db: Database.Database;
  private readonly statements: RecordStatements;
  private readonly queue: GroupCommitQueue<WriteJob, WriteOutcome>;
  private readonly writeBatch: Database.Transaction<
    (jobs: WriteJob[], createdMs: number) => JobOutcome<WriteOutcome>[]
  >;
  private readonly writeOne: Database.Transaction<
    (job: WriteJob, createdMs: number) => WriteOutcome
  >;
  private readonly listeners = new Set<() => void>();
  private readonly now: () => number;
  private closed = false;

  constructor(filename: string, options: StreamLogOptions = {}) {
    this.now = options.now ?? Date.now;
    this.db = new Database(filename);
    try {
      applyDurabilityPragmas(this.db, { busyTimeoutMs: 5000 });
      createSchema(this.db);
      this.statements = prepareRecordStatements(this.db);
    } catch (error) {
      this.db.close();
      throw error;
    }
    this.writeBatch = this.db.transaction((jobs, createdMs) =>
      jobs.map((job) => this.tryWrite(job, createdMs)),
    );
    // Inside writeBatch, better-sqlite3 runs this in a SAVEPOINT: all of a write or none.
    this.writeOne = this.db.transaction((job, createdMs) => this.write(job, createdMs));
    this.queue = new GroupCommitQueue((jobs) => this.commit(jobs), options.maxBatchSize ?? 1000);
  }

  append(stream: string, expected: ExpectedState, events: ProposedEvent[]): Promise<WriteOutcome> {
    return this.submit({ kind: 'append', stream, expected, events });
  }

  /** Soft delete: the stream reads as not found until the next append recreates it. */
  delete(stream: string, expected: ExpectedState): Promise<WriteOutcome> {
    return this.submit({ kind: 'delete', stream, expected });
  }

  /** Hard delete: the stream can never be read or written again. */
  tombstone(stream: string, expected: ExpectedState): Promise<WriteOutcome> {
    return this.submit({ kind: 'tombstone', stream, expected });
  }

  readStream(stream: string, request: StreamReadRequest): StreamReadResult {
    this.assertOpen();
    if (this.isDeleted(stream)) return { kind: 'deleted', stream };
    const last = this.statements.lastRevision(stream);
    if (last === undefined) return { kind: 'not-found' };
    const settings = this.settingsOf(stream);
    if (settings.softDeleted) return { kind: 'not-found' };
    const firstVisible = Math.max(
      settings.truncateBefore ?? 0,
      settings.maxCount === undefined ? 0 : last - settings.maxCount + 1,
    );
    const minCreatedMs =
      settings.maxAgeSeconds === undefined ? 0 : this.now() - settings.maxAgeSeconds * 1000;
    if (request.direction === 'forwards') {
      const from =
        request.from === 'start'
          ? firstVisible
          : request.from === 'end'
            ? last + 1
            : Math.max(request.from, firstVisible);
      return {
        kind: 'events',
        records: this.statements.streamForwards(stream, from, minCreatedMs, request.limit),
      };
    }
    const from = request.from === 'end' ? last : request.from === 'start' ? 0 : request.from;
    return {
      kind: 'events',
      records: this.statements.streamBackwards(
        stream,
        from,
        firstVisible,
        minCreatedMs,
        request.limit,
      ),
    };
  }

  /** $all: every record, system ones included, in commit order. A position must be 0 or a record's (else InvalidPosition). */
  readAll(request: AllReadRequest): LogRecord[] {
    this.assertOpen();
    if (typeof request.from === 'number')
      this.assertReadablePosition(request.from, request.direction);
    if (request.direction === 'forwards') {
      if (request.from === 'end') return [];
      return this.statements.allFrom(request.from === 'start' ? 0 : request.from, request.limit);
    }
    if (request.from === 'start') return [];
    return this.statements.allBefore(
      request.from === 'end' ? Number.MAX_SAFE_INTEGER : request.from,
      request.limit,
    );
  }

  /** Records after a position (exclusive), for subscriptions. */
  readAfter(position: number, limit: number): LogRecord[] {
    this.assertOpen();
    return this.statements.allFrom(position + 1, limit);
  }

  /**
   * EventStoreDB reads $all only from a record's position (or the start, or past the end when
   * reading backwards); anything else is an invalid position, refused.
   */
  assertReadablePosition(position: number, direction: 'forwards' | 'backwards' = 'forwards'): void {
    if (position === 0 || this.statements.isRecordPosition(position)) return;
    if (direction === 'backwards' && position >= this.statements.nextPosition()) return;
    throw new InvalidPosition(position);
  }

  lastPosition(): number {
    this.assertOpen();
    return this.statements.lastPosition();
  }

  /** Calls `listener` after every commit that wrote something; returns the unsubscribe function. */
  onCommit(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Commits the writes already submitted, then closes the file. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.queue.drain();
    this.listeners.clear();
    this.db.close();
  }

  private submit(job: WriteJob): Promise<WriteOutcome> {
    if (this.closed) return Promise.reject(new Error('The log is closed'));
    return this.queue.submit(job);
  }

  private commit(jobs: WriteJob[]): JobOutcome<WriteOutcome>[] {
    // IMMEDIATE takes the write lock up front: revisions read below cannot change under us.
    const outcomes = this.writeBatch.immediate(jobs, this.now());
    if (outcomes.some((outcome) => outcome.ok))
      for (const listener of [...this.listeners]) listener();
    return outcomes;
  }

  private tryWrite(job: WriteJob, createdMs: number): JobOutcome<WriteOutcome> {
    try {
      return { ok: true, value: this.writeOne(job, createdMs) };
    } catch (error) {
      // I/O errors abort the whole transaction: then the batch cannot go on.
      if (!this.db.inTransaction) throw error;
      return { ok: false, error };
    }
  }

  private write(job: WriteJob, createdMs: number): WriteOutcome {
    if (this.isDeleted(job.stream)) throw new StreamDeleted(job.stream);
    const current = this.statements.lastRevision(job.stream);
    const settings = this.settingsOf(job.stream);
    if (job.kind === 'append') {
      const retry = this.idempotentRetry(job.stream, job.expected, job.events);
      if (retry !== undefined) return retry;
    }
    const softDeleted = job.kind === 'append' && settings.softDeleted;
    if (!expectationHolds(job.expected, current, softDeleted))
      throw new WrongExpectedVersion(job.stream, job.expected, current);
    switch (job.kind) {
      case 'delete':
        return {
          lastRevision: current,
          position: this.writeMetadata(job.stream, settings.raw, 'soft-deleted', createdMs),
        };
      case 'tombstone': {
        const position = this.insertRecord({
          stream: job.stream,
          revision: TOMBSTONE_REVISION,
          eventId: randomUUID(),
          type: '$streamDeleted',
          contentType: 'application/octet-stream',
          data: EMPTY,
          metadata: EMPTY,
          createdMs,
        });
        return { lastRevision: current, position };
      }
      case 'append': {
        // An empty append only checks the expectation, as in EventStoreDB.
        if (job.events.length === 0) return { lastRevision: current, position: -1 };
        // The first write after a soft delete recreates the stream: revisions go on, the old events stay hidden.
        if (settings.softDeleted)
          this.writeMetadata(
            job.stream,
            settings.raw,
            current === undefined ? 0 : current + 1,
            createdMs,
          );
        let revision = current ?? -1;
        let position = 0;
        for (const event of job.events) {
          revision += 1;
          position = this.insertRecord({
            stream: job.stream,
            revision,
            eventId: event.eventId,
            type: event.type,
            contentType: event.contentType,
            data: Buffer.from(event.data),
            metadata: Buffer.from(event.metadata),
            createdMs,
          });
        }
        return { lastRevision: revision, position };
      }
    }
  }

  /**
   * EventStoreDB acknowledges a retried append (same event ids, consistent expectation)
   * with the first outcome instead of writing the events twice.
   */
  private idempotentRetry(
    stream: string,
    expected: ExpectedState,
    events: ProposedEvent[],
  ): WriteOutcome | undefined {
    const first = this.statements
      .byEventId(events[0].eventId)
      .find((row) => row.stream === stream && row.revision >= 0);
    if (first === undefined) return undefined;
    if (typeof expected === 'bigint' && expected !== BigInt(first.revision - 1)) return undefined;
    if (expected === 'no_stream' && first.revision !== 0) return undefined;
    const written = this.statements.streamForwards(stream, first.revision, 0, events.length);
    if (
      written.length !== events.length ||
      written.some((record, index) => record.eventId !== events[index].eventId)
    )
      return undefined;
    const last = written[written.length - 1];
    return { lastRevision: last.revision, position: last.position };
  }

  private writeMetadata(
    stream: string,
    raw: Record<string, unknown>,
    truncateBefore: number | 'soft-deleted',
    createdMs: number,
  ): number {
    const metastream = metastreamOf(stream);
    return this.insertRecord({
      stream: metastream,
      revision: (this.statements.lastRevision(metastream) ?? -1) + 1,
      eventId: randomUUID(),
      type: METADATA_EVENT_TYPE,
      contentType: 'application/json',
      data: metadataWithTruncateBefore(raw, truncateBefore),
      metadata: EMPTY,
      createdMs,
    });
  }

  /** Writes a record at the next position of the log and returns that position. */
  private insertRecord(record: Omit<RecordInsert, 'position'>): number {
    const position = this.statements.nextPosition();
    this.statements.insert({ ...record, position });
    return position;
  }

  /** A tombstoned stream, or the metastream of one. */
  private isDeleted(stream: string): boolean {
    return (
      this.statements.isTombstoned(stream) ||
      (isMetastream(stream) && this.statements.isTombstoned(originalStreamOf(stream)))
    );
  }

  private settingsOf(stream: string): StreamSettings {
    if (isMetastream(stream)) return METASTREAM_SETTINGS;
    return parseStreamMetadata(this.statements.lastRecordOf(metastreamOf(stream))?.data);
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The log is closed');
  }
}
