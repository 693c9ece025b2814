import type Database from 'better-sqlite3';
import type { AllSubscription, EventStore, RecordedEvent } from '@satupintu/event-store';
import { WalCheckpointer } from '@satupintu/event-store/sqlite';
import type { Projection } from './projection';
import type { ReadModelRunner } from './read-model-runner';
import { BatchApplier } from './batch-applier';
import { BatchReader } from './batch-reader';
import { CheckpointTable } from './checkpoint-table';
import { PositionWaiters } from './position-waiters';
import { assertDistinct, prepareProjections, resetProjection } from './projection-schema';
import { openReadModelDatabase } from './read-model-database';

export interface ProjectionRunnerOptions {
  store: EventStore;
  /** The read-model SQLite file (created if missing), or ':memory:'. */
  filename: string;
  projections: readonly Projection[];
  /** Most events one transaction applies. Default 500. */
  maxBatchSize?: number;
  /** Pause before retrying an event whose apply failed; doubles per failure up to maxRetryDelayMs. Default 100. */
  retryDelayMs?: number;
  /** Default 30 000. */
  maxRetryDelayMs?: number;
  /** Told about every failed apply (the runner retries it). Default: console.error. */
  onError?: (error: unknown) => void;
  /** Wall clock in ms, for lag. */
  now?: () => number;
  /** How often a worker thread checkpoints the file's WAL while the runner runs. Default 250. */
  walCheckpointIntervalMs?: number;
  /**
   * Told after each commit which projections applied events in it (after a rebuild: all of them),
   * e.g. to drop what was cached from their tables elsewhere. Called before waiters resolve.
   */
  onApplied?: (checkpoint: number, touched: ReadonlySet<string>) => void;
  /**
   * Told after each commit the events it applied, in log order, and the position they follow:
   * for other work on the same events (anchoring stream heads) that need not read them again.
   */
  onBatch?: (after: number, events: readonly RecordedEvent[]) => void;
}

/** How far the read models trail the event store. */
export interface ProjectionLag {
  /** Events recorded after the checkpoint (counted up to LAG_SCAN_LIMIT). */
  events: number;
  /** Global positions between the checkpoint and the newest event counted. */
  positions: number;
  /** Age of the oldest event not yet applied; 0 when caught up. */
  ms: number;
}

export interface ProjectionRunnerStatus {
  running: boolean;
  checkpoint: number;
  /** The last apply failure, while the runner is still retrying it. */
  lastError?: string;
}

/** lag() counts at most this many events, so asking stays cheap however far behind the runner is. */
export const LAG_SCAN_LIMIT = 10_000;

/** How far read models at `checkpoint` trail the store. */
export async function measureLag(
  store: EventStore,
  checkpoint: number,
  now: () => number,
): Promise<ProjectionLag> {
  const behind = await store.readAll({ after: checkpoint, maxCount: LAG_SCAN_LIMIT });
  if (behind.length === 0) return { events: 0, positions: 0, ms: 0 };
  return {
    events: behind.length,
    positions: behind[behind.length - 1].position - checkpoint,
    ms: Math.max(0, now() - Date.parse(behind[0].recordedAt)),
  };
}

interface Loop {
  subscription: AllSubscription;
  stopping: boolean;
  done: Promise<void>;
}

/**
 * Keeps read-model tables in step with the event store. It owns one SQLite file: every event
 * is applied to each projection that wants it and the projections' checkpoints move in the
 * same transaction, so after a crash nothing is applied twice and nothing is skipped.
 * Queries read through `db` on the same connection: better-sqlite3 runs a whole batch in one
 * synchronous call, so a query never sees half of one.
 */
