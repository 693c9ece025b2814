import type { JsonObject, JsonValue } from '@satupintu/event-store';

/**
 * What the engine records beside every event. Enough to replay the step under the workflow
 * version that was in force, to tell who did it (and for whom), and to prove it was not altered.
 */
export interface WorkflowEventMetadata {
  [key: string]: JsonValue;
  eventId: string;
  commandId: string;
  correlationId: string;
  causationId: string;
  actor: JsonObject;
  workflow: { name: string; version: number };
  stateBefore: string;
  stateAfter: string;
  /** When the command was decided (the engine's clock), ISO-8601 UTC. */
  occurredAt: string;
  /** Hash of the stream's previous event; null for the first. */
  prevHash: string | null;
  /** sha256 over this event's stream, revision, type, data and metadata (prevHash included, hash excluded). */
  hash: string;
}

export function isWorkflowEventMetadata(metadata: JsonObject): metadata is WorkflowEventMetadata {
  const workflow = metadata.workflow as JsonObject | undefined;
  return (
    typeof metadata.commandId === 'string' &&
    typeof metadata.occurredAt === 'string' &&
    typeof workflow?.name === 'string' &&
    typeof workflow?.version === 'number'
  );
}
