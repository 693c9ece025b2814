// @ts-check
'use strict';

/**
 * A SQLite file's WAL checkpointer (see wal-checkpointer.ts): a connection of its own copies the
 * pages another connection committed from the WAL into the database file, and syncs it, at
 * intervals, so neither the copying nor the fsync holds up that connection's commits.
 */
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
const { filename, intervalMs } = /** @type {{ filename: string; intervalMs: number }} */ (workerData);

const db = new Database(filename, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
// This connection never checkpoints on its own commits: it commits nothing.
db.pragma('wal_autocheckpoint = 0');

function checkpoint() {
  try {
    // PASSIVE: copies what no reader still needs, never waits for the runner's transactions.
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    port.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

const timer = setInterval(checkpoint, intervalMs);
port.on('message', (/** @type {{ type: 'close' }} */ message) => {
  if (message.type !== 'close') return;
  clearInterval(timer);
  db.close();
  port.close();
});
port.postMessage({ type: 'started' });
