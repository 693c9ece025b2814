import type { ReadModelDb } from '@satupintu/projections';

export const CASE_TABLES = ['cases', 'case_queue', 'case_state_counts', 'case_search'] as const;

/**
 * The case tables. Every list query walks one index in its sort order (created_at, id) and stops
 * after a page, so a page costs the same with a thousand cases or a million:
 * - `cases`: one row per case; indexes per filter (state, service, sub-division) and per lookup
 *   the search box does (tracking code, agenda number, NIP).
 * - `case_queue`: one row per way a case can be actionable (see queue-keys.ts); only cases someone
 *   must act on have rows, so queues stay small however long the history grows.
 * - `case_state_counts`: counters kept as events arrive, so counting needs no scan.
 * - `case_search`: applicants' names for word-prefix search (FTS5, rowid = cases.position).
 */
export function setupCaseTables(db: ReadModelDb): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS cases (
      position INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL,
      revision INTEGER NOT NULL,
      state TEXT NOT NULL,
      tracking_code TEXT,
      agenda_number TEXT,
      service_code TEXT NOT NULL,
      service_name_id TEXT NOT NULL,
      service_name_en TEXT NOT NULL,
      catalogue_version INTEGER,
      applicant_nip TEXT,
      applicant_name TEXT,
      applicant_phone TEXT,
      subdivision TEXT,
      initials_chain TEXT NOT NULL,
      chain_index INTEGER NOT NULL,
      signer TEXT,
      classification_code TEXT,
      checklist TEXT NOT NULL,
      submitted_documents TEXT NOT NULL,
      missing_documents TEXT NOT NULL,
      letter_number TEXT,
      letter_date TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      received_at TEXT NOT NULL,
      returned_at TEXT,
      returned_ms INTEGER NOT NULL,
      returned_periods TEXT NOT NULL,
      ready_at TEXT,
      closed_at TEXT,
      sla_working_days INTEGER NOT NULL,
      waiting_on TEXT
    ) STRICT;
    CREATE INDEX IF NOT EXISTS cases_by_created ON cases (created_at, id);
    CREATE INDEX IF NOT EXISTS cases_by_state ON cases (state, created_at, id);
    CREATE INDEX IF NOT EXISTS cases_by_service ON cases (service_code, created_at, id);
    CREATE INDEX IF NOT EXISTS cases_by_subdivision ON cases (subdivision, created_at, id);
    CREATE INDEX IF NOT EXISTS cases_by_tracking_code ON cases (tracking_code);
    CREATE INDEX IF NOT EXISTS cases_by_agenda_number ON cases (agenda_number);
    CREATE INDEX IF NOT EXISTS cases_by_nip ON cases (applicant_nip);

    CREATE TABLE IF NOT EXISTS case_queue (
      queue_key TEXT NOT NULL,
      created_at TEXT NOT NULL,
      case_id TEXT NOT NULL,
      PRIMARY KEY (queue_key, created_at, case_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE IF NOT EXISTS case_state_counts (
      kind TEXT NOT NULL,
      state TEXT NOT NULL,
      count INTEGER NOT NULL,
      PRIMARY KEY (kind, state)
    ) STRICT, WITHOUT ROWID;

    CREATE VIRTUAL TABLE IF NOT EXISTS case_search USING fts5(
      applicant_name,
      content = '',
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3'
    );
  `);
}
