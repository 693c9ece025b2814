import type { Database } from 'better-sqlite3';
import type { LogRecord } from './records';

interface RecordRow {
  position: number;
  stream: string;
  revision: number;
  event_id: string;
  type: string;
  content_type: string;
  data: Buffer;
  metadata: Buffer;
  created_ms: number;
}

export interface RecordInsert {
  position: number;
  stream: string;
  revision: number;
  eventId: string;
  type: string;
  contentType: string;
  data: Buffer;
  metadata: Buffer;
  createdMs: number;
}

/** Every statement the log runs, prepared once. Limits are row counts; Infinity means none. */
export interface RecordStatements {
  insert(record: RecordInsert): void;
  /** Whether a record starts at this position. */
  isRecordPosition(position: number): boolean;
  /** Where the next record goes: after the last one and its size, as in a transaction log. */
  nextPosition(): number;
  /** The last revision (>= 0) of a stream, or undefined. */
  lastRevision(stream: string): number | undefined;
  isTombstoned(stream: string): boolean;
  lastRecordOf(stream: string): LogRecord | undefined;
  byEventId(eventId: string): { stream: string; revision: number; position: number }[];
  streamForwards(
    stream: string,
    fromRevision: number,
    minCreatedMs: number,
    limit: number,
  ): LogRecord[];
  streamBackwards(
    stream: string,
    fromRevision: number,
    minRevision: number,
    minCreatedMs: number,
    limit: number,
  ): LogRecord[];
  allFrom(position: number, limit: number): LogRecord[];
  allBefore(position: number, limit: number): LogRecord[];
  lastPosition(): number;
}

const COLUMNS =
  'position, stream, revision, event_id, type, content_type, data, metadata, created_ms';

function toRecord(row: RecordRow): LogRecord {
  return {
    position: row.position,
    stream: row.stream,
    revision: row.revision,
    eventId: row.event_id,
    type: row.type,
    contentType: row.content_type,
    data: row.data,
    metadata: row.metadata,
    createdMs: row.created_ms,
  };
}

/**
 * Positions are offsets in a log, as EventStoreDB's are: a record's position is the previous
 * record's position plus its size, so positions are sparse and only some numbers are records.
 * The first record sits after a 128-byte header, like the first record of a chunk.
 */
const FIRST_POSITION = 128;
const RECORD_HEADER = 64;

/** SQLite reads a negative LIMIT as "no limit". */
const sqlLimit = (limit: number): number => (Number.isFinite(limit) ? limit : -1);

export function prepareRecordStatements(db: Database): RecordStatements {
  const insert = db.prepare<[RecordInsert]>(
    `INSERT INTO records (position, stream, revision, event_id, type, content_type, data, metadata, created_ms)
     VALUES (@position, @stream, @revision, @eventId, @type, @contentType, @data, @metadata, @createdMs)`,
  );
  const lastRevision = db
    .prepare<[string], number>(
      'SELECT revision FROM records WHERE stream = ? AND revision >= 0 ORDER BY revision DESC LIMIT 1',
    )
    .pluck();
  const tombstone = db
    .prepare<[string], number>('SELECT 1 FROM records WHERE stream = ? AND revision = -1')
    .pluck();
  const lastRecord = db.prepare<[string], RecordRow>(
    `SELECT ${COLUMNS} FROM records WHERE stream = ? AND revision >= 0 ORDER BY revision DESC LIMIT 1`,
  );
  const byEventId = db.prepare<[string], { stream: string; revision: number; position: number }>(
    'SELECT stream, revision, position FROM records WHERE event_id = ?',
  );
  const forwards = db.prepare<[string, number, number, number], RecordRow>(
    `SELECT ${COLUMNS} FROM records WHERE stream = ? AND revision >= ? AND created_ms >= ? ORDER BY revision ASC LIMIT ?`,
  );
  const backwards = db.prepare<[string, number, number, number, number], RecordRow>(
    `SELECT ${COLUMNS} FROM records WHERE stream = ? AND revision <= ? AND revision >= ? AND created_ms >= ? ORDER BY revision DESC LIMIT ?`,
  );
  const allFrom = db.prepare<[number, number], RecordRow>(
    `SELECT ${COLUMNS} FROM records WHERE position >= ? ORDER BY position ASC LIMIT ?`,
  );
  const allBefore = db.prepare<[number, number], RecordRow>(
    `SELECT ${COLUMNS} FROM records WHERE position < ? ORDER BY position DESC LIMIT ?`,
  );
  const lastPosition = db
    .prepare<[], number>('SELECT COALESCE(MAX(position), 0) FROM records')
    .pluck();
  const isRecordPosition = db
    .prepare<[number], number>('SELECT 1 FROM records WHERE position = ?')
    .pluck();
  const lastRecordSize = db.prepare<[], { position: number; size: number }>(
    `SELECT position, ${RECORD_HEADER} + length(CAST(stream AS BLOB)) + length(CAST(type AS BLOB)) + length(data) + length(metadata) AS size
     FROM records ORDER BY position DESC LIMIT 1`,
  );

  return {
    insert: (record) => void insert.run(record),
    isRecordPosition: (position) => isRecordPosition.get(position) !== undefined,
    nextPosition: () => {
      const last = lastRecordSize.get();
      return last === undefined ? FIRST_POSITION : last.position + last.size;
    },
    lastRevision: (stream) => lastRevision.get(stream),
    isTombstoned: (stream) => tombstone.get(stream) !== undefined,
    lastRecordOf: (stream) => {
      const row = lastRecord.get(stream);
      return row === undefined ? undefined : toRecord(row);
    },
    byEventId: (eventId) => byEventId.all(eventId),
    streamForwards: (stream, fromRevision, minCreatedMs, limit) =>
      forwards.all(stream, fromRevision, minCreatedMs, sqlLimit(limit)).map(toRecord),
    streamBackwards: (stream, fromRevision, minRevision, minCreatedMs, limit) =>
      backwards.all(stream, fromRevision, minRevision, minCreatedMs, sqlLimit(limit)).map(toRecord),
    allFrom: (position, limit) => allFrom.all(position, sqlLimit(limit)).map(toRecord),
    allBefore: (position, limit) => allBefore.all(position, sqlLimit(limit)).map(toRecord),
    lastPosition: () => lastPosition.get() ?? 0,
  };
}
