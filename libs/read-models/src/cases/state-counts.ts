import { prepared, type ReadModelDb } from '@satupintu/projections';
import type { CaseRecord } from './case-record';

/** Keeps the per-state counters in step: one case leaves its old state and enters the new one. */
export function updateStateCounts(db: ReadModelDb, before: CaseRecord | undefined, after: CaseRecord): void {
  if (before?.state === after.state) return;
  const add = prepared<[string, string, number]>(
    db,
    `INSERT INTO case_state_counts (kind, state, count) VALUES (?, ?, ?)
     ON CONFLICT (kind, state) DO UPDATE SET count = count + excluded.count`,
  );
  if (before) add.run(before.kind, before.state, -1);
  add.run(after.kind, after.state, 1);
}
