// @ts-check
'use strict';

/**
 * The writer thread of a SqliteEventStore on a file: its own connection commits the batches the
 * main thread sends, so the main thread keeps deciding commands while the disk syncs. Messages
 * are answered in the order they came. Protocol and types: writer-thread.ts.
 */
const { BroadcastChannel, parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
const { createBatchCommitter, describeError } = require('./append-batch.cjs');
const { decodeBatch, encodeOutcomes } = require('./batch-codec.cjs');

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
const { filename, pragmas, uncommitted, commitSignal } = /** @type {{ filename: string; pragmas: string[]; uncommitted: Int32Array; commitSignal?: { channel: string; sender: string } }} */ (workerData);

// Other stores on this file in this process (e.g. a projection thread's) hear each commit at once;
// telling them from here costs the main thread nothing.
const signal = commitSignal ? new BroadcastChannel(commitSignal.channel) : undefined;
signal?.unref();

/** @type {import('better-sqlite3').Database | undefined} */
let db;
/** @type {import('./append-batch.cjs').BatchCommitter | undefined} */
let committer;
/** @type {import('./append-batch.cjs').AppendErrorDescription | undefined} */
let openFailure;
try {
  // The main thread created the file and its schema before starting this thread.
  db = new Database(filename, { fileMustExist: true });
  for (const pragma of pragmas) db.pragma(pragma);
  committer = createBatchCommitter(db);
} catch (error) {
  openFailure = describeError(error);
}

port.postMessage({
  type: 'opened',
  failure: openFailure,
  settings: db && committer ? { journalMode: db.pragma('journal_mode', { simple: true }), synchronous: db.pragma('synchronous', { simple: true }) } : undefined,
});

port.on('message', (/** @type {{ type: 'commit'; batch: import('./batch-codec.cjs').EncodedBatch; recordedAt: string } | { type: 'close' }} */ message) => {
  if (message.type === 'close') {
    db?.close();
    signal?.close();
    port.close();
    return;
  }
  const reply = commit(decodeBatch(message.batch), message.recordedAt);
  // Counted down before the reply: the main thread may hand over the next batch at once.
  Atomics.sub(uncommitted, 0, 1);
  // The results' buffer is moved, not copied.
  if (reply.type === 'committed') port.postMessage(reply, [/** @type {ArrayBuffer} */ (reply.outcomes.results.buffer)]);
  else port.postMessage(reply);
});

/**
 * @param {import('./append-batch.cjs').PendingAppend[]} batch
 * @param {string} recordedAt
 */
function commit(batch, recordedAt) {
  if (!committer) return { type: /** @type {const} */ ('failed'), error: openFailure };
  try {
    const outcomes = committer.commit(batch, recordedAt);
    if (signal && commitSignal && outcomes.some((outcome) => outcome.ok)) signal.postMessage(commitSignal.sender);
    return { type: /** @type {const} */ ('committed'), outcomes: encodeOutcomes(outcomes) };
  } catch (error) {
    return { type: /** @type {const} */ ('failed'), error: describeError(error) };
  }
}
