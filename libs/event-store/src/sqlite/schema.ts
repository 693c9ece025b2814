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

/**
 * WAL frames the writer lets gather before it copies them back into the database (SQLite's
 * default is 1,000 pages, 4 MB). Every checkpoint copies each page changed since the last one;
 * the events' indexes take inserts all over, so the same index pages change again and again
 * between checkpoints, and fewer checkpoints copy them fewer times (about 15 % of the writer's
 * CPU per append here). The WAL may grow to about 40 MB before a checkpoint; recovery reads it.
 */
const WRITER_AUTOCHECKPOINT_PAGES = 10_000;

/** The pragmas of the connection that commits (the writer thread's): the durability pragmas, and its checkpoint interval. */
export function writerPragmas(settings: DurabilityPragmas): string[] {
  return [...durabilityPragmas(settings), `wal_autocheckpoint = ${WRITER_AUTOCHECKPOINT_PAGES}`];
}

export function applyDurabilityPragmas(db: Database, settings: DurabilityPragmas): void {
  for (const pragma of durabilityPragmas(settings)) db.pragma(pragma);
}

export function createSchema(db: Database): void {
  db.exec(CREATE_EVENTS_TABLE);
}
