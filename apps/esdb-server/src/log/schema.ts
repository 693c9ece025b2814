import type { Database } from 'better-sqlite3';

/**
 * One table, the log. `position` is the rowid alias: assigned max+1 inside the single write
 * transaction SQLite allows, so positions grow in commit order and a reader that reads
 * "after a position" never misses a late commit. UNIQUE(stream, revision) finds a stream's
 * last revision; event ids are indexed for EventStoreDB's idempotent retries (an id may
 * appear in several streams, unlike in the embedded SQLite event store).
 */
const CREATE_RECORDS = `
  CREATE TABLE IF NOT EXISTS records (
    position     INTEGER PRIMARY KEY,
    stream       TEXT    NOT NULL,
    revision     INTEGER NOT NULL,
    event_id     TEXT    NOT NULL,
    type         TEXT    NOT NULL,
    content_type TEXT    NOT NULL,
    data         BLOB    NOT NULL,
    metadata     BLOB    NOT NULL,
    created_ms   INTEGER NOT NULL,
    UNIQUE (stream, revision)
  );
  CREATE INDEX IF NOT EXISTS records_by_event_id ON records (event_id);`;

export function createSchema(db: Database): void {
  db.exec(CREATE_RECORDS);
}
