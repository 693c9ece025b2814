import type { Database } from 'better-sqlite3';
import type { RecordedEvent } from '../port';

/** An `events` row as better-sqlite3 returns it. */
export interface EventRow {
  position: number;
  stream_id: string;
  revision: number;
  event_id: string;
  type: string;
  data: string;
  metadata: string;
  recorded_at: string;
}

const COLUMNS = 'position, stream_id, revision, event_id, type, data, metadata, recorded_at';

/** The statements the adapter reads with, prepared once per connection (the writes are in append-batch.cjs). */
export interface EventStatements {
  readStreamForwards(streamId: string, fromRevision: number, limit: number): EventRow[];
  readStreamBackwards(streamId: string, fromRevision: number, limit: number): EventRow[];
  readAllAfter(after: number, limit: number): EventRow[];
  /** Position of the last event; 0 for an empty store. */
  headPosition(): number;
}

export function prepareEventStatements(db: Database): EventStatements {
  const forwards = db.prepare<[string, number, number], EventRow>(
    `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`,
  );
  const backwards = db.prepare<[string, number, number], EventRow>(
    `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
  );
  const allAfter = db.prepare<[number, number], EventRow>(`SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position ASC LIMIT ?`);
  const head = db.prepare<[], number>('SELECT COALESCE(MAX(position), 0) FROM events').pluck();

  return {
    readStreamForwards: (streamId, fromRevision, limit) => forwards.all(streamId, fromRevision, sqlLimit(limit)),
    readStreamBackwards: (streamId, fromRevision, limit) => backwards.all(streamId, fromRevision, sqlLimit(limit)),
    readAllAfter: (after, limit) => allAfter.all(after, sqlLimit(limit)),
    headPosition: () => head.get() ?? 0,
  };
}

/** SQLite reads a negative LIMIT as "no limit". */
function sqlLimit(limit: number): number {
  return Number.isFinite(limit) ? limit : -1;
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    streamId: row.stream_id,
    revision: row.revision,
    position: row.position,
    id: row.event_id,
    type: row.type,
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata),
    recordedAt: row.recorded_at,
  };
}
