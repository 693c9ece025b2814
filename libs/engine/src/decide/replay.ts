import type { AnyMachineSnapshot } from 'xstate';
import type { JsonObject, RecordedEvent } from '@satupintu/event-store';
import type { Actor } from '../workflow/actor';
import type { AnyWorkflowDefinition } from '../workflow/definition';
import { WorkflowRegistry } from '../workflow/registry';
import { isWorkflowEventMetadata, type WorkflowEventMetadata } from '../integrity/event-metadata';
import { initialSnapshot, machineEventOf } from './decide';
import { pureTransition } from './pure-transition';

/** The command type a stored event type came from (the inverse of `eventTypes`). */
export function commandTypeOf(definition: AnyWorkflowDefinition, eventType: string): string {
  for (const [commandType, storedType] of Object.entries(definition.eventTypes)) {
    if (storedType === eventType) return commandType;
  }
  return eventType;
}

export function metadataOf(event: RecordedEvent): WorkflowEventMetadata {
  if (!isWorkflowEventMetadata(event.metadata)) {
    throw new Error(`Event ${event.streamId}@${event.revision} has no workflow metadata`);
  }
  return event.metadata;
}

/** The machine event a stored event was decided from: replaying it must give the same state. */
export function machineEventFromRecorded(definition: AnyWorkflowDefinition, event: RecordedEvent) {
  const metadata = metadataOf(event);
  const data = (event.data ?? {}) as JsonObject;
  return machineEventOf(
    commandTypeOf(definition, event.type),
    data,
    metadata.actor as unknown as Actor,
    metadata.occurredAt,
  );
}

/** Emmett's `evolve`: the snapshot after one stored event, by XState's pure `transition()`. */
export function evolve(
  definition: AnyWorkflowDefinition,
  snapshot: AnyMachineSnapshot,
  event: RecordedEvent,
): AnyMachineSnapshot {
  return pureTransition(definition.machine, snapshot, machineEventFromRecorded(definition, event))[0];
}

/** The workflow version an instance runs on: the one its first event recorded. */
export function definitionOf(registry: WorkflowRegistry, firstEvent: RecordedEvent): AnyWorkflowDefinition {
  const { workflow } = metadataOf(firstEvent);
  return registry.get(workflow.name, workflow.version);
}

export interface ReplayedInstance {
  definition: AnyWorkflowDefinition;
  snapshot: AnyMachineSnapshot;
  revision: number;
  lastHash: string | null;
}

/** Rebuilds an instance from its whole history, from scratch. */
export function replay(registry: WorkflowRegistry, events: RecordedEvent[]): ReplayedInstance | null {
  if (events.length === 0) return null;
  const definition = definitionOf(registry, events[0]);
  let snapshot = initialSnapshot(definition);
  for (const event of events) snapshot = evolve(definition, snapshot, event);
  const last = events[events.length - 1];
  return { definition, snapshot, revision: last.revision, lastHash: metadataOf(last).hash };
}
