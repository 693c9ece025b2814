import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * A throw-away SQLite file in the temporary folder: where an export sorts and gathers what it
 * cannot hold in memory. Nothing here needs to survive a crash, so it skips the journal and syncs.
 */
export class TempDatabase {
  readonly db: Database.Database;
  private readonly dir: string;
  private closed = false;

  constructor(parentDir = tmpdir()) {
    mkdirSync(parentDir, { recursive: true });
    this.dir = mkdtempSync(join(parentDir, 'satupintu-export-'));
    this.db = new Database(join(this.dir, 'spool.sqlite'));
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
  }

  /** Closes the database and removes its folder; safe to call twice. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Groups writes into transactions of `size`: one commit per batch instead of per row. */
export class BatchedWrites {
  private pending = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly size = 2000,
  ) {}

  /** Runs a write inside the current batch, committing when the batch is full. */
  write(run: () => void): void {
    if (this.pending === 0) this.db.exec('BEGIN');
    run();
    this.pending += 1;
    if (this.pending >= this.size) this.commit();
  }

  commit(): void {
    if (this.pending === 0) return;
    this.db.exec('COMMIT');
    this.pending = 0;
  }
}
