import type Database from 'better-sqlite3';

/** Where a projection stands: the last global position applied and the id of that event. */
export interface CheckpointRow {
  name: string;
  version: number;
  position: number;
  /** Id of the event at `position`; null before the first. Tells whether the file belongs to the store. */
  eventId: string | null;
}

interface StoredRow {
  name: string;
  version: number;
  position: number;
  event_id: string | null;
}

/** The `projection_checkpoints` table: one row per projection, written in the same transaction as its tables. */
export class CheckpointTable {
  private readonly selectAll: Database.Statement<[], StoredRow>;
  private readonly upsert: Database.Statement<[string, number, number, string | null]>;
  private readonly remove: Database.Statement<[string]>;
  private readonly moveBehind: Database.Statement<[number, string, number, string]>;

  constructor(db: Database.Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS projection_checkpoints (
      name TEXT PRIMARY KEY,
      version INTEGER NOT NULL,
      position INTEGER NOT NULL,
      event_id TEXT
    ) STRICT`);
    this.selectAll = db.prepare(
      'SELECT name, version, position, event_id FROM projection_checkpoints',
    );
    this.upsert =
      db.prepare(`INSERT INTO projection_checkpoints (name, version, position, event_id) VALUES (?, ?, ?, ?)
      ON CONFLICT (name) DO UPDATE SET version = excluded.version, position = excluded.position, event_id = excluded.event_id`);
    this.remove = db.prepare('DELETE FROM projection_checkpoints WHERE name = ?');
    this.moveBehind = db.prepare(`UPDATE projection_checkpoints SET position = ?, event_id = ?
      WHERE position < ? AND name IN (SELECT value FROM json_each(?))`);
  }

  all(): Map<string, CheckpointRow> {
    const rows = this.selectAll.all().map((row) => ({
      name: row.name,
      version: row.version,
      position: row.position,
      eventId: row.event_id,
    }));
    return new Map(rows.map((row) => [row.name, row]));
  }

  save(row: CheckpointRow): void {
    this.upsert.run(row.name, row.version, row.position, row.eventId);
  }

  /** Moves the named projections that are behind `position` to it (the others stay where they are). */
  advance(names: readonly string[], position: number, eventId: string): void {
    this.moveBehind.run(position, eventId, position, JSON.stringify(names));
  }

  delete(name: string): void {
    this.remove.run(name);
  }
}
