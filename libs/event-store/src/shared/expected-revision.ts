import { WrongExpectedRevisionError, type ActualRevision, type ExpectedRevision } from '../port';
import { expectedRevisionHolds } from './expected-revision-holds.cjs';

export { expectedRevisionHolds };

/** Rejects values outside the four ExpectedRevision cases before they reach a store. */
export function validExpectedRevision(expected: ExpectedRevision | undefined): ExpectedRevision {
  if (expected === undefined) return 'any';
  if (expected === 'any' || expected === 'no_stream' || expected === 'stream_exists') return expected;
  if (typeof expected === 'number' && Number.isSafeInteger(expected) && expected >= 0) return expected;
  throw new RangeError(`Invalid expected revision: ${String(expected)}`);
}

/** Throws WrongExpectedRevisionError unless the stream is where the writer expected it. */
export function assertExpectedRevision(streamId: string, expected: ExpectedRevision, actual: ActualRevision): void {
  if (!expectedRevisionHolds(expected, actual)) throw new WrongExpectedRevisionError(streamId, expected, actual);
}
