// @ts-check
'use strict';

/**
 * SqliteEventStore's write path: one batch of appends in one IMMEDIATE transaction (one sync),
 * each append in its own savepoint. Plain JavaScript because it runs in the writer thread
 * (writer-thread.worker.cjs), which has no TypeScript loader: swc-node would cost the thread
 * ~0.7 s to start and @swc/core's native binding crashes the process when a thread that loaded
 * it ends. The main thread runs it too, for ':memory:' stores. Types: append-batch.d.cts.
 */
const { expectedRevisionHolds } = require('../shared/expected-revision-holds.cjs');

/** A single descent of the UNIQUE(stream_id, revision) index. */
const SELECT_CURRENT_REVISION = 'SELECT revision FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1';
const INSERT_EVENT =
  'INSERT INTO events (stream_id, revision, event_id, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)';

/** An append refused on its own (the rest of its batch goes on). */
class RefusedAppend extends Error {
  /** @param {import('./append-batch.cjs').AppendFailure} failure */
  constructor(failure) {
    super(failure.kind);
    this.failure = failure;
  }
}

/**
 * @param {import('better-sqlite3').Database} db a connection with the durability pragmas, on a file with the schema
 * @returns {import('./append-batch.cjs').BatchCommitter}
 */
function createBatchCommitter(db) {
  const currentRevision = db.prepare(SELECT_CURRENT_REVISION).pluck();
  const insert = db.prepare(INSERT_EVENT);

  /**
   * The current revision is read inside the write transaction, never cached: another process may
   * have appended since this one last looked.
   * @param {import('./append-batch.cjs').PendingAppend} append
   * @param {string} recordedAt
   */
  const appendEvents = (append, recordedAt) => {
    const current = /** @type {number | undefined} */ (currentRevision.get(append.streamId));
    const actual = current === undefined ? 'no_stream' : current;
    if (!expectedRevisionHolds(append.expected, actual)) {
      throw new RefusedAppend({ kind: 'wrong_expected_revision', streamId: append.streamId, expected: append.expected, actual });
    }
    let revision = current === undefined ? -1 : current;
    let position = 0;
    for (const event of append.events) {
      revision += 1;
      try {
        position = Number(insert.run(append.streamId, revision, event.id, event.type, event.data, event.metadata, recordedAt).lastInsertRowid);
      } catch (error) {
        if (isUniqueViolationOn(error, 'events.event_id')) throw new RefusedAppend({ kind: 'duplicate_event_id', eventId: event.id });
        throw error;
      }
    }
    return { nextExpectedRevision: revision, position };
  };
  // Called inside the batch's transaction, better-sqlite3 runs it in a SAVEPOINT: all of an append or none.
  const appendInSavepoint = db.transaction(appendEvents);
  // An append of one event writes one row, and a failed INSERT undoes itself (SQLite's ABORT
  // backs out the statement and keeps the transaction): it is all or none without a savepoint,
  // which would cost two more statements per append.
  /**
   * @param {import('./append-batch.cjs').PendingAppend} append
   * @param {string} recordedAt
   */
  const appendAtomically = (append, recordedAt) => (append.events.length === 1 ? appendEvents(append, recordedAt) : appendInSavepoint(append, recordedAt));

  /**
   * @param {import('./append-batch.cjs').PendingAppend} append
   * @param {string} recordedAt
   * @returns {import('./append-batch.cjs').AppendOutcome}
   */
  const tryAppend = (append, recordedAt) => {
    try {
      return { ok: true, value: appendAtomically(append, recordedAt) };
    } catch (error) {
      // Some failures (I/O, disk full) make SQLite abort the whole transaction: then the batch
      // cannot go on and every append in it must fail.
      if (!db.inTransaction) throw error;
      return { ok: false, failure: error instanceof RefusedAppend ? error.failure : describeError(error) };
    }
  };
  const commitBatch = db.transaction(
    /** @type {(batch: readonly import('./append-batch.cjs').PendingAppend[], recordedAt: string) => import('./append-batch.cjs').AppendOutcome[]} */
    (batch, recordedAt) => batch.map((append) => tryAppend(append, recordedAt)),
  );

  return {
    // IMMEDIATE takes the write lock up front, so the revisions read inside cannot change under
    // us, even when another process writes the same file.
    commit: (batch, recordedAt) => commitBatch.immediate(batch, recordedAt),
  };
}

/**
 * An error as plain data, so that it can cross from the writer thread to the main thread.
 * @param {unknown} error
 * @returns {import('./append-batch.cjs').AppendErrorDescription}
 */
function describeError(error) {
  if (typeof error !== 'object' || error === null) return { kind: 'error', name: 'Error', message: String(error) };
  const { name, message, code } = /** @type {{ name?: unknown; message?: unknown; code?: unknown }} */ (error);
  return {
    kind: 'error',
    name: typeof name === 'string' ? name : 'Error',
    message: typeof message === 'string' ? message : String(error),
    ...(typeof code === 'string' ? { code } : {}),
  };
}

/**
 * Duck-typed on purpose, no `instanceof`: the native addon keeps throwing the SqliteError
 * class of the first copy of better-sqlite3 loaded in the process, and jest loads modules
 * afresh (in a fresh realm, with its own Error) for every test file.
 * @param {unknown} error
 * @param {string} column
 */
function isUniqueViolationOn(error, column) {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = /** @type {{ code?: unknown; message?: unknown }} */ (error);
  return code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof message === 'string' && message.includes(column);
}

module.exports = { createBatchCommitter, describeError };
