import type { JsonObject } from '@satupintu/event-store';

/** A request to move one workflow instance. `type` is the machine event's type. */
export interface Command {
  /** Unique per intent: the same id sent twice is applied once (idempotency). */
  id: string;
  type: string;
  payload?: JsonObject;
  /** When given, the command only applies to the instance at exactly this revision. */
  expectedRevision?: number;
  correlationId?: string;
  causationId?: string;
}
