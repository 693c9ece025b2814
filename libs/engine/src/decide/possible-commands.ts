import { getNextTransitions, type AnyMachineSnapshot } from 'xstate';
import type { Actor } from '../workflow/actor';
import type { AnyWorkflowDefinition } from '../workflow/definition';

/** Command types the current state has a transition for, whoever sends them and whatever their guards say. */
export function commandsOfState(snapshot: AnyMachineSnapshot): string[] {
  if (snapshot.status !== 'active') return [];
  const types = new Set<string>();
  for (const transition of getNextTransitions(snapshot)) {
    const type = transition.eventType;
    if (type && type !== '*' && !type.startsWith('xstate.')) types.add(type);
  }
  return [...types];
}

/** Command types this actor may send now: the state has them and the workflow authorizes the actor. */
export function allowedCommands(
  definition: AnyWorkflowDefinition,
  snapshot: AnyMachineSnapshot,
  actor: Actor,
  at: string,
): string[] {
  return commandsOfState(snapshot).filter((type) => definition.authorize({ snapshot, type, actor, at }));
}
