import type { CurrentRevision, ExpectedState } from './records';

/** The stream is not where the writer expected it. */
export class WrongExpectedVersion extends Error {
  override readonly name = 'WrongExpectedVersion';
  constructor(
    readonly stream: string,
    readonly expected: ExpectedState,
    readonly current: CurrentRevision,
  ) {
    super(`Stream ${stream}: expected ${String(expected)}, current ${current ?? 'no stream'}`);
  }
}

/** The stream was tombstoned (hard-deleted): it can never be read or written again. */
export class StreamDeleted extends Error {
  override readonly name = 'StreamDeleted';
  constructor(readonly stream: string) {
    super(`Event stream '${stream}' is deleted.`);
  }
}

/** A $all read or subscription from a position where no record starts. */
export class InvalidPosition extends Error {
  override readonly name = 'InvalidPosition';
  constructor(readonly position: number) {
    super('Trying to read from an invalid position.');
  }
}
