import type { ReadModelDb } from '@satupintu/projections';

export const ANALYTICS_TABLES = [
  'analytics_cases',
  'analytics_sla',
  'analytics_stays',
  'analytics_stay_blocks',
  'analytics_throughput',
  'analytics_holidays',
  'analytics_meta',
] as const;

/**
 * The supervisors' read models. Every figure the analytics endpoints show is read from these
 * tables through an index, or from small per-day counters, never by scanning cases:
 * - `analytics_cases`: one narrow row per case, the part every event touches: where it is, since
 *   when, and which official's initials or signature it waits for (`wait_post`, since when).
 *   Open cases have index entries for work in progress; waiting ones for the waits per official.
 * - `analytics_sla`: the SLA clock per case, touched only when it starts, pauses, resumes or
 *   stops. `due_ms` is set while the clock runs, so breaches and files due soon are index ranges.
 * - `analytics_stays`: every finished stay in a state (how long the case was there), keyed by
 *   the WITA day it ended, with its duration bucket: exact figures for a period are a key range.
 * - `analytics_stay_blocks`: the same stays rolled up per day, dekad, month and year into a duration
 *   histogram (one BLOB, see bucket-histogram.ts) with the exact count, total and maximum, in two
 *   details: per state (`detail = 'state'`, service and sub-division '*') for the overview, and
 *   per state, service and sub-division (`'full'`) for breakdowns and filters. A year costs a few
 *   dozen blocks of a dozen rows each, not a year of stays (see stay-recorder.ts).
 * - `analytics_throughput`: counters per WITA day and service.
 * - `analytics_holidays`: the office's holidays, as the calendar events set them (the SLA clock's
 *   own copy, so this projection depends on no other).
 */
export function setupAnalyticsTables(db: ReadModelDb): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS analytics_cases (
      case_id TEXT PRIMARY KEY,
      revision INTEGER NOT NULL,
      service_code TEXT NOT NULL,
      subdivision TEXT NOT NULL,
      state TEXT NOT NULL,
      since_ms INTEGER NOT NULL,
      final INTEGER NOT NULL,
      initials_chain TEXT NOT NULL,
      signer TEXT,
      chain_index INTEGER NOT NULL,
      wait_post TEXT,
      wait_since_ms INTEGER,
      wait_revision INTEGER
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS analytics_cases_open
      ON analytics_cases (state, service_code, subdivision, since_ms) WHERE final = 0;
    CREATE INDEX IF NOT EXISTS analytics_cases_waiting
      ON analytics_cases (wait_post, wait_since_ms) WHERE wait_post IS NOT NULL;

    CREATE TABLE IF NOT EXISTS analytics_sla (
      case_id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      service_code TEXT NOT NULL,
      agenda_number TEXT,
      received_ms INTEGER NOT NULL,
      sla_working_days INTEGER NOT NULL,
      returned_periods TEXT NOT NULL,
      paused_since_ms INTEGER,
      due_ms INTEGER,
      stopped_ms INTEGER,
      late INTEGER
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS analytics_sla_due ON analytics_sla (due_ms, service_code) WHERE due_ms IS NOT NULL;
    CREATE INDEX IF NOT EXISTS analytics_sla_paused
      ON analytics_sla (paused_since_ms, service_code) WHERE paused_since_ms IS NOT NULL;

    CREATE TABLE IF NOT EXISTS analytics_stays (
      day INTEGER NOT NULL,
      state TEXT NOT NULL,
      service_code TEXT NOT NULL,
      subdivision TEXT NOT NULL,
      bucket INTEGER NOT NULL,
      duration_ms INTEGER NOT NULL,
      position INTEGER NOT NULL,
      PRIMARY KEY (day, state, service_code, subdivision, bucket, duration_ms, position)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE IF NOT EXISTS analytics_stay_blocks (
      grain TEXT NOT NULL,
      detail TEXT NOT NULL,
      block_start INTEGER NOT NULL,
      state TEXT NOT NULL,
      service_code TEXT NOT NULL,
      subdivision TEXT NOT NULL,
      n INTEGER NOT NULL,
      total_ms INTEGER NOT NULL,
      max_ms INTEGER NOT NULL,
      first_bucket INTEGER NOT NULL,
      counts BLOB NOT NULL,
      PRIMARY KEY (grain, detail, block_start, state, service_code, subdivision)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE IF NOT EXISTS analytics_throughput (
      day INTEGER NOT NULL,
      service_code TEXT NOT NULL,
      received INTEGER NOT NULL DEFAULT 0,
      completed INTEGER NOT NULL DEFAULT 0,
      completed_late INTEGER NOT NULL DEFAULT 0,
      returned INTEGER NOT NULL DEFAULT 0,
      expired INTEGER NOT NULL DEFAULT 0,
      withdrawn INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (day, service_code)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE IF NOT EXISTS analytics_holidays (
      date TEXT PRIMARY KEY,
      year INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE IF NOT EXISTS analytics_meta (
      key TEXT PRIMARY KEY,
      value INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID;
  `);
}
