import Database from 'better-sqlite3';

/**
 * Opens (or creates) the read-model file. WAL lets readers run beside the writer.
 * synchronous=NORMAL: a power cut may lose the last batches, but never half of one, and the
 * checkpoint rolls back with them, so the runner simply applies them again.
 */
export function openReadModelDatabase(filename: string): Database.Database {
  const db = new Database(filename);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
