import type { JsonObject, RecordedEvent } from '@satupintu/event-store';
import { isWorkflowEventMetadata } from '@satupintu/engine';

/** A principal as the engine stored it in an event's metadata. */
export interface StoredPrincipal {
  id: string;
  name?: string;
  roles: string[];
  position?: string;
  unit?: string;
}

export interface StoredActor extends StoredPrincipal {
  actingFor?: StoredPrincipal[];
}

/** A stored workflow event, with its metadata read into the fields read models use. */
export interface WorkflowEvent {
  caseId: string;
  revision: number;
  position: number;
  type: string;
  data: JsonObject;
  /** The engine's decision time (metadata.occurredAt), not the store's recording time. */
  at: string;
  actor: StoredActor;
  stateBefore: string;
  stateAfter: string;
}

/**
 * The event as read models see it, or undefined for an event the engine did not write (a
 * projection must skip what it does not understand rather than stall the runner).
 */
export function readWorkflowEvent(event: RecordedEvent): WorkflowEvent | undefined {
  if (!isWorkflowEventMetadata(event.metadata)) return undefined;
  const metadata = event.metadata;
  const data = isObject(event.data) ? event.data : {};
  return {
    caseId: event.streamId,
    revision: event.revision,
    position: event.position,
    type: event.type,
    data,
    at: metadata.occurredAt,
    actor: metadata.actor as unknown as StoredActor,
    stateBefore: metadata.stateBefore,
    stateAfter: metadata.stateAfter,
  };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
