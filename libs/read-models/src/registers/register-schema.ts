import type { ReadModelDb } from '@satupintu/projections';

export const REGISTER_TABLES = ['agenda_register', 'letter_register'] as const;

/**
 * The incoming agenda register and the outgoing letter register, each in number order within a
 * year (the index every page walks). The agenda row also keeps the case's service, which the
 * letter register needs when the letter is numbered.
 */
export function setupRegisterTables(db: ReadModelDb): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS agenda_register (
      agenda_number TEXT PRIMARY KEY,
      year INTEGER NOT NULL,
      received_at TEXT NOT NULL,
      case_id TEXT NOT NULL,
      service_code TEXT NOT NULL,
      service_name_id TEXT NOT NULL,
      service_name_en TEXT NOT NULL,
      classification_code TEXT,
      applicant_name TEXT
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS agenda_register_in_order ON agenda_register (year, agenda_number);
    CREATE INDEX IF NOT EXISTS agenda_register_by_case ON agenda_register (case_id);

    CREATE TABLE IF NOT EXISTS letter_register (
      letter_number TEXT PRIMARY KEY,
      year INTEGER NOT NULL,
      sequence INTEGER NOT NULL,
      letter_date TEXT NOT NULL,
      case_id TEXT NOT NULL,
      service_code TEXT NOT NULL,
      service_name_id TEXT NOT NULL,
      service_name_en TEXT NOT NULL,
      classification_code TEXT
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS letter_register_in_order ON letter_register (year, sequence, letter_number);
  `);
}
