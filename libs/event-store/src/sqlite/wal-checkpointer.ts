import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

const WORKER_FILE = join(__dirname, 'wal-checkpointer.worker.cjs');

/** SQLite's default: checkpoint when a commit leaves the WAL over this many pages. */
const AUTOCHECKPOINT_PAGES = 1000;

export interface WalCheckpointerOptions {
  /** How often the thread checkpoints. */
  intervalMs: number;
  onError: (error: unknown) => void;
}

/**
 * Checkpoints a SQLite file's WAL in a worker thread (wal-checkpointer.worker.cjs) instead of
 * inside the commits of the connection that writes it. SQLite's automatic checkpoint runs in the
 * commit that crosses its threshold: that commit copies the pages into the database file and
 * syncs it, and everything waiting for that commit waits for the copy too (a read-model commit
 * that answers are waiting on, an append that commands are waiting on).
 *
 * Two ways to use it: `start(db)` for a connection on this thread, which stops checkpointing on
 * its commits while the thread runs and starts again should the thread fail to start or die
 * (the read models); `startForFile(filename)` beside a writer on another thread, which keeps its
 * own, higher, automatic checkpoint as the bound on the WAL should this thread stop (the event
 * store's writer thread: it then finds the pages already copied, and its checkpoint is short).
 */
export class WalCheckpointer {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;
  private closing = false;

  private constructor(
    filename: string,
    { intervalMs, onError }: WalCheckpointerOptions,
    /** The writing connection on this thread whose automatic checkpoint this one replaces. */
    private readonly db?: Database.Database,
  ) {
    this.worker = new Worker(WORKER_FILE, { workerData: { filename, intervalMs } });
    this.worker.on('message', (message: { type: string; message?: string }) => {
      // A file closed under the runner (without stop()) is no longer ours to configure.
      if (message.type === 'started' && !this.closing && this.db?.open)
        this.db.pragma('wal_autocheckpoint = 0');
      if (message.type === 'failed')
        onError(new Error(`WAL checkpoint failed: ${message.message}`));
    });
    this.worker.on('error', (error) => onError(error));
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', () => {
        this.checkpointOnCommit();
        resolve();
      }),
    );
    // A checkpointer does not keep the process alive. After the listeners: adding a 'message'
    // listener refs the thread again.
    this.worker.unref();
  }

  /** Starts one for a file in WAL mode; undefined for an in-memory database, which has no WAL. */
  static start(
    db: Database.Database,
    options: WalCheckpointerOptions,
  ): WalCheckpointer | undefined {
    if (db.memory || db.pragma('journal_mode', { simple: true }) !== 'wal') return undefined;
    return new WalCheckpointer(db.name, options, db);
  }

  /** Starts one for a file in WAL mode that a connection elsewhere writes. */
  static startForFile(filename: string, options: WalCheckpointerOptions): WalCheckpointer {
    return new WalCheckpointer(filename, options);
  }

  /** Stops the thread; a connection given to start() checkpoints by itself again (and at close). */
  async stop(): Promise<void> {
    this.closing = true;
    this.checkpointOnCommit();
    // Kept alive until it has closed its connection.
    this.worker.ref();
    this.worker.postMessage({ type: 'close' });
    await this.exited;
  }

  private checkpointOnCommit(): void {
    if (this.db?.open) this.db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  }
}
