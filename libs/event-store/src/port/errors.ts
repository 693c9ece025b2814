import type { ExpectedRevision } from './event-store';

/** The stream's actual revision: the last event's revision, or 'no_stream'. */
export type ActualRevision = number | 'no_stream';

/** Raised by appendToStream when the stream is not where the writer expected it to be. */
export class WrongExpectedRevisionError extends Error {
  override readonly name = 'WrongExpectedRevisionError';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: ActualRevision,
  ) {
    super(`Stream ${streamId}: expected revision ${String(expected)}, actual ${String(actual)}`);
  }
}

export function isWrongExpectedRevision(error: unknown): error is WrongExpectedRevisionError {
  return error instanceof WrongExpectedRevisionError;
}
