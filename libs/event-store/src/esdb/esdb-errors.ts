import { ErrorType, isCommandError, type CommandError } from '@eventstore/db-client';
import { WrongExpectedRevisionError, type ExpectedRevision } from '../port';

function commandError(error: unknown): CommandError | undefined {
  return error instanceof Error && isCommandError(error) ? error : undefined;
}

/** The client's WrongExpectedVersionError as the port's conflict error; anything else as it is. */
export function toPortError(error: unknown, streamId: string, expected: ExpectedRevision): unknown {
  const known = commandError(error);
  if (known?.type !== ErrorType.WRONG_EXPECTED_VERSION) return error;
  const actual = known.actualVersion;
  // The server reports "no stream" as no revision, or as -1 in the trailers of older paths.
  return new WrongExpectedRevisionError(
    streamId,
    expected,
    typeof actual === 'bigint' && actual >= 0n ? Number(actual) : 'no_stream',
  );
}

export function isStreamMissing(error: unknown): boolean {
  const type = commandError(error)?.type;
  return type === ErrorType.STREAM_NOT_FOUND || type === ErrorType.STREAM_DELETED;
}

/**
 * Errors a subscription recovers from by reconnecting: the server went away, restarted, is
 * not the leader any more, timed out or cut the call. Refusals (credentials, a bad request)
 * would only repeat, so they end the subscription instead.
 */
export function isTransient(error: unknown): boolean {
  const type = commandError(error)?.type;
  return type !== ErrorType.ACCESS_DENIED && type !== ErrorType.INVALID_ARGUMENT;
}

/**
 * KurrentDB refuses to read $all from a number where no record starts ("Trying to read from an
 * invalid position", InvalidArgument or Unknown depending on the version).
 */
export function isInvalidPosition(error: unknown): boolean {
  return error instanceof Error && /invalid ?position/i.test(error.message);
}
