import type { CurrentRevision, ExpectedState } from '../log/records';
import { streamIdentifier } from './messages';
import { Any, code, GoogleEmpty, shared, status } from './proto';

/**
 * BatchAppend reports a failed append inside its response, as a google.rpc.Status whose
 * details pack one of EventStoreDB's error messages (the client unpacks them by type name).
 */
function packed(
  statusCode: code.Code,
  message: string,
  detail: { serializeBinary(): Uint8Array },
  typeName: string,
): status.Status {
  const details = new Any();
  details.pack(detail.serializeBinary(), typeName);
  return new status.Status().setCode(statusCode).setMessage(message).setDetails(details);
}

export function wrongExpectedVersionStatus(
  expected: ExpectedState,
  current: CurrentRevision,
): status.Status {
  const detail = new shared.WrongExpectedVersion();
  if (current === undefined) detail.setCurrentNoStream(new GoogleEmpty());
  else detail.setCurrentStreamRevision(String(current));
  if (expected === 'any') detail.setExpectedAny(new GoogleEmpty());
  else if (expected === 'no_stream') detail.setExpectedNoStream(new GoogleEmpty());
  else if (expected === 'stream_exists') detail.setExpectedStreamExists(new GoogleEmpty());
  else detail.setExpectedStreamPosition(expected.toString());
  return packed(
    code.Code.ALREADY_EXISTS,
    'WrongExpectedVersion',
    detail,
    'event_store.client.WrongExpectedVersion',
  );
}

export const streamDeletedStatus = (stream: string): status.Status =>
  packed(
    code.Code.NOT_FOUND,
    'StreamDeleted',
    new shared.StreamDeleted().setStreamIdentifier(streamIdentifier(stream)),
    'event_store.client.StreamDeleted',
  );

export const maxAppendSizeStatus = (maxAppendSize: number): status.Status =>
  packed(
    code.Code.INVALID_ARGUMENT,
    'MaximumAppendSizeExceeded',
    new shared.MaximumAppendSizeExceeded().setMaxappendsize(maxAppendSize),
    'event_store.client.MaximumAppendSizeExceeded',
  );

export const badRequestStatus = (message: string): status.Status =>
  packed(
    code.Code.INVALID_ARGUMENT,
    'BadRequest',
    new shared.BadRequest().setMessage(message),
    'event_store.client.BadRequest',
  );

export const timeoutStatus = (): status.Status =>
  packed(
    code.Code.DEADLINE_EXCEEDED,
    'Timeout',
    new shared.Timeout(),
    'event_store.client.Timeout',
  );

export const unknownStatus = (): status.Status =>
  packed(code.Code.UNKNOWN, 'Unknown', new shared.Unknown(), 'event_store.client.Unknown');
