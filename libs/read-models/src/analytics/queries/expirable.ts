import { prepared, type ReadModelDb } from '@satupintu/projections';

/** A file with the applicant (returned) since `returnedAtMs`. */
export interface ReturnedFile {
  caseId: string;
  returnedAtMs: number;
}

/** Files returned at or before `returnedByMs`, longest away first, at most `limit`. */
export function returnedSince(
  db: ReadModelDb,
  returnedByMs: number,
  limit: number,
): ReturnedFile[] {
  return prepared<[number, number], { case_id: string; paused_since_ms: number }>(
    db,
    `SELECT case_id, paused_since_ms FROM analytics_sla
     WHERE paused_since_ms IS NOT NULL AND paused_since_ms <= ? ORDER BY paused_since_ms, case_id LIMIT ?`,
  )
    .all(returnedByMs, limit)
    .map((row) => ({ caseId: row.case_id, returnedAtMs: row.paused_since_ms }));
}
