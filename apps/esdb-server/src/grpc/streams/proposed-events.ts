import type { ExpectedState, ProposedEvent } from '../../log/records';
import { uuidText } from '../messages';
import type { shared, streams } from '../proto';
import { invalidArgument, requiredMetadataPropertyMissing } from '../rpc-errors';

type ProposedMessage = streams.AppendReq.ProposedMessage | streams.BatchAppendReq.ProposedMessage;

/** A proposed message as the log takes it; `type` and `content-type` are required, as in EventStoreDB. */
export function proposedEvent(message: ProposedMessage): ProposedEvent {
  const metadata = message.getMetadataMap();
  const type = metadata.get('type');
  if (type === undefined) throw requiredMetadataPropertyMissing('type');
  const contentType = metadata.get('content-type');
  if (contentType === undefined) throw requiredMetadataPropertyMissing('content-type');
  const eventId = uuidText(message.getId() as shared.UUID | undefined);
  if (eventId === undefined) throw invalidArgument('Every proposed message needs an id');
  return {
    eventId,
    type,
    contentType,
    data: message.getData_asU8(),
    metadata: message.getCustomMetadata_asU8(),
  };
}

/** What an event weighs against the maximum append size: its type, data and metadata. */
export const sizeOf = (event: ProposedEvent): number =>
  Buffer.byteLength(event.type, 'utf8') + event.data.length + event.metadata.length;

interface ExpectationOptions {
  hasAny(): boolean;
  hasNoStream(): boolean;
  hasStreamExists(): boolean;
}

/** Reads the expected-revision oneof of Append, Delete, Tombstone and BatchAppend options. */
export function expectedStateOf(
  options: ExpectationOptions,
  exact: string | undefined,
): ExpectedState {
  if (exact !== undefined) return BigInt(exact);
  if (options.hasNoStream()) return 'no_stream';
  if (options.hasStreamExists()) return 'stream_exists';
  if (options.hasAny()) return 'any';
  throw invalidArgument('An expected stream revision is required');
}
