import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { EventStore } from '@satupintu/event-store';
import { CheckpointTable } from '../checkpoint-table';
import { ProjectionThreadStopTimeoutError } from '../errors';
import { PositionWaiters } from '../position-waiters';
import type { Projection } from '../projection';
import { measureLag, type ProjectionLag, type ProjectionRunnerStatus } from '../projection-runner';
import { assertDistinct, prepareProjections, resetProjection } from '../projection-schema';
import { openReadModelDatabase } from '../read-model-database';
import { ReadModelRunner } from '../read-model-runner';
import type {
  ProjectionThreadData,
  ProjectionThreadSetupRef,
  ThreadReply,
  ThreadRequest,
} from './messages';

const WORKER_FILE = join(__dirname, 'projection-thread.worker.cjs');
const HOST_MODULE = require.resolve('./projection-thread-host');

export interface ProjectionThreadOptions {
  /** The read-model SQLite file (created if missing). Not ':memory:': two connections share it. */
  filename: string;
  /** The projections the thread runs: their tables are set up here first, so queries can be prepared at once. */
  projections: readonly Projection[];
  /** The thread's event store and projections (the same list, loaded there). */
  setup: ProjectionThreadSetupRef;
  /** This thread's store: lag() reads it. */
  store: EventStore;
  maxBatchSize?: number;
  walCheckpointIntervalMs?: number;
  /** As ProjectionRunnerOptions.onApplied, called here: e.g. to drop rows cached from `db`. */
  onApplied?: (checkpoint: number, touched: ReadonlySet<string>) => void;
  /** Told about every failed apply (the thread retries it) and a thread that stopped. Default: console.error. */
  onError?: (error: unknown) => void;
  now?: () => number;
  /** Pause before a thread that stopped unexpectedly is started again. Default 1000 ms. */
  restartDelayMs?: number;
  /**
   * How long stop() waits for the thread to finish what it is doing (e.g. a start still catching
   * up from a store that does not answer) and to close in order; then it terminates the thread.
   * Default 10 000 ms.
   */
  stopGraceMs?: number;
}

interface Pending {
  resolve(reply: Extract<ThreadReply, { type: 'done' }>): void;
  reject(error: Error): void;
}

/**
 * Read models kept up to date on a worker thread: there a ProjectionRunner with a store
 * connection of its own applies the events; here a second connection to the same file answers
 * queries, and each commit the thread reports moves the checkpoint and resolves the waiters. The
 * event loop that answers requests then spends nothing on applying events (about a quarter of a
 * command's time when it did), and the two run on two cores.
 *
 * Queries read committed data only (WAL), so they never see half of a batch. The thread reports
 * a commit after it is made, so read-your-writes holds: a waiter resolves once its event can be read
 * here. A thread that dies is started again and catches up from its checkpoint.
 */
export class ProjectionThread extends ReadModelRunner {
  readonly db: Database.Database;
  private readonly projections: readonly Projection[];
  private readonly checkpoints: CheckpointTable;
  private readonly waiters = new PositionWaiters();
  private readonly pending = new Map<number, Pending>();
  private readonly onApplied: (checkpoint: number, touched: ReadonlySet<string>) => void;
  private readonly onError: (error: unknown) => void;
  private readonly now: () => number;
  private readonly restartDelayMs: number;
  private readonly stopGraceMs: number;
  private worker: Worker | undefined;
  private exited: Promise<void> = Promise.resolve();
  private position: number;
  private running = false;
  private closing = false;
  private lastError: string | undefined;
  private nextRequest = 0;
  private starting: Promise<void> | undefined;
  private restartTimer: NodeJS.Timeout | undefined;
  /** Whether a thread ever caught up: only then is one that dies started again. */
  private hasStarted = false;

  constructor(private readonly options: ProjectionThreadOptions) {
    super();
    assertDistinct(options.projections);
    this.projections = [...options.projections];
    this.onApplied = options.onApplied ?? (() => undefined);
    this.onError =
      options.onError ?? ((error) => console.error('Projection thread: retrying', error));
    this.now = options.now ?? Date.now;
    this.restartDelayMs = options.restartDelayMs ?? 1000;
    this.stopGraceMs = options.stopGraceMs ?? 10_000;
    this.db = openReadModelDatabase(options.filename);
    try {
      this.checkpoints = new CheckpointTable(this.db);
      this.position = lowest(prepareProjections(this.db, this.checkpoints, this.projections));
    } catch (error) {
      this.db.close();
      throw error;
    }
  }

  checkpoint(): number {
    return this.position;
  }

  status(): ProjectionRunnerStatus {
    return {
      running: this.running,
      checkpoint: this.position,
      ...(this.lastError !== undefined ? { lastError: this.lastError } : {}),
    };
  }

  start(): Promise<void> {
    this.closing = false;
    this.starting ??= this.spawnAndStart().finally(() => (this.starting = undefined));
    return this.starting;
  }

  waitFor(position: number, timeoutMs = 5000): Promise<void> {
    return this.waiters.wait(position, () => this.position, timeoutMs);
  }

