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
import { validExpectedRevision } from '../shared/expected-revision';
import { planAllRead, planStreamRead, validCheckpoint } from '../shared/read-plans';
import { serializeNewEvents } from '../shared/serialized-event';
import { streamPrefixFilter, type StreamFilter } from '../shared/stream-filter';
import { appendError, InThreadBatchWriter, type BatchWriter, type PendingAppend } from './batch-writer';
import { prepareEventStatements, toRecordedEvent, type EventStatements } from './event-rows';
import type { JobOutcome } from './group-commit-queue';
import { PipelinedCommitQueue } from './pipelined-commit-queue';
import { CommitBroadcast } from './commit-broadcast';
import { applyDurabilityPragmas, createSchema, writerPragmas } from './schema';
import { WriterThread } from './writer-thread';

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
  /**
   * How often a thread of its own checkpoints the file's WAL while this store writes (see
   * WalCheckpointer), so that the writer's commits seldom copy pages themselves. Default 250 ms.
   */
  walCheckpointIntervalMs?: number;
}

/** Counters that show group commit at work. */
export interface SqliteEventStoreStats {
  /** Write transactions committed (one per batch). */
  transactions: number;
  /** Appends acknowledged. */
  appends: number;
}

/** Appends that go to an idle writer thread before the end of the event-loop turn (see PipelinedCommitQueue). */
const BURST_SIZE = 64;

function withDefaults(options: SqliteEventStoreOptions): Required<SqliteEventStoreOptions> {
  const settings = {
    pollIntervalMs: options.pollIntervalMs ?? 200,
    maxBatchSize: options.maxBatchSize ?? 1000,
    busyTimeoutMs: options.busyTimeoutMs ?? 5000,
    walCheckpointIntervalMs: options.walCheckpointIntervalMs ?? 250,
  };
  for (const [name, value] of Object.entries(settings)) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`Invalid ${name}: ${String(value)}`);
  }
  return settings;
}

/**
 * The event store in one SQLite file (WAL, synchronous=FULL) through better-sqlite3.
 *
 * Appends are group-committed: those issued while no batch is being committed share one
 * transaction and one sync, each in a savepoint of its own (or, for one event, one INSERT, which
 * SQLite undoes by itself when it fails), so each is checked against its expected revision and is
 * atomic on its own. The current revision is read inside the write
 * transaction, never cached, so several processes may append to the same file.
 *
 * On a file, batches are committed by a writer thread with a connection of its own
 * (writer-thread.ts): better-sqlite3 is synchronous, and the commit's fsync would otherwise block
 * the event loop. While one batch syncs there, the next one gathers here. Reads use this thread's
 * connection. A ':memory:' database lives in one connection only, so it commits on this thread.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly statements: EventStatements;
  private readonly writer: BatchWriter;
  private readonly queue: PipelinedCommitQueue<PendingAppend, AppendResult>;
  private readonly commits = new CommitNotifier();
  private readonly broadcast: CommitBroadcast | undefined;
  private readonly subscriptions = new Set<AllSubscription>();
  private readonly pollIntervalMs: number;
  private readonly counters: SqliteEventStoreStats = { transactions: 0, appends: 0 };
  private closing: Promise<void> | undefined;

  /** `filename` is a file path (created if missing) or ':memory:' for tests. */
  constructor(filename: string, options: SqliteEventStoreOptions = {}) {
    const settings = withDefaults(options);
    this.pollIntervalMs = settings.pollIntervalMs;
    this.db = new Database(filename);
    try {
      applyDurabilityPragmas(this.db, settings);
      createSchema(this.db);
      this.statements = prepareEventStatements(this.db);
      if (!isPrivateDatabase(filename)) this.broadcast = new CommitBroadcast(filename, () => this.commits.notify());
      this.writer = this.broadcast ? new WriterThread(filename, writerPragmas(settings), this.broadcast.signal, settings.walCheckpointIntervalMs) : new InThreadBatchWriter(this.db);
    } catch (error) {
      this.db.close();
      throw error;
    }
    this.queue = new PipelinedCommitQueue(
      { commit: (batch) => this.commitBatch(batch), idle: () => this.writer.idle() },
      { maxBatchSize: settings.maxBatchSize, burstSize: BURST_SIZE },
    );
  }

  get stats(): SqliteEventStoreStats {
    return { ...this.counters };
  }

  appendToStream(streamId: string, events: NewEvent[], options: { expectedRevision?: ExpectedRevision } = {}): Promise<AppendResult> {
    // Not an async function: the queue's promise is returned as it is, without one more promise
    // wrapped around it on every append. Bad input still rejects rather than throws.
    let pending: PendingAppend;
    try {
      this.assertOpen();
      pending = { streamId, expected: validExpectedRevision(options.expectedRevision), events: serializeNewEvents(streamId, events) };
    } catch (error) {
      return Promise.reject(error);
    }
    return this.queue.submit(pending);
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
   * Live events appended through this instance, or another instance on the same file in this
   * process (any thread), arrive as soon as they are committed; events appended by another
   * process arrive at the next poll (`pollIntervalMs`). While a live
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
    this.broadcast?.listen();
    return subscription;
  }

  /** Stops subscriptions, commits the appends already submitted, then closes the file. */
  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.queue.drain();
    await this.writer.close();
    this.broadcast?.close();
    this.db.close();
  }

  private async commitBatch(batch: PendingAppend[]): Promise<JobOutcome<AppendResult>[]> {
    const outcomes = await this.writer.commit(batch, new Date().toISOString());
    this.counters.transactions += 1;
    let acknowledged = 0;
    const settled = outcomes.map((outcome): JobOutcome<AppendResult> => {
      if (!outcome.ok) return { ok: false, error: appendError(outcome.failure) };
      acknowledged += 1;
      return outcome;
    });
    this.counters.appends += acknowledged;
    if (acknowledged > 0) this.commits.notify();
    return settled;
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
    if (this.closing) throw new Error('SqliteEventStore is closed');
  }
}

/** A database that exists only inside its one connection: ':memory:', or '' (a private temporary file). */
function isPrivateDatabase(filename: string): boolean {
  return filename === ':memory:' || filename === '';
}
