import type { Statement } from 'better-sqlite3';
import type { LogEvent } from '../log/log-event';
import { BatchedWrites, TempDatabase } from './temp-database';

interface SpooledRow {
  stream_id: string;
  revision: number;
  position: number;
  event: string;
}

export interface SpooledTrace {
  caseId: string;
  events: LogEvent[];
}

/**
 * Regroups a log read in global order into one trace per case without holding it in memory:
 * events go to a temporary SQLite file and come back sorted by case and revision, a page at a time.
 */
export class TraceSpool {
  private readonly temp: TempDatabase;
  private readonly insert: Statement<[string, number, number, string]>;
  private readonly writes: BatchedWrites;
  private count = 0;

  constructor(parentDir?: string) {
    this.temp = new TempDatabase(parentDir);
    this.temp.db.exec(
      'CREATE TABLE events (stream_id TEXT NOT NULL, revision INTEGER NOT NULL, position INTEGER NOT NULL, event TEXT NOT NULL)',
    );
    this.insert = this.temp.db.prepare('INSERT INTO events VALUES (?, ?, ?, ?)');
    this.writes = new BatchedWrites(this.temp.db);
  }

  add(event: LogEvent): void {
    this.writes.write(() =>
      this.insert.run(event.streamId, event.revision, event.position, JSON.stringify(event)),
    );
    this.count += 1;
  }

  get size(): number {
    return this.count;
  }

  /** The cases with their events in revision order; call once, after the last `add`. */
  async *traces(pageSize = 1000): AsyncGenerator<SpooledTrace> {
    this.writes.commit();
    const db = this.temp.db;
    db.exec('CREATE INDEX events_by_case ON events (stream_id, revision, position)');
    const page = db.prepare<[string, number, number, number], SpooledRow>(
      `SELECT stream_id, revision, position, event FROM events
       WHERE (stream_id, revision, position) > (?, ?, ?)
       ORDER BY stream_id, revision, position LIMIT ?`,
    );
    let current: SpooledTrace | undefined;
    let cursor: [string, number, number] = ['', -1, -1];
    for (;;) {
      const rows = page.all(...cursor, pageSize);
      for (const row of rows) {
        if (current && current.caseId !== row.stream_id) {
          yield current;
          current = undefined;
        }
        current ??= { caseId: row.stream_id, events: [] };
        current.events.push(JSON.parse(row.event) as LogEvent);
      }
      if (rows.length < pageSize) break;
      const last = rows[rows.length - 1];
      cursor = [last.stream_id, last.revision, last.position];
    }
    if (current) yield current;
  }

  close(): void {
    this.temp.close();
  }
}
