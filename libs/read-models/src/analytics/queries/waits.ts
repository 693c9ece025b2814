import { prepared, type ReadModelDb } from '@satupintu/projections';

/** A file waiting for an official's initials or signature. */
export interface WaitingFile {
  caseId: string;
  agendaNumber: string | null;
  serviceCode: string;
  state: string;
  sinceMs: number;
  /** Names this wait (the revision of the event that started it). */
  waitRevision: number;
}

/** The files waiting on one post, oldest first. */
export interface PostWaits {
  post: string;
  count: number;
  oldestSinceMs: number;
  /** The longest-waiting files, oldest first, up to the limit asked for. */
  files: WaitingFile[];
}

export interface WaitingFileRow {
  case_id: string;
  agenda_number: string | null;
  service_code: string;
  state: string;
  wait_since_ms: number;
  wait_revision: number;
}

export const toWaitingFile = (row: WaitingFileRow): WaitingFile => ({
  caseId: row.case_id,
  agendaNumber: row.agenda_number,
  serviceCode: row.service_code,
  state: row.state,
  sinceMs: row.wait_since_ms,
  waitRevision: row.wait_revision,
});

/**
 * Per post whose initials or signature files wait for: how many, since when, and the oldest
 * files; the post waited on longest first. Read from the partial index of waiting cases.
 */
export function waitsPerPost(
  db: ReadModelDb,
  options: { filesPerPost?: number } = {},
): PostWaits[] {
  const posts = prepared<[], { post: string; n: number; oldest: number }>(
    db,
    `SELECT wait_post AS post, count(*) AS n, min(wait_since_ms) AS oldest FROM analytics_cases
     WHERE wait_post IS NOT NULL GROUP BY wait_post`,
  ).all();
  const files = prepared<[string, number], WaitingFileRow>(
    db,
    `SELECT c.case_id, s.agenda_number, c.service_code, c.state, c.wait_since_ms, c.wait_revision
     FROM analytics_cases c LEFT JOIN analytics_sla s ON s.case_id = c.case_id
     WHERE c.wait_post = ? ORDER BY c.wait_since_ms, c.case_id LIMIT ?`,
  );
  return posts
    .map((p) => ({
      post: p.post,
      count: p.n,
      oldestSinceMs: p.oldest,
      files: files.all(p.post, options.filesPerPost ?? 10).map(toWaitingFile),
    }))
    .sort((a, b) => a.oldestSinceMs - b.oldestSinceMs || a.post.localeCompare(b.post));
}
