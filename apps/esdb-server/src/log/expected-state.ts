import type { CurrentRevision, ExpectedState } from './records';

/**
 * Whether a write's expectation holds. A soft-deleted stream may be recreated with
 * `no_stream` (EventStoreDB allows it for the first write after the delete), and does not
 * count as existing for `stream_exists`.
 */
export function expectationHolds(
  expected: ExpectedState,
  current: CurrentRevision,
  softDeleted: boolean,
): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === undefined || softDeleted;
    case 'stream_exists':
      return current !== undefined && !softDeleted;
    default:
      return current !== undefined && BigInt(current) === expected;
  }
}
