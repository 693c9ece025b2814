import { transition, type AnyMachineSnapshot } from 'xstate';
import type { RecordedEvent } from '@satupintu/event-store';
import type { Actor } from '../workflow/actor';
import type { WorkflowRegistry } from '../workflow/registry';
import { eventHash } from '../integrity/hash-chain';
import { isWorkflowEventMetadata } from '../integrity/event-metadata';
import { initialSnapshot } from './decide';
import { commandsOfState } from './possible-commands';
import { definitionOf, machineEventFromRecorded } from './replay';
import { stateName } from './state-name';

export interface AuditStep {
  revision: number;
  type: string;
  /** The state had this transition, the actor was authorized, and the guards passed. */
  legal: boolean;
  /** Replaying the event gives exactly the states recorded in it. */
  stateMatches: boolean;
  /** The event's hash is its content's, and it links to the previous event's hash. */
  hashOk: boolean;
  stateBefore: string;
  stateAfter: string;
  problem?: string;
}

export interface AuditReport {
  valid: boolean;
  workflow: { name: string; version: number } | null;
  steps: AuditStep[];
  chain: { intact: boolean; brokenAt?: number };
}

/**
 * Replays a stored history through the workflow version it was recorded with and checks,
 * step by step, that each step was legal there, led where the event says, and that the
 * hash chain links: an edited, removed or inserted event breaks it.
 * It replays with XState's own `transition()`, not the engine's faster path, so the proof does
 * not rest on the code it checks.
 */
export function auditHistory(registry: WorkflowRegistry, events: RecordedEvent[]): AuditReport {
  if (events.length === 0) return { valid: false, workflow: null, steps: [], chain: { intact: false, brokenAt: 0 } };
  const first = events[0];
  if (!isWorkflowEventMetadata(first.metadata)) {
    return { valid: false, workflow: null, steps: [], chain: { intact: false, brokenAt: first.revision } };
  }
  const definition = definitionOf(registry, first);
  let snapshot: AnyMachineSnapshot = initialSnapshot(definition);
  let prevHash: string | null = null;
  let brokenAt: number | undefined;
  const steps: AuditStep[] = [];

  events.forEach((event, index) => {
    const before = stateName(snapshot.value);
    if (!isWorkflowEventMetadata(event.metadata)) {
      steps.push({ revision: event.revision, type: event.type, legal: false, stateMatches: false, hashOk: false, stateBefore: before, stateAfter: before, problem: 'no workflow metadata' });
      brokenAt ??= event.revision;
      return;
    }
    const metadata = event.metadata;
    const problems: string[] = [];

    const hashOk =
      event.revision === index && metadata.prevHash === prevHash && metadata.hash === eventHash(event);
    if (event.revision !== index) problems.push(`expected revision ${index}, found ${event.revision}`);
    else if (metadata.prevHash !== prevHash) problems.push('does not link to the previous event');
    else if (metadata.hash !== eventHash(event)) problems.push('content does not match its hash');
    if (!hashOk) brokenAt ??= index;
    prevHash = typeof metadata.hash === 'string' ? metadata.hash : null;

    const sameWorkflow =
      metadata.workflow.name === definition.name && metadata.workflow.version === definition.version;
    const machineEvent = machineEventFromRecorded(definition, event);
    const legal =
      sameWorkflow &&
      commandsOfState(snapshot).includes(machineEvent.type) &&
      definition.authorize({ snapshot, type: machineEvent.type, actor: machineEvent.actor as Actor, at: machineEvent.at }) &&
      snapshot.can(machineEvent);
    if (!sameWorkflow) problems.push('recorded under another workflow version than the case started with');
    else if (!legal) problems.push(`"${machineEvent.type}" was not allowed in state "${before}"`);

    const next = legal ? (transition(definition.machine, snapshot, machineEvent)[0] as AnyMachineSnapshot) : snapshot;
    const after = stateName(next.value);
    const stateMatches = metadata.stateBefore === before && metadata.stateAfter === after;
    if (legal && !stateMatches) problems.push(`recorded ${metadata.stateBefore} → ${metadata.stateAfter}, replay gives ${before} → ${after}`);

    steps.push({
      revision: event.revision,
      type: event.type,
      legal,
      stateMatches,
      hashOk,
      stateBefore: before,
      stateAfter: after,
      ...(problems.length ? { problem: problems.join('; ') } : {}),
    });
    snapshot = next;
  });

  const chain = brokenAt === undefined ? { intact: true } : { intact: false, brokenAt };
  return {
    valid: chain.intact && steps.every((s) => s.legal && s.stateMatches && s.hashOk),
    workflow: { name: definition.name, version: definition.version },
    steps,
    chain,
  };
}
