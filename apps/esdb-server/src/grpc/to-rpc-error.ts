import { InvalidPosition, StreamDeleted, WrongExpectedVersion } from '../log/log-errors';
import {
  invalidArgument,
  streamDeleted,
  unknownError,
  wrongExpectedVersion,
  type RpcError,
} from './rpc-errors';

function isRpcError(error: unknown): error is RpcError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as RpcError).code === 'number' &&
    typeof (error as RpcError).details === 'string'
  );
}

/** How an error thrown while serving a call reaches the client. */
export function toRpcError(error: unknown, operation = 'Append'): RpcError {
  if (isRpcError(error)) return error;
  if (error instanceof StreamDeleted) return streamDeleted(error.stream);
  // KurrentDB's answer to a read from a position where no record starts.
  if (error instanceof InvalidPosition) return invalidArgument(error.message);
  if (error instanceof WrongExpectedVersion)
    return wrongExpectedVersion(operation, error.stream, error.expected, error.current);
  return unknownError(error instanceof Error ? error.message : String(error));
}
