// @ts-check
'use strict';

/**
 * How batches and their outcomes cross between the main thread and the writer thread. A flat
 * array of strings and numbers is copied several times faster than the same data as objects
 * (structured clone writes every property name of every object), and the outcomes travel as one
 * Float64Array, moved rather than copied. Types: batch-codec.d.cts.
 */

/**
 * @param {readonly import('./append-batch.cjs').PendingAppend[]} batch
 * @returns {import('./batch-codec.cjs').EncodedBatch}
 */
function encodeBatch(batch) {
  /** @type {import('./batch-codec.cjs').EncodedBatch} */
  const flat = [];
  for (const append of batch) {
    flat.push(append.streamId, append.expected, append.events.length);
    for (const event of append.events) flat.push(event.id, event.type, event.data, event.metadata);
  }
  return flat;
}

/**
 * @param {import('./batch-codec.cjs').EncodedBatch} flat
 * @returns {import('./append-batch.cjs').PendingAppend[]}
 */
function decodeBatch(flat) {
  /** @type {import('./append-batch.cjs').PendingAppend[]} */
  const batch = [];
  let at = 0;
  const next = () => flat[at++];
  while (at < flat.length) {
    const streamId = /** @type {string} */ (next());
    const expected = /** @type {import('../port').ExpectedRevision} */ (next());
    const count = /** @type {number} */ (next());
    const events = [];
    for (let n = 0; n < count; n += 1) {
      events.push({ id: String(next()), type: String(next()), data: String(next()), metadata: String(next()) });
    }
    batch.push({ streamId, expected, events });
  }
  return batch;
}

/**
 * @param {readonly import('./append-batch.cjs').AppendOutcome[]} outcomes
 * @returns {import('./batch-codec.cjs').EncodedOutcomes}
 */
function encodeOutcomes(outcomes) {
  const results = new Float64Array(outcomes.length * 2);
  /** @type {import('./batch-codec.cjs').EncodedOutcomes['failures']} */
  const failures = [];
  outcomes.forEach((outcome, index) => {
    if (outcome.ok) {
      results[2 * index] = outcome.value.nextExpectedRevision;
      results[2 * index + 1] = outcome.value.position;
    } else {
      failures.push({ index, failure: outcome.failure });
    }
  });
  return { results, failures };
}

/**
 * @param {import('./batch-codec.cjs').EncodedOutcomes} encoded
 * @returns {import('./append-batch.cjs').AppendOutcome[]}
 */
function decodeOutcomes({ results, failures }) {
  /** @type {import('./append-batch.cjs').AppendOutcome[]} */
  const outcomes = [];
  for (let index = 0; index < results.length / 2; index += 1) {
    outcomes.push({ ok: true, value: { nextExpectedRevision: results[2 * index], position: results[2 * index + 1] } });
  }
  for (const { index, failure } of failures) outcomes[index] = { ok: false, failure };
  return outcomes;
}

module.exports = { encodeBatch, decodeBatch, encodeOutcomes, decodeOutcomes };
