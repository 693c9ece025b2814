import { initialTransition, type AnyMachineSnapshot } from 'xstate';
import type { JsonObject } from '@satupintu/event-store';
import { actorToJson, type Actor } from '../workflow/actor';
import type { Command } from '../workflow/command';
import type { AnyWorkflowDefinition, MachineCommandEvent } from '../workflow/definition';
import {
  ActorNotAuthorizedError,
  CommandNotAllowedError,
  CommandRejectedError,
  InstanceNotFoundError,
} from '../errors/engine-errors';
import { allowedCommands, stateHasCommand } from './possible-commands';
import { stateName } from './state-name';
import { pureStep, type PureStep } from './pure-transition';

/** Keys the engine sets on every machine event; a payload cannot override them. */
const RESERVED_KEYS = new Set(['type', 'actor', 'at']);

export interface Decision {
  /** The stored event's type and data. */
  eventType: string;
  data: JsonObject;
  machineEvent: MachineCommandEvent;
  stateBefore: string;
  stateAfter: string;
  nextSnapshot: AnyMachineSnapshot;
  /** Side effects the machine asks for; run them only once the event is stored. */
  actions: PureStep['actions'];
}

const initialSnapshots = new WeakMap<AnyWorkflowDefinition['machine'], AnyMachineSnapshot>();

/**
 * The snapshot before an instance's first event. Snapshots are immutable and a machine without
 * input always starts the same way, so it is computed once per machine (it costs an actor).
 */
export function initialSnapshot(definition: AnyWorkflowDefinition): AnyMachineSnapshot {
  let snapshot = initialSnapshots.get(definition.machine);
  if (!snapshot) {
    snapshot = initialTransition(definition.machine)[0] as AnyMachineSnapshot;
    initialSnapshots.set(definition.machine, snapshot);
  }
  return snapshot;
}

export function machineEventOf(
  type: string,
  data: JsonObject,
  actor: Actor,
  at: string,
): MachineCommandEvent {
  const event: Record<string, unknown> = {};
  for (const key of Object.keys(data)) {
    if (!RESERVED_KEYS.has(key)) event[key] = data[key];
  }
  event.type = type;
  event.actor = actorToJson(actor);
  event.at = at;
  return event as MachineCommandEvent;
}

/**
 * The pure heart of the engine (Emmett's `decide`): given where an instance is, a command,
 * who sends it and when, either the event to store or a typed refusal. No I/O.
 * `isNew` says the instance has no events yet: a refusal then means there is nothing to act on.
 */
export function decide(
  definition: AnyWorkflowDefinition,
  snapshot: AnyMachineSnapshot,
  command: Pick<Command, 'type' | 'payload'>,
  actor: Actor,
  at: Date,
  options: { streamId: string; isNew: boolean; allocated?: JsonObject },
): Decision {
  const { data, machineEvent, state } = checkBeforeGuards(definition, snapshot, command, actor, at, options);
  // The transition evaluates the machine's guards once, and says whether they accepted the event.
  const step = pureStep(definition.machine, snapshot, machineEvent);
  if (!step.accepted) throw rejection(definition, snapshot, command, actor, at, options.streamId, state, machineEvent);
  return {
    eventType: definition.eventTypes[command.type] ?? command.type,
    data,
    machineEvent,
    stateBefore: state,
    stateAfter: stateName(step.snapshot.value),
    nextSnapshot: step.snapshot,
    actions: step.actions,
  };
}

/**
 * Whether `decide` would accept the command, without computing the transition: throws the same
 * refusals, returns nothing. Cheaper, for a check before a number is drawn.
 */
export function assertDecidable(
  definition: AnyWorkflowDefinition,
  snapshot: AnyMachineSnapshot,
  command: Pick<Command, 'type' | 'payload'>,
  actor: Actor,
  at: Date,
  options: { streamId: string; isNew: boolean; allocated?: JsonObject },
): void {
  const { machineEvent, state } = checkBeforeGuards(definition, snapshot, command, actor, at, options);
  if (!snapshot.can(machineEvent)) throw rejection(definition, snapshot, command, actor, at, options.streamId, state, machineEvent);
}

/** The refusals that come before the machine's guards: the state, the actor; and the event to guard. */
function checkBeforeGuards(
  definition: AnyWorkflowDefinition,
  snapshot: AnyMachineSnapshot,
  command: Pick<Command, 'type' | 'payload'>,
  actor: Actor,
  at: Date,
  options: { streamId: string; isNew: boolean; allocated?: JsonObject },
): { data: JsonObject; machineEvent: MachineCommandEvent; state: string } {
  const atIso = at.toISOString();
  const state = stateName(snapshot.value);
  const { streamId, isNew } = options;

  if (!stateHasCommand(snapshot, command.type)) {
    if (isNew) throw new InstanceNotFoundError(streamId);
    throw new CommandNotAllowedError(streamId, state, command.type, allowedCommands(definition, snapshot, actor, atIso));
  }
  if (!definition.authorize({ snapshot, type: command.type, actor, at: atIso })) {
    throw new ActorNotAuthorizedError(streamId, state, command.type, actor.id);
  }

  const payload: JsonObject = command.payload ?? {};
  const given = options.allocated ? { ...payload, ...options.allocated } : payload;
  const data: JsonObject = {};
  for (const key of Object.keys(given)) {
    const value = given[key];
    if (!RESERVED_KEYS.has(key) && value !== undefined) data[key] = value;
  }
  return { data, machineEvent: machineEventOf(command.type, data, actor, atIso), state };
}

/** The machine's guards refused the command's content: why, in the workflow's words, and what is allowed instead. */
function rejection(
  definition: AnyWorkflowDefinition,
  snapshot: AnyMachineSnapshot,
  command: Pick<Command, 'type'>,
  actor: Actor,
  at: Date,
  streamId: string,
  state: string,
  machineEvent: MachineCommandEvent,
): CommandRejectedError {
  const explained = definition.explainRejection?.(snapshot, machineEvent);
  const reason = typeof explained === 'object' ? explained.text : (explained ?? `"${command.type}" was refused in state "${state}"`);
  const allowed = allowedCommands(definition, snapshot, actor, at.toISOString());
  return new CommandRejectedError(streamId, state, command.type, reason, allowed, typeof explained === 'object' ? explained.byLanguage : undefined);
}
