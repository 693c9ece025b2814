import type { AllStreamResolvedEvent, ResolvedEvent } from '@eventstore/db-client';
import type { JsonObject, JsonValue, RecordedEvent } from '../port';
import { portPositionOf, safeNumber } from './positions';

/**
 * EventStoreDB's own records: streams whose name starts with `$` (metadata `$$…`, `$settings`,
 * statistics, projection output) and `$`-typed events (`$metadata`, `$>` links, a tombstone's
 * `$streamDeleted`). The port's readers never see them.
 */
export function isSystemEvent(event: { streamId: string; type: string }): boolean {
  return event.streamId.startsWith('$') || event.type.startsWith('$');
}

function isJsonObject(value: unknown): value is JsonObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Uint8Array)
  );
}

/** An event read through the client, as the port records it. */
export function toRecordedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent {
  const event = resolved.event;
  if (event === undefined) throw new Error('EventStoreDB returned a link without its event');
  const what = `event ${event.id} in ${event.streamId}`;
  const position =
    event.position ??
    (resolved.commitPosition === undefined
      ? undefined
      : { commit: resolved.commitPosition, prepare: resolved.commitPosition });
  return {
    streamId: event.streamId,
    revision: safeNumber(event.revision, `the revision of ${what}`),
    position: portPositionOf(position, what),
    id: event.id,
    type: event.type,
    // Events written by this adapter are JSON; another writer's binary event arrives as base64 text.
    data: event.isJson
      ? (event.data as JsonValue)
      : Buffer.from(event.data as Uint8Array).toString('base64'),
    metadata: isJsonObject(event.metadata) ? event.metadata : {},
    recordedAt: event.created.toISOString(),
  };
}
