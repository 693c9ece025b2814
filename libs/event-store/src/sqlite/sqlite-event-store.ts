import Database from 'better-sqlite3';
import type {
  AllSubscription,
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
} from '../port';
import { CatchUpSubscription, type AllEventsPage } from '../shared/catch-up-subscription';
import { CommitNotifier } from '../shared/commit-notifier';
import { DuplicateEventIdError } from '../shared/duplicate-event-id-error';
import { assertExpectedRevision, validExpectedRevision } from '../shared/expected-revision';
import { planAllRead, planStreamRead, validCheckpoint } from '../shared/read-plans';
import { serializeNewEvents, type SerializedEvent } from '../shared/serialized-event';
import { streamPrefixFilter, type StreamFilter } from '../shared/stream-filter';
import { prepareEventStatements, toRecordedEvent, type EventStatements } from './event-rows';
import { GroupCommitQueue, type JobOutcome } from './group-commit-queue';
import { applyDurabilityPragmas, createSchema } from './schema';

export interface SqliteEventStoreOptions {
  /**
   * How often an idle live subscription re-reads the file, to pick up events appended by
   * another process (or another SqliteEventStore on the same file). Appends made through
   * this instance wake subscriptions at once. Default 200 ms.
   */
  pollIntervalMs?: number;
  /** Most appends one transaction carries; appends beyond wait for the next one. Default 1000. */
  maxBatchSize?: number;
  /** How long a write waits for another process's write lock before failing. Default 5000 ms. */
  busyTimeoutMs?: number;
}

/** Counters that show group commit at work. */
export interface SqliteEventStoreStats {
  /** Write transactions committed (one per batch). */
  transactions: number;
  /** Appends acknowledged. */
  appends: number;
}

interface PendingAppend {
  streamId: string;
  expected: ExpectedRevision;
  events: SerializedEvent[];
}

function withDefaults(options: SqliteEventStoreOptions): Required<SqliteEventStoreOptions> {
  const settings = {
    pollIntervalMs: options.pollIntervalMs ?? 200,
    maxBatchSize: options.maxBatchSize ?? 1000,
    busyTimeoutMs: options.busyTimeoutMs ?? 5000,
  };
  for (const [name, value] of Object.entries(settings)) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`Invalid ${name}: ${String(value)}`);
  }
  return settings;
}