export class ProjectionRunner implements ReadModelRunner {
  readonly db: Database.Database;
  private readonly store: EventStore;
  private readonly projections: readonly Projection[];
  private readonly checkpoints: CheckpointTable;
  private readonly applier: BatchApplier;
  private readonly waiters = new PositionWaiters();
  private readonly maxBatchSize: number;
  private readonly retryDelayMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly onError: (error: unknown) => void;
  private readonly now: () => number;
  private loop: Loop | undefined;
  private starting: Promise<void> | undefined;
  private lastError: unknown;
  private wakeFromPause: (() => void) | undefined;
  private readonly walCheckpointIntervalMs: number;
  private checkpointer: WalCheckpointer | undefined;
  private readonly onApplied: (checkpoint: number, touched: ReadonlySet<string>) => void;
  private readonly onBatch: (after: number, events: readonly RecordedEvent[]) => void;

  constructor(options: ProjectionRunnerOptions) {
    assertDistinct(options.projections);
    this.store = options.store;
    this.projections = [...options.projections];
    this.maxBatchSize = options.maxBatchSize ?? 500;
    this.retryDelayMs = options.retryDelayMs ?? 100;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 30_000;
    this.onError =
      options.onError ?? ((error) => console.error('Projection failed; retrying', error));
    this.now = options.now ?? Date.now;
    this.walCheckpointIntervalMs = options.walCheckpointIntervalMs ?? 250;
    this.onApplied = options.onApplied ?? (() => undefined);
    this.onBatch = options.onBatch ?? (() => undefined);
    this.db = openReadModelDatabase(options.filename);
    try {
      this.checkpoints = new CheckpointTable(this.db);
      const rows = prepareProjections(this.db, this.checkpoints, this.projections);
      this.applier = new BatchApplier(this.db, this.projections, this.checkpoints, rows);
    } catch (error) {
      this.db.close();
      throw error;
    }
  }

  /** The global position every projection has applied: read models include all events up to it. */
  checkpoint(): number {
    return Math.min(...[...this.applier.positions().values()].map((row) => row.position));
  }

  status(): ProjectionRunnerStatus {
    const status: ProjectionRunnerStatus = {
      running: this.loop !== undefined,
      checkpoint: this.checkpoint(),
    };
    if (this.lastError !== undefined)
      status.lastError = String((this.lastError as Error).message ?? this.lastError);
    return status;
  }

  /**
   * Subscribes from the checkpoint and resolves once the events that existed at that moment
   * are applied. A read-model file left over from another event store is rebuilt first.
   */
  start(): Promise<void> {
    // Calls while a start is under way share it: one subscription, never two.
    this.starting ??= this.subscribeAndCatchUp().finally(() => (this.starting = undefined));
    return this.starting;
  }

  private async subscribeAndCatchUp(): Promise<void> {
    if (this.loop !== undefined) return;
    // Copying the WAL into the file, and syncing it, happens off the event loop while events flow.
    this.checkpointer ??= WalCheckpointer.start(this.db, {
      intervalMs: this.walCheckpointIntervalMs,
      onError: (error) => console.error('Read-model WAL checkpointer', error),
    });
    await this.rebuildIfFromAnotherStore();
    let lastTaken = this.checkpoint();
    let historyDelivered!: (position: number) => void;
    const historyEnd = new Promise<number>((resolve) => (historyDelivered = resolve));
    const subscription = this.store.subscribeToAll({
      after: this.checkpoint(),
      // Fires once every historical event has been handed to the reader; the last one taken ends history.
      onCaughtUp: () => historyDelivered(lastTaken),
    });
    const reader = new BatchReader(
      subscription[Symbol.asyncIterator](),
      this.maxBatchSize,
      (event) => {
        lastTaken = event.position;
      },
    );
    const loop: Loop = { subscription, stopping: false, done: Promise.resolve() };
    loop.done = this.run(reader, loop);
    this.loop = loop;
    const stopped = loop.done.then(() => undefined);
    const end = await Promise.race([historyEnd, stopped]);
    if (end === undefined) return;
    await this.waitFor(end, Number.POSITIVE_INFINITY);
  }

