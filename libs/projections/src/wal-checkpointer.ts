import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

const WORKER_FILE = join(__dirname, 'wal-checkpointer.worker.cjs');

/** SQLite's default: checkpoint when a commit leaves the WAL over this many pages. */
const AUTOCHECKPOINT_PAGES = 1000;

/**
 * Checkpoints the read-model file's WAL in a worker thread (wal-checkpointer.worker.cjs) instead
 * of inside the runner's commits. SQLite's automatic checkpoint ran in the commit that crossed
 * 1,000 pages of WAL: that commit copied the pages into the database file and synced it twice,
 * on the event loop every command's answer waits on. The runner's connection stops checkpointing
 * while the thread runs; should the thread fail to start or die, it checkpoints by itself again,
 * so the WAL never grows without bound.
 */
export class WalCheckpointer {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;
  private closing = false;

  private constructor(
    private readonly db: Database.Database,
    intervalMs: number,
    onError: (error: unknown) => void,
  ) {
    this.worker = new Worker(WORKER_FILE, { workerData: { filename: db.name, intervalMs } });
    // An idle checkpointer does not keep the process alive.
    this.worker.unref();
    this.worker.on('message', (message: { type: string; message?: string }) => {
      // A file closed under the runner (without stop()) is no longer ours to configure.
      if (message.type === 'started' && !this.closing && this.db.open)
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
  }

  /** Starts one for a file in WAL mode; undefined for an in-memory database, which has no WAL. */
  static start(
    db: Database.Database,
    options: { intervalMs: number; onError: (error: unknown) => void },
  ): WalCheckpointer | undefined {
    if (db.memory || db.pragma('journal_mode', { simple: true }) !== 'wal') return undefined;
    return new WalCheckpointer(db, options.intervalMs, options.onError);
  }

  /** Stops the thread; the runner's connection checkpoints by itself again (and at close). */
  async stop(): Promise<void> {
    this.closing = true;
    this.checkpointOnCommit();
    // Kept alive until it has closed its connection.
    this.worker.ref();
    this.worker.postMessage({ type: 'close' });
    await this.exited;
  }

  private checkpointOnCommit(): void {
    if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  }
}
