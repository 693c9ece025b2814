import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A prepared statement, prepared once per connection. Preparing costs far more than running,
 * and apply() runs for every event. Statements survive a rebuild's DROP/CREATE: SQLite
 * re-prepares a statement whose schema changed.
 */
export function prepared<BindParameters extends unknown[] | object = unknown[], Result = unknown>(
  db: Database.Database,
  sql: string,
): Database.Statement<BindParameters, Result> {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (statement === undefined) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement as unknown as Database.Statement<BindParameters, Result>;
}
