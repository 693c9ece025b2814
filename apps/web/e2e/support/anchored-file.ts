import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** A file of at least `minSteps` steps whose events are not the log's newest (cutting those would break the app itself, not just the file). */
export function fileWithSteps(dataDir: string, minSteps: number, except: string): { id: string; last: number } {
  const db = new Database(join(dataDir, 'events.sqlite'), { readonly: true });
  try {
    const row = db
      .prepare(
        `SELECT stream_id AS id, MAX(revision) AS last FROM events
         WHERE stream_id LIKE 'berkas-%' AND stream_id != ?
         GROUP BY stream_id
         HAVING MAX(revision) >= ? AND MAX(position) < (SELECT MAX(position) FROM events)
         ORDER BY MIN(position) LIMIT 1`,
      )
      .get(except, minSteps - 1) as { id: string; last: number } | undefined;
    if (row === undefined) throw new Error(`no file of ${minSteps} steps in ${dataDir}`);
    return row;
  } finally {
    db.close();
  }
}

/** Waits until the server's anchor ledger (which it keeps in the background) has seen the stream up to `revision`. */
export async function untilAnchored(dataDir: string, streamId: string, revision: number, timeoutMs = 20_000): Promise<void> {
  const file = join(dataDir, 'anchors.sqlite');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (existsSync(file)) {
      const db = new Database(file, { readonly: true });
      try {
        const row = db.prepare('SELECT MAX(revision) AS head FROM anchors WHERE stream_id = ?').get(streamId) as { head: number | null };
        if ((row.head ?? -1) >= revision) return;
      } finally {
        db.close();
      }
    }
    if (Date.now() > deadline) throw new Error(`${streamId} not anchored up to ${revision} in time`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
