import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AppendErrorDescription } from './append-batch.cjs';
import { decodeOutcomes, encodeBatch, type EncodedOutcomes } from './batch-codec.cjs';
import { errorFrom, type AppendOutcome, type BatchWriter, type PendingAppend } from './batch-writer';
import { WalCheckpointer } from './wal-checkpointer';

const WORKER_FILE = join(__dirname, 'writer-thread.worker.cjs');

/** How the writer thread's connection is set up, as it reports it once open. */
export interface WriterConnectionSettings {
  journalMode: string;
  /** 2 = FULL. */
  synchronous: number;
}

type Reply =
  | { type: 'opened'; failure?: AppendErrorDescription; settings?: WriterConnectionSettings }
  | { type: 'committed'; outcomes: EncodedOutcomes }
  | { type: 'failed'; error: AppendErrorDescription };

interface Waiter {
  resolve(outcomes: AppendOutcome[]): void;
  reject(error: unknown): void;
}

/**
 * Commits in a worker thread with a connection of its own (writer-thread.worker.cjs): the commit
 * and its fsync no longer block the main thread, which goes on deciding commands and gathering
 * the next batch meanwhile. Reads stay on the main thread's connection: in WAL mode they never
 * wait for the writer, and they see every commit the writer acknowledged.
 *
 * The thread starts with the first batch (a store that only reads never starts one). It does not
 * keep the process alive while idle, only while a batch is unanswered. With it starts a WAL
 * checkpointer thread: the pages the writer commits are copied into the database file beside it,
 * so its own automatic checkpoint (the bound on the WAL should that thread stop) finds little to
 * copy, instead of holding every append of a batch for a copy of thousands of pages.
 */
export class WriterThread implements BatchWriter {
  private worker: Worker | undefined;
  private checkpointer: WalCheckpointer | undefined;
  private exited: Promise<void> | undefined;
  /**
   * Batches handed over and not yet committed, shared with the thread, which counts each one down
   * as soon as its commit is done: readable here at any moment, even before the reply arrives.
   */
  private readonly uncommitted = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  private readonly waiting: Waiter[] = [];
  private stopped: Error | undefined;
  private readonly opened: Promise<WriterConnectionSettings>;
  private settleOpened!: (reply: Extract<Reply, { type: 'opened' }>) => void;

  constructor(
    private readonly filename: string,
    private readonly pragmas: string[],
    /** When given, the thread tells this channel of each commit (see commit-broadcast.ts). */
    private readonly commitSignal?: { channel: string; sender: string },
    private readonly walCheckpointIntervalMs = 250,
  ) {
    this.opened = new Promise((resolve, reject) => {
      this.settleOpened = ({ failure, settings }) => (settings ? resolve(settings) : reject(errorFrom(failure ?? { kind: 'error', name: 'Error', message: 'The writer thread did not open its connection' })));
    });
    this.opened.catch(() => {}); // the failure also reaches every commit; awaiting it is optional
  }

  commit(batch: PendingAppend[], recordedAt: string): Promise<AppendOutcome[]> {
    if (this.stopped) return Promise.reject(this.stopped);
    const worker = this.started();
    return new Promise<AppendOutcome[]>((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      if (this.waiting.length === 1) worker.ref();
      Atomics.add(this.uncommitted, 0, 1);
      worker.postMessage({ type: 'commit', batch: encodeBatch(batch), recordedAt });
    });
  }

  idle(): boolean {
    return Atomics.load(this.uncommitted, 0) === 0;
  }

  /** The settings of the thread's connection (starting the thread if needed). */
  connectionSettings(): Promise<WriterConnectionSettings> {
    this.started();
    return this.opened;
  }

  async close(): Promise<void> {
    this.stopped ??= new Error('SqliteEventStore is closed');
    const worker = this.worker;
    if (!worker) return;
    worker.ref();
    worker.postMessage({ type: 'close' }); // the thread closes its connection, then ends
    await this.exited;
    await this.checkpointer?.stop();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    // execArgv: [] so that a TypeScript loader preloaded in the parent (-r) is not loaded again here.
    const worker = new Worker(WORKER_FILE, { workerData: { filename: this.filename, pragmas: this.pragmas, uncommitted: this.uncommitted, commitSignal: this.commitSignal }, execArgv: [] });
    worker.on('message', (reply: Reply) => this.onReply(reply));
    worker.on('error', (error) => this.stop(error));
    this.exited = new Promise((resolve) =>
      worker.on('exit', (code) => {
        this.stop(new Error(`The SQLite writer thread stopped (exit code ${code})`));
        resolve();
      }),
    );
    // After the listeners: adding a 'message' listener refs the thread again.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private onReply(reply: Reply): void {
    if (reply.type === 'opened') {
      this.settleOpened(reply);
      // Once the writer has its connection (the file exists, in WAL mode), its checkpointer.
      if (reply.settings && !this.stopped && this.walCheckpointIntervalMs > 0)
        this.checkpointer = WalCheckpointer.startForFile(this.filename, {
          intervalMs: this.walCheckpointIntervalMs,
          onError: (error) => console.error('Event store WAL checkpointer', error),
        });
      return;
    }
    const waiter = this.waiting.shift();
    if (this.waiting.length === 0) this.worker?.unref();
    if (reply.type === 'committed') waiter?.resolve(decodeOutcomes(reply.outcomes));
    else waiter?.reject(errorFrom(reply.error));
  }

  private stop(error: Error): void {
    this.stopped ??= error;
    this.settleOpened({ type: 'opened', failure: { kind: 'error', name: error.name, message: error.message } });
    for (const waiter of this.waiting.splice(0)) waiter.reject(error);
  }
}