/**
 * The event store in one SQLite file (WAL, synchronous=FULL) through better-sqlite3.
 *
 * Appends are group-committed: those issued in the same event-loop turn share one
 * transaction and one sync, each inside its own savepoint, so each is checked against its
 * expected revision and is atomic on its own. The current revision is read inside the write
 * transaction, never cached, so several processes may append to the same file.
 *
 * better-sqlite3 is synchronous: a commit (and its fsync) blocks the event loop while it runs.
 * That is what makes batching work: appends pile up while the previous batch syncs.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly statements: EventStatements;
  private readonly queue: GroupCommitQueue<PendingAppend, AppendResult>;
  private readonly commits = new CommitNotifier();
  private readonly subscriptions = new Set<AllSubscription>();
  private readonly pollIntervalMs: number;
  private readonly counters: SqliteEventStoreStats = { transactions: 0, appends: 0 };
  private readonly writeBatch: Database.Transaction<(batch: PendingAppend[], recordedAt: string) => JobOutcome<AppendResult>[]>;
  private readonly appendInSavepoint: Database.Transaction<(append: PendingAppend, recordedAt: string) => AppendResult>;
  private closed = false;

  /** `filename` is a file path (created if missing) or ':memory:' for tests. */
  constructor(filename: string, options: SqliteEventStoreOptions = {}) {
    const settings = withDefaults(options);
    this.pollIntervalMs = settings.pollIntervalMs;
    this.db = new Database(filename);
    try {
      applyDurabilityPragmas(this.db, settings);
      createSchema(this.db);
      this.statements = prepareEventStatements(this.db);
    } catch (error) {
      this.db.close();
      throw error;
    }
    this.writeBatch = this.db.transaction((batch, recordedAt) => batch.map((append) => this.tryAppend(append, recordedAt)));
    // Called inside writeBatch, better-sqlite3 runs it in a SAVEPOINT: all of an append or none.
    this.appendInSavepoint = this.db.transaction((append, recordedAt) => this.insertAppend(append, recordedAt));
    this.queue = new GroupCommitQueue((batch) => this.commitBatch(batch), settings.maxBatchSize);
  }

  get stats(): SqliteEventStoreStats {
    return { ...this.counters };
  }

  async appendToStream(streamId: string, events: NewEvent[], options: { expectedRevision?: ExpectedRevision } = {}): Promise<AppendResult> {
    this.assertOpen();
    const expected = validExpectedRevision(options.expectedRevision);
    return this.queue.submit({ streamId, expected, events: serializeNewEvents(streamId, events) });
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    const plan = planStreamRead(options);
    if (plan === undefined) return [];
    const rows =
      plan.direction === 'forwards'
        ? this.statements.readStreamForwards(streamId, plan.fromRevision, plan.limit)
        : this.statements.readStreamBackwards(streamId, plan.fromRevision, plan.limit);
    return rows.map(toRecordedEvent);
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    const { after, limit } = planAllRead(options);
    return this.statements.readAllAfter(after, limit).map(toRecordedEvent);
  }

  /**
   * Live events appended through this instance arrive as soon as they are committed; events
   * appended by another process arrive at the next poll (`pollIntervalMs`). While a live
   * subscription waits, its poll timer keeps the Node process alive until `stop()`.
   */
  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    this.assertOpen();
    const headAtStart = this.statements.headPosition();
    const subscription: AllSubscription = new CatchUpSubscription(
      { commits: this.commits, readPage: (after, limit, filter) => this.readPage(after, limit, filter) },
      {
        after: options.after === 'end' ? headAtStart : validCheckpoint(options.after),
        headAtStart,
        filter: streamPrefixFilter(options.streamPrefixes),
        onCaughtUp: options.onCaughtUp,
        pollIntervalMs: this.pollIntervalMs,
        onStopped: () => this.subscriptions.delete(subscription),
      },
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** Stops subscriptions, commits the appends already submitted, then closes the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    this.queue.drain();
    this.db.close();
  }

  private commitBatch(batch: PendingAppend[]): JobOutcome<AppendResult>[] {
    const recordedAt = new Date().toISOString();
    // IMMEDIATE takes the write lock up front, so the revisions read below cannot change
    // under us, even when another process writes the same file.
    const outcomes = this.writeBatch.immediate(batch, recordedAt);
    this.counters.transactions += 1;
    const acknowledged = outcomes.filter((outcome) => outcome.ok).length;
    this.counters.appends += acknowledged;
    if (acknowledged > 0) this.commits.notify();
    return outcomes;
  }

  private tryAppend(append: PendingAppend, recordedAt: string): JobOutcome<AppendResult> {
    try {
      return { ok: true, value: this.appendInSavepoint(append, recordedAt) };
    } catch (error) {
      // Some failures (I/O, disk full) make SQLite abort the whole transaction: then the
      // batch cannot go on and every append in it must fail.
      if (!this.db.inTransaction) throw error;
      return { ok: false, error };
    }
  }

  private insertAppend(append: PendingAppend, recordedAt: string): AppendResult {
    const current = this.statements.currentRevision(append.streamId);
    assertExpectedRevision(append.streamId, append.expected, current ?? 'no_stream');
    let revision = current ?? -1;
    let position = 0;
    for (const event of append.events) {
      revision += 1;
      position = this.insertEvent({ ...event, streamId: append.streamId, revision, recordedAt });
    }
    return { nextExpectedRevision: revision, position };
  }

  private insertEvent(event: SerializedEvent & { streamId: string; revision: number; recordedAt: string }): number {
    try {
      return this.statements.insert(event);
    } catch (error) {
      if (isUniqueViolationOn(error, 'events.event_id')) throw new DuplicateEventIdError(event.id);
      throw error;
    }
  }

  private readPage(after: number, limit: number, filter: StreamFilter): AllEventsPage {
    this.assertOpen();
    const examined = this.statements.readAllAfter(after, limit);
    return {
      // Filter before parsing: JSON of events the subscriber does not want is never parsed.
      events: examined.filter((row) => filter(row.stream_id)).map(toRecordedEvent),
      lastExaminedPosition: examined.at(-1)?.position,
    };
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('SqliteEventStore is closed');
  }
}

/**
 * Duck-typed on purpose, no `instanceof`: the native addon keeps throwing the SqliteError
 * class of the first copy of better-sqlite3 loaded in the process, and jest loads modules
 * afresh (in a fresh realm, with its own Error) for every test file.
 */
function isUniqueViolationOn(error: unknown, column: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof message === 'string' && message.includes(column);
}