  /** Stops applying events; waitFor calls still pending fail. The file stays open for queries. */
  async stop(): Promise<void> {
    await this.stopLoop();
    const checkpointer = this.checkpointer;
    this.checkpointer = undefined;
    await checkpointer?.stop();
    this.waiters.abandonAll();
  }

  /** Stops and closes the read-model file. The event store is not the runner's to close. */
  async close(): Promise<void> {
    await this.stop();
    if (this.db.open) this.db.close();
  }

  /**
   * Resolves once the read models include the event at `position` (e.g. the position an
   * append returned): read-your-writes for a caller that just wrote.
   * Rejects with ProjectionWaitTimeoutError after `timeoutMs`, ProjectionRunnerStoppedError on stop.
   */
  waitFor(position: number, timeoutMs = 5000): Promise<void> {
    return this.waiters.wait(position, () => this.checkpoint(), timeoutMs);
  }

  /**
   * Drops every projection's tables and checkpoints and replays all events: a running runner
   * resolves once caught up again; a stopped one replays at its next start.
   */
  async rebuild(): Promise<void> {
    const wasRunning = this.loop !== undefined;
    await this.stopLoop();
    this.resetAll();
    if (wasRunning) await this.start();
  }

  lag(): Promise<ProjectionLag> {
    return measureLag(this.store, this.checkpoint(), this.now);
  }

  private async run(reader: BatchReader, loop: Loop): Promise<void> {
    let batch: RecordedEvent[] = [];
    let failures = 0;
    while (!loop.stopping) {
      if (batch.length === 0) {
        try {
          batch = await reader.next();
        } catch (error) {
          failures = await this.failed(error, failures);
          continue;
        }
        if (batch.length === 0) break;
        if (loop.stopping) return;
      }
      const after = this.checkpoint();
      const outcome = this.applier.apply(batch);
      if (outcome.applied > 0) {
        this.onApplied(this.checkpoint(), outcome.touched);
        this.onBatch(after, batch.slice(0, outcome.applied));
      }
      batch = batch.slice(outcome.applied);
      this.waiters.reached(this.checkpoint());
      if (outcome.error === undefined) {
        failures = 0;
        this.lastError = undefined;
      } else {
        failures = await this.failed(outcome.error, failures);
      }
    }
    // The subscription ended without stop(): the store was closed under the runner.
    if (this.loop === loop) {
      this.loop = undefined;
      this.lastError = new Error('The event store ended the subscription');
    }
  }

  /** Records and reports a failure, then waits before the retry: longer after each failure in a row. */
  private async failed(error: unknown, failuresBefore: number): Promise<number> {
    this.lastError = error;
    this.onError(error);
    await this.pause(Math.min(this.maxRetryDelayMs, this.retryDelayMs * 2 ** failuresBefore));
    return failuresBefore + 1;
  }

  private pause(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeFromPause = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => (this.wakeFromPause = undefined));
  }

  private async stopLoop(): Promise<void> {
    const loop = this.loop;
    if (loop === undefined) return;
    this.loop = undefined;
    loop.stopping = true;
    await loop.subscription.stop();
    this.wakeFromPause?.();
    await loop.done;
  }

  private resetAll(): void {
    const rows = this.db.transaction(
      () =>
        new Map(
          this.projections.map((projection) => [
            projection.name,
            resetProjection(this.db, this.checkpoints, projection),
          ]),
        ),
    )();
    this.applier.adopt(rows);
    this.lastError = undefined;
    this.onApplied(this.checkpoint(), new Set(this.projections.map((p) => p.name)));
  }

  /** The newest checkpoint must name an event the store holds at that position; else the file is stale. */
  private async rebuildIfFromAnotherStore(): Promise<void> {
    const newest = [...this.applier.positions().values()].reduce((a, b) =>
      b.position > a.position ? b : a,
    );
    if (newest.position === 0) return;
    const [event] = await this.store.readAll({ after: newest.position - 1, maxCount: 1 });
    if (event?.position === newest.position && event.id === newest.eventId) return;
    this.resetAll();
  }
}
