import type { ReadModelDb } from '@satupintu/projections';

export const TRACKING_TABLES = ['tracking', 'tracking_checklists'] as const;

/**
 * The public status of each case, with nothing personal in it: no name, NIP, phone, note or staff
 * member is ever written here, so no query can leak one. Checklists (for the names of missing
 * documents) are kept once per distinct list, not once per case.
 */
export function setupTrackingTables(db: ReadModelDb): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS tracking (
      case_id TEXT PRIMARY KEY,
      tracking_code TEXT NOT NULL,
      kind TEXT NOT NULL,
      revision INTEGER NOT NULL,
      service_code TEXT NOT NULL,
      service_name_id TEXT NOT NULL,
      service_name_en TEXT NOT NULL,
      state TEXT NOT NULL,
      received_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      checklist_key TEXT,
      missing_documents TEXT NOT NULL,
      steps TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS tracking_by_code ON tracking (tracking_code, received_at);

    CREATE TABLE IF NOT EXISTS tracking_checklists (
      checklist_key TEXT PRIMARY KEY,
      documents TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;
  `);
}
