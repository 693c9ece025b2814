import { transition, type AnyMachineSnapshot } from 'xstate';
import type { RecordedEvent } from '@satupintu/event-store';
import type { Actor } from '../workflow/actor';
import type { AnyWorkflowDefinition } from '../workflow/definition';
import type { WorkflowRegistry } from '../workflow/registry';
import { eventHash } from '../integrity/hash-chain';
import { isWorkflowEventMetadata, type WorkflowEventMetadata } from '../integrity/event-metadata';
import { checkAnchors, combineVerdicts, type ChainVerdict, type StreamAnchors } from '../integrity/head-anchor';
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
  /**
   * `brokenAt`: the first revision where the chain does not hold (an altered event's, or a
   * missing one's); `reason` in words when the stream's anchor decided it.
   */
  chain: ChainVerdict;
}

interface LinkCheck {
  ok: boolean;
  problem?: string;
}

/**
 * Whether one event holds its place in the chain: it follows the previous stored event's
 * revision, names that event's hash, and its own hash is its content's. Checked link by link,
 * so a removed event fails only the event after the gap, not every event behind it.
 */
function checkLink(event: RecordedEvent, metadata: WorkflowEventMetadata, expectedRevision: number, prevHash: string | null): LinkCheck {
  if (event.revision !== expectedRevision) return { ok: false, problem: `expected revision ${expectedRevision}, found ${event.revision}` };
  if (metadata.prevHash !== prevHash) return { ok: false, problem: 'does not link to the previous event' };
  if (metadata.hash !== eventHash(event)) return { ok: false, problem: 'content does not match its hash' };
  return { ok: true };
}

interface Replayed {
  legal: boolean;
  next: AnyMachineSnapshot;
  problem?: string;
}

/** One step replayed with XState's own `transition()`; an event the machine cannot even read is an illegal step, not a crash. */
function replayStep(definition: AnyWorkflowDefinition, snapshot: AnyMachineSnapshot, event: RecordedEvent, metadata: WorkflowEventMetadata, before: string): Replayed {
  if (metadata.workflow.name !== definition.name || metadata.workflow.version !== definition.version) {
    return { legal: false, next: snapshot, problem: 'recorded under another workflow version than the case started with' };
  }
  try {
    const machineEvent = machineEventFromRecorded(definition, event);
    const legal =
      commandsOfState(snapshot).includes(machineEvent.type) &&
      definition.authorize({ snapshot, type: machineEvent.type, actor: machineEvent.actor as Actor, at: machineEvent.at }) &&
      snapshot.can(machineEvent);
    if (!legal) return { legal, next: snapshot, problem: `"${machineEvent.type}" was not allowed in state "${before}"` };
    return { legal, next: transition(definition.machine, snapshot, machineEvent)[0] as AnyMachineSnapshot };
  } catch (error) {
    return { legal: false, next: snapshot, problem: `the machine cannot replay it (${(error as Error).message})` };
  }
}

/**
 * Replays a stored history through the workflow version it was recorded with and checks,
 * step by step, that each step was legal there, led where the event says, and that the
 * hash chain links: an edited, removed or inserted event breaks it.
 * It replays with XState's own `transition()`, not the engine's faster path, so the proof does
 * not rest on the code it checks. A history it cannot replay (an unknown workflow version, an
 * event the machine chokes on) is reported as not valid, never thrown. With the stream's
 * `anchors` (from the anchor ledger), events cut off at the end and a history rewritten with
 * recomputed hashes break the chain too.
 */
export function auditHistory(registry: WorkflowRegistry, events: RecordedEvent[], anchors?: StreamAnchors): AuditReport {
  const report = replayHistory(registry, events);
  if (anchors === undefined) return report;
  const chain = combineVerdicts(report.chain, checkAnchors(events, anchors));
  return { ...report, chain, valid: report.valid && chain.intact };
}

function replayHistory(registry: WorkflowRegistry, events: RecordedEvent[]): AuditReport {
  if (events.length === 0) return { valid: false, workflow: null, steps: [], chain: { intact: false, brokenAt: 0 } };
  const first = events[0];
  if (!isWorkflowEventMetadata(first.metadata)) {
    return { valid: false, workflow: null, steps: [], chain: { intact: false, brokenAt: first.revision } };
  }
  let definition: AnyWorkflowDefinition | null = null;
  let unknownWorkflow: string | undefined;
  try {
    definition = definitionOf(registry, first);
  } catch (error) {
    unknownWorkflow = (error as Error).message;
  }
  let snapshot: AnyMachineSnapshot | null = definition ? initialSnapshot(definition) : null;
  let prevHash: string | null = null;
  let expectedRevision = 0;
  let brokenAt: number | undefined;
  const steps: AuditStep[] = [];

  for (const event of events) {
    const before = snapshot ? stateName(snapshot.value) : first.metadata.stateBefore;
    if (!isWorkflowEventMetadata(event.metadata)) {
      steps.push({ revision: event.revision, type: event.type, legal: false, stateMatches: false, hashOk: false, stateBefore: before, stateAfter: before, problem: 'no workflow metadata' });
      brokenAt ??= expectedRevision;
      expectedRevision = event.revision + 1;
      prevHash = null;
      continue;
    }
    const metadata = event.metadata;
    const problems: string[] = [];

    const link = checkLink(event, metadata, expectedRevision, prevHash);
    if (!link.ok) {
      problems.push(link.problem!);
      brokenAt ??= expectedRevision;
    }
    prevHash = typeof metadata.hash === 'string' ? metadata.hash : null;
    expectedRevision = event.revision + 1;

    const replayed: Replayed =
      definition && snapshot
        ? replayStep(definition, snapshot, event, metadata, before)
        : { legal: false, next: snapshot as AnyMachineSnapshot, problem: unknownWorkflow };
    if (replayed.problem) problems.push(replayed.problem);
    const after = replayed.next ? stateName(replayed.next.value) : before;
    const stateMatches = definition !== null && metadata.stateBefore === before && metadata.stateAfter === after;
    if (replayed.legal && !stateMatches) problems.push(`recorded ${metadata.stateBefore} → ${metadata.stateAfter}, replay gives ${before} → ${after}`);

    steps.push({
      revision: event.revision,
      type: event.type,
      legal: replayed.legal,
      stateMatches,
      hashOk: link.ok,
      stateBefore: before,
      stateAfter: after,
      ...(problems.length ? { problem: problems.join('; ') } : {}),
    });
    snapshot = replayed.next;
  }

  const chain = brokenAt === undefined ? { intact: true } : { intact: false, brokenAt };
  return {
    valid: chain.intact && steps.every((s) => s.legal && s.stateMatches && s.hashOk),
    workflow: definition ? { name: definition.name, version: definition.version } : { ...first.metadata.workflow },
    steps,
    chain,
  };
}
