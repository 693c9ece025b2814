import type { RecordedEvent } from '@satupintu/event-store';
import { objectOf, textOf } from '../shared/event-data';

/** When the admin decided it (metadata.occurredAt), else when the store recorded it. */
export function occurredAt(event: RecordedEvent): string {
  return textOf(event.metadata.occurredAt) ?? event.recordedAt;
}

/** Who did it (metadata.actor.id); null when the event does not say. */
export function actorId(event: RecordedEvent): string | null {
  return textOf(objectOf(event.metadata.actor).id);
}
