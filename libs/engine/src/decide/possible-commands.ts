import { getNextTransitions, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import type { Actor } from '../workflow/actor';
import type { AnyWorkflowDefinition } from '../workflow/definition';
import { stateName } from './state-name';

/**
 * The command types of each state of each machine. The transitions a snapshot offers depend only
 * on its machine and its active states, i.e. its state value: computed once per state, not per command.
 */
const commandsByState = new WeakMap<AnyStateMachine, Map<string, readonly string[]>>();

function commandsOf(snapshot: AnyMachineSnapshot): readonly string[] {
  if (snapshot.status !== 'active') return [];
  let byState = commandsByState.get(snapshot.machine);
  if (!byState) {
    byState = new Map();
    commandsByState.set(snapshot.machine, byState);
  }
  const state = stateName(snapshot.value);
  let commands = byState.get(state);
  if (!commands) {
    const types = new Set<string>();
    for (const transition of getNextTransitions(snapshot)) {
      const type = transition.eventType;
      if (type && type !== '*' && !type.startsWith('xstate.')) types.add(type);
    }
    commands = [...types];
    byState.set(state, commands);
  }
  return commands;
}

/** Command types the current state has a transition for, whoever sends them and whatever their guards say. */
export function commandsOfState(snapshot: AnyMachineSnapshot): string[] {
  return [...commandsOf(snapshot)];
}

/** Whether the current state has a transition for this command type (see `commandsOfState`). */
export function stateHasCommand(snapshot: AnyMachineSnapshot, type: string): boolean {
  return commandsOf(snapshot).includes(type);
}

/** Command types this actor may send now: the state has them and the workflow authorizes the actor. */
export function allowedCommands(
  definition: AnyWorkflowDefinition,
  snapshot: AnyMachineSnapshot,
  actor: Actor,
  at: string,
): string[] {
  return commandsOf(snapshot).filter((type) => definition.authorize({ snapshot, type, actor, at }));
}
