// @ts-check
'use strict';

/**
 * Whether a stream is where a writer expected it to be. Plain JavaScript because SQLite's writer
 * thread (sqlite/writer-thread.worker.cjs) checks it too, and a worker thread has no TypeScript
 * loader; TypeScript callers import it through expected-revision.ts.
 *
 * @param {import('./expected-revision-holds.cjs').ExpectedRevision} expected
 * @param {import('./expected-revision-holds.cjs').ActualRevision} actual
 * @returns {boolean}
 */
function expectedRevisionHolds(expected, actual) {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return actual === 'no_stream';
    case 'stream_exists':
      return actual !== 'no_stream';
    default:
      return actual === expected;
  }
}

module.exports = { expectedRevisionHolds };
