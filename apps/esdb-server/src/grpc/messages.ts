import { randomUUID } from 'node:crypto';
import type { ExpectedState, LogRecord } from '../log/records';
import { TOMBSTONE_REVISION, TOMBSTONE_REVISION_TEXT } from '../log/records';
import { shared, streams } from './proto';

/** EventStoreDB's "created" is .NET ticks (100 ns) since the Unix epoch. */
const TICKS_PER_MS = 10_000n;

export function streamNameOf(identifier: shared.StreamIdentifier | undefined): string {
  if (identifier === undefined) return '';
  return Buffer.from(identifier.getStreamName_asU8()).toString('utf8');
}

export function streamIdentifier(name: string): shared.StreamIdentifier {
  return new shared.StreamIdentifier().setStreamName(Uint8Array.from(Buffer.from(name, 'utf8')));
}

/** A UUID as text, from either wire form (string, or two signed 64-bit halves). */
export function uuidText(uuid: shared.UUID | undefined): string | undefined {
  if (uuid === undefined) return undefined;
  if (uuid.hasStructured()) {
    const structured = uuid.getStructured()!;
    const bytes = Buffer.alloc(16);
    bytes.writeBigInt64BE(BigInt.asIntN(64, BigInt(structured.getMostSignificantBits())), 0);
    bytes.writeBigInt64BE(BigInt.asIntN(64, BigInt(structured.getLeastSignificantBits())), 8);
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  return uuid.getString().toLowerCase();
}

/** A UUID in the form the reader asked for (ReadReq's uuid_option). */
export function uuidMessage(text: string, structured: boolean): shared.UUID {
  if (!structured) return new shared.UUID().setString(text);
  const bytes = Buffer.from(text.replace(/-/g, ''), 'hex');
  return new shared.UUID().setStructured(
    new shared.UUID.Structured()
      .setMostSignificantBits(bytes.readBigInt64BE(0).toString())
      .setLeastSignificantBits(bytes.readBigInt64BE(8).toString()),
  );
}

export const newSubscriptionId = (): string => randomUUID();

/** A uint64 sent as decimal text; anything beyond 2^53 is clamped (no log gets that far). */
export function uint64(text: string): number {
  const value = BigInt(text);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

export function recordedEvent(
  record: LogRecord,
  structuredUuid: boolean,
): streams.ReadResp.ReadEvent.RecordedEvent {
  const event = new streams.ReadResp.ReadEvent.RecordedEvent()
    .setId(uuidMessage(record.eventId, structuredUuid))
    .setStreamIdentifier(streamIdentifier(record.stream))
    .setStreamRevision(
      record.revision === TOMBSTONE_REVISION ? TOMBSTONE_REVISION_TEXT : String(record.revision),
    )
    .setCommitPosition(String(record.position))
    .setPreparePosition(String(record.position))
    .setData(record.data)
    .setCustomMetadata(record.metadata);
  event
    .getMetadataMap()
    .set('type', record.type)
    .set('content-type', record.contentType)
    .set('created', (BigInt(record.createdMs) * TICKS_PER_MS).toString());
  return event;
}

export function eventResponse(record: LogRecord, structuredUuid: boolean): streams.ReadResp {
  const readEvent = new streams.ReadResp.ReadEvent()
    .setEvent(recordedEvent(record, structuredUuid))
    .setCommitPosition(String(record.position));
  return new streams.ReadResp().setEvent(readEvent);
}

/** EventStoreDB's numeric expected versions, as its error trailers carry them. */
export function expectedVersionNumber(expected: ExpectedState): string {
  switch (expected) {
    case 'any':
      return '-2';
    case 'no_stream':
      return '-1';
    case 'stream_exists':
      return '-4';
    default:
      return expected.toString();
  }
}
