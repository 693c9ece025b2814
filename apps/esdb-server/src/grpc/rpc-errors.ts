import { Metadata, status as grpcStatus, type ServiceError } from '@grpc/grpc-js';
import type { CurrentRevision, ExpectedState } from '../log/records';
import { expectedVersionNumber } from './messages';

/** An error the server ends a call with: a gRPC status and EventStoreDB's trailers. */
export type RpcError = Partial<ServiceError> & { code: grpcStatus; details: string };

function rpcError(
  code: grpcStatus,
  details: string,
  trailers: Record<string, string> = {},
): RpcError {
  const metadata = new Metadata();
  for (const [key, value] of Object.entries(trailers)) metadata.set(key, value);
  return { name: 'RpcError', message: details, code, details, metadata };
}

// The trailers and status codes below are those of KurrentDB's RpcExceptions; the client's
// convertToCommandError turns them into its typed errors by the `exception` trailer.

export const wrongExpectedVersion = (
  operation: string,
  stream: string,
  expected: ExpectedState,
  current: CurrentRevision,
): RpcError =>
  rpcError(
    grpcStatus.FAILED_PRECONDITION,
    `${operation} failed due to WrongExpectedVersion. Stream: ${stream}, Expected version: ${expectedVersionNumber(expected)}, Actual version: ${current ?? -1}`,
    {
      exception: 'wrong-expected-version',
      'stream-name': stream,
      'expected-version': expectedVersionNumber(expected),
      'actual-version': String(current ?? -1),
    },
  );

export const streamDeleted = (stream: string): RpcError =>
  rpcError(grpcStatus.FAILED_PRECONDITION, `Event stream '${stream}' is deleted.`, {
    exception: 'stream-deleted',
    'stream-name': stream,
  });

export const maxAppendSizeExceeded = (maxAppendSize: number): RpcError =>
  rpcError(grpcStatus.INVALID_ARGUMENT, `Maximum Append Size of ${maxAppendSize} Exceeded.`, {
    exception: 'maximum-append-size-exceeded',
    'maximum-append-size': String(maxAppendSize),
  });

export const requiredMetadataPropertyMissing = (property: string): RpcError =>
  rpcError(grpcStatus.INVALID_ARGUMENT, `Required Metadata Property '${property}' is missing`, {
    exception: 'missing-required-metadata-property',
    'required-metadata-properties': 'type,content-type',
  });

export const accessDenied = (): RpcError =>
  rpcError(grpcStatus.PERMISSION_DENIED, 'Access Denied', { exception: 'access-denied' });

export const unauthenticated = (): RpcError =>
  rpcError(grpcStatus.UNAUTHENTICATED, 'Bad username or password');

export const invalidArgument = (message: string): RpcError =>
  rpcError(grpcStatus.INVALID_ARGUMENT, message);

export const unknownError = (message: string): RpcError => rpcError(grpcStatus.UNKNOWN, message);
