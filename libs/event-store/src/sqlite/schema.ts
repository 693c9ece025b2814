import type { Database } from 'better-sqlite3';

/**
 * One table. `position` is the rowid alias, so it is assigned max+1 inside the single
 * write transaction SQLite allows at a time: positions grow in commit order, which is what
 * lets subscriptions read "after a checkpoint" without ever skipping a late commit.
 * UNIQUE(stream_id, revision) doubles as the index that finds a stream's current revision
 * (the last entry of the stream in that index), so no separate streams table is needed.
 */
const CREATE_EVENTS_TABLE = `
  CREATE TABLE IF NOT EXISTS events (
    position    INTEGER PRIMARY KEY,
    stream_id   TEXT    NOT NULL,
    revision    INTEGER NOT NULL,
    event_id    TEXT    NOT NULL UNIQUE,
    type        TEXT    NOT NULL,
    data        TEXT    NOT NULL,
    metadata    TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    UNIQUE (stream_id, revision)
  )`;

export interface DurabilityPragmas {
  busyTimeoutMs: number;
}

/**
 * WAL with synchronous=FULL syncs the WAL at every commit, so a committed transaction
 * survives power loss; that is the point at which an append may be acknowledged.
 * The busy timeout makes a second process wait for the write lock instead of failing.
 * Every connection gets these, the writer thread's included (better-sqlite3's own default
 * in WAL mode would be synchronous=NORMAL, which may lose the last commits on power loss).
 */
export function durabilityPragmas({ busyTimeoutMs }: DurabilityPragmas): string[] {
  return ['journal_mode = WAL', 'synchronous = FULL', `busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`];
}

export function applyDurabilityPragmas(db: Database, settings: DurabilityPragmas): void {
  for (const pragma of durabilityPragmas(settings)) db.pragma(pragma);
}

export function createSchema(db: Database): void {
  db.exec(CREATE_EVENTS_TABLE);
}
