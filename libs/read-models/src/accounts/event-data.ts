import type { JsonObject, JsonValue, RecordedEvent } from '@satupintu/event-store';

/**
 * Defensive reading of stored event data. A projection that throws stalls every read model, so
 * a field of the wrong shape reads as undefined and the projection skips what it cannot use.
 */
export function dataOf(event: RecordedEvent): JsonObject {
  const data = event.data;
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {};
}

export function text(data: JsonObject, key: string): string | undefined {
  const value = data[key];
  return typeof value === 'string' ? value : undefined;
}

export function textList(data: JsonObject, key: string): string[] | undefined {
  const value: JsonValue | undefined = data[key];
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
    ? (value as string[])
    : undefined;
}

/** When the admin decided it (metadata.occurredAt), else when the store recorded it. */
export function occurredAt(event: RecordedEvent): string {
  const at = event.metadata.occurredAt;
  return typeof at === 'string' ? at : event.recordedAt;
}

/** Who did it, as recorded in metadata.actor.id. */
export function actorId(event: RecordedEvent): string | null {
  const actor = event.metadata.actor;
  if (typeof actor !== 'object' || actor === null || Array.isArray(actor)) return null;
  return typeof actor.id === 'string' ? actor.id : null;
}