  async rebuild(): Promise<void> {
    if (this.worker !== undefined) {
      await this.request('rebuild');
      return;
    }
    // No thread: reset here; the next start replays everything.
    const rows = this.db.transaction(() =>
      this.projections.map((projection) => resetProjection(this.db, this.checkpoints, projection)),
    )();
    this.position = Math.min(...rows.map((row) => row.position));
    this.lastError = undefined;
    this.onApplied(this.position, new Set(this.projections.map((p) => p.name)));
  }

  lag(): Promise<ProjectionLag> {
    return measureLag(this.options.store, this.position, this.now);
  }

  /**
   * Lets a start under way finish (the thread answers requests in order), asks the thread to close
   * (its companions stop, its store closes), then ends it. A thread that has not answered within
   * `stopGraceMs` is terminated instead: what is pending (e.g. that start) fails with
   * ProjectionThreadStopTimeoutError, and stop() resolves all the same.
   */
  async stop(): Promise<void> {
    this.closing = true;
    if (this.restartTimer !== undefined) clearTimeout(this.restartTimer);
    let gaveUp = false;
    const inOrder = (async () => {
      await this.starting?.catch(() => undefined);
      if (!gaveUp && this.worker !== undefined) await this.request('close').catch(() => undefined);
    })();
    if (!(await settlesWithin(inOrder, this.stopGraceMs))) {
      gaveUp = true;
      this.rejectPending(new ProjectionThreadStopTimeoutError(this.stopGraceMs));
    }
    const worker = this.worker;
    if (worker !== undefined) {
      await worker.terminate();
      await this.exited;
    }
    this.waiters.abandonAll();
  }

  async close(): Promise<void> {
    await this.stop();
    if (this.db.open) this.db.close();
  }

  private async spawnAndStart(): Promise<void> {
    if (this.worker === undefined) this.spawn();
    const done = await this.request('start');
    if (done.error !== undefined) throw new Error(done.error);
    this.hasStarted = true;
  }

  private spawn(): void {
    const data: ProjectionThreadData = {
      host: HOST_MODULE,
      setup: this.options.setup,
      filename: this.options.filename,
      maxBatchSize: this.options.maxBatchSize,
      walCheckpointIntervalMs: this.options.walCheckpointIntervalMs,
    };
    // execArgv: [] so that a TypeScript loader preloaded in the parent (-r) is not loaded twice.
    const worker = new Worker(WORKER_FILE, { workerData: data, execArgv: [] });
    this.worker = worker;
    let failure: Error | undefined;
    worker.on('message', (reply: ThreadReply) => this.onReply(reply));
    worker.on('error', (error) => (failure = error));
    this.exited = new Promise((resolve) =>
      worker.once('exit', (code) => {
        this.worker = undefined;
        this.running = false;
        const why = failure ?? new Error(`The projection thread stopped (exit code ${code})`);
        this.rejectPending(why);
        // A thread that never got going (e.g. its setup failed) is not retried: start() reports why.
        if (!this.closing && this.hasStarted) this.restartAfterFailure(why);
        else if (!this.closing) this.lastError = why.message;
        resolve();
      }),
    );
  }

  private restartAfterFailure(why: Error): void {
    this.lastError = why.message;
    this.onError(why);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      if (!this.closing) this.start().catch((error: unknown) => this.onError(error));
    }, this.restartDelayMs);
    // Waiting to restart never keeps a process alive that has nothing else to do.
    this.restartTimer.unref();
  }

  private onReply(reply: ThreadReply): void {
    switch (reply.type) {
      case 'applied':
        this.advance(reply.checkpoint, new Set(reply.touched));
        this.lastError = undefined;
        // Catching up after a restart counts as running before the start is answered.
        this.running = !this.closing;
        return;
      case 'error':
        this.lastError = reply.message;
        this.onError(new Error(reply.message));
        return;
      case 'done': {
        const request = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        this.running = reply.running;
        this.advance(reply.checkpoint, new Set());
        request?.resolve(reply);
        return;
      }
    }
  }

  /** Moves the checkpoint (never back, but for a rebuild) and wakes whoever it reached. */
  private advance(checkpoint: number, touched: ReadonlySet<string>): void {
    const rebuilt = touched.size === this.projections.length && checkpoint < this.position;
    if (checkpoint > this.position || rebuilt) this.position = checkpoint;
    if (touched.size > 0) this.onApplied(this.position, touched);
    this.waiters.reached(this.position);
  }

  private rejectPending(why: Error): void {
    for (const request of this.pending.values()) request.reject(why);
    this.pending.clear();
  }

  private request(type: ThreadRequest['type']): Promise<Extract<ThreadReply, { type: 'done' }>> {
    const worker = this.worker;
    if (worker === undefined)
      return Promise.reject(new Error('The projection thread is not running'));
    const id = ++this.nextRequest;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, type } satisfies ThreadRequest);
    });
  }
}

/** Whether `work` settles within `ms`; the timer never keeps a process alive by itself. */
async function settlesWithin(work: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work.then(() => true), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

function lowest(rows: Map<string, { position: number }>): number {
  return Math.min(...[...rows.values()].map((row) => row.position));
}
