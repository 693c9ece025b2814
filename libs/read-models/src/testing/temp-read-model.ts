import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { RecordedEvent } from '@satupintu/event-store';
import type { Projection, ReadModelDb } from '@satupintu/projections';

/** A read-model database in a real SQLite file of its own, with the projections' tables set up. */
export interface TempReadModel {
  db: ReadModelDb;
  file: string;
  /** Applies events as the runner does: each in its own transaction, to the projections that want it. */
  apply(events: readonly RecordedEvent[]): void;
  remove(): void;
}

export function tempReadModel(projections: readonly Projection[]): TempReadModel {
  const dir = mkdtempSync(join(tmpdir(), 'satupintu-read-models-'));
  const file = join(dir, 'read-models.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  for (const projection of projections) projection.setup(db);
  const applyOne = db.transaction((event: RecordedEvent) => {
    for (const projection of projections) {
      const wanted = projection.streamPrefixes?.some((prefix) => event.streamId.startsWith(prefix)) ?? true;
      if (wanted) projection.apply(db, event);
    }
  });
  return {
    db,
    file,
    apply: (events) => events.forEach((event) => applyOne(event)),
    remove: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
