import Database from 'better-sqlite3';

/**
 * How many events the embedded store holds, read from its file (its last position): the total of
 * a progress bar, nothing more. Undefined when it cannot be read; the bar then counts without one.
 */
export function storeHead(file: string): number | undefined {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.prepare<[], number>('SELECT COALESCE(MAX(position), 0) FROM events').pluck().get();
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}

/** How many events the embedded store holds up to a position (positions may be sparse): what a replay to it applied. */
export function storeEventCount(file: string, upTo: number): number | undefined {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db
        .prepare<[number], number>('SELECT COUNT(*) FROM events WHERE position <= ?')
        .pluck()
        .get(upTo);
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}
