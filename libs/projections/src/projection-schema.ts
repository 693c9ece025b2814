import type Database from 'better-sqlite3';
import type { Projection } from './projection';
import type { CheckpointRow, CheckpointTable } from './checkpoint-table';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED_TABLE = 'projection_checkpoints';

/** Refuses a set of projections that would trample each other's tables or checkpoints. */
export function assertDistinct(projections: readonly Projection[]): void {
  if (projections.length === 0)
    throw new Error('A projection runner needs at least one projection');
  const names = new Set<string>();
  const owners = new Map<string, string>();
  for (const projection of projections) {
    if (names.has(projection.name)) throw new Error(`Two projections are named ${projection.name}`);
    names.add(projection.name);
    for (const table of projection.tables) {
      if (!IDENTIFIER.test(table) || table === RESERVED_TABLE)
        throw new Error(`Projection ${projection.name}: invalid table name ${table}`);
      const owner = owners.get(table);
      if (owner !== undefined)
        throw new Error(`Table ${table} belongs to both ${owner} and ${projection.name}`);
      owners.set(table, projection.name);
    }
  }
}

/** Drops the projection's tables, creates them afresh and puts its checkpoint back to the start. */
export function resetProjection(
  db: Database.Database,
  checkpoints: CheckpointTable,
  projection: Projection,
): CheckpointRow {
  for (const table of projection.tables) db.exec(`DROP TABLE IF EXISTS "${table}"`);
  projection.setup(db);
  const row: CheckpointRow = {
    name: projection.name,
    version: projection.version,
    position: 0,
    eventId: null,
  };
  checkpoints.save(row);
  return row;
}

/**
 * Brings every projection's tables to its current version: a projection that is new, or whose
 * version changed, starts from scratch; the others keep their tables and checkpoint.
 */
export function prepareProjections(
  db: Database.Database,
  checkpoints: CheckpointTable,
  projections: readonly Projection[],
): Map<string, CheckpointRow> {
  const stored = checkpoints.all();
  const rows = new Map<string, CheckpointRow>();
  db.transaction(() => {
    for (const projection of projections) {
      const row = stored.get(projection.name);
      if (row !== undefined && row.version === projection.version) {
        projection.setup(db);
        rows.set(projection.name, row);
      } else {
        rows.set(projection.name, resetProjection(db, checkpoints, projection));
      }
    }
  })();
  return rows;
}
