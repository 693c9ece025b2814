import type { NewEvent } from '../port';

/** A new event checked and turned into the JSON text every adapter stores. */
export interface SerializedEvent {
  id: string;
  type: string;
  data: string;
  metadata: string;
}

/**
 * Validates one append's input and serializes it. Done before any write so that a bad
 * event refuses the whole append up front, and so that the in-memory adapter stores exactly
 * what SQLite would give back (JSON text: no shared references, same lossy corners).
 */
export function serializeNewEvents(streamId: string, events: readonly NewEvent[]): SerializedEvent[] {
  if (typeof streamId !== 'string' || streamId.length === 0) throw new TypeError('streamId must be a non-empty string');
  if (!Array.isArray(events) || events.length === 0) throw new TypeError(`Append to ${streamId}: at least one event is needed`);
  // Most appends carry one event: no set of ids to keep for those.
  const seenIds = events.length > 1 ? new Set<string>() : undefined;
  return events.map((event) => {
    if (typeof event.id !== 'string' || event.id.length === 0) throw new TypeError(`Append to ${streamId}: every event needs a non-empty id`);
    if (seenIds?.has(event.id)) throw new TypeError(`Append to ${streamId}: event id ${event.id} appears twice`);
    seenIds?.add(event.id);
    if (typeof event.type !== 'string' || event.type.length === 0) throw new TypeError(`Event ${event.id}: type must be a non-empty string`);
    const metadata = event.metadata ?? {};
    if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
      throw new TypeError(`Event ${event.id}: metadata must be a JSON object`);
    }
    return { id: event.id, type: event.type, data: toJsonText(event.id, 'data', event.data), metadata: toJsonText(event.id, 'metadata', metadata) };
  });
}

function toJsonText(eventId: string, field: string, value: unknown): string {
  // JSON.stringify returns undefined (not a string) for undefined and functions.
  const text: string | undefined = JSON.stringify(value);
  if (typeof text !== 'string') throw new TypeError(`Event ${eventId}: ${field} is not JSON`);
  return text;
}
