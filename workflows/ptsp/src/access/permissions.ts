import type { Actor } from '@satupintu/engine';
import { describeRequirement, meetsRequirement, type Requirement, type WaitingOn } from './requirement';

/** A workflow's who-may-act table: for each state, the commands it accepts and who may send them. */
export type Permissions<TState extends string, TCommand extends string, TContext> = {
  [S in TState]: { [C in TCommand]?: Requirement<TContext> };
};

export function requirementOf<TState extends string, TCommand extends string, TContext>(
  permissions: Permissions<TState, TCommand, TContext>,
  state: string,
  command: string,
): Requirement<TContext> | undefined {
  // Own keys only: a state or command named like an Object method finds nothing.
  const byState = permissions as Record<string, Record<string, Requirement<TContext> | undefined>>;
  return Object.hasOwn(byState, state) && Object.hasOwn(byState[state], command) ? byState[state][command] : undefined;
}

/** The one who-may-act predicate of a workflow: `authorize` asks it, and so do the machine's guards. */
export function mayAct<TState extends string, TCommand extends string, TContext>(
  permissions: Permissions<TState, TCommand, TContext>,
  state: string,
  command: string,
  context: TContext,
  actor: Actor,
): boolean {
  const requirement = requirementOf(permissions, state, command);
  return requirement !== undefined && meetsRequirement(requirement, context, actor);
}

/** Who must act for the case to move on: the requirement of the state's forward command; null when nobody. */
export function waitingOnFor<TState extends string, TCommand extends string, TContext>(
  permissions: Permissions<TState, TCommand, TContext>,
  forwardCommands: { [S in TState]?: TCommand },
  state: string,
  context: TContext,
): WaitingOn | null {
  const command = (forwardCommands as Record<string, TCommand | undefined>)[state];
  const requirement = command === undefined ? undefined : requirementOf(permissions, state, command);
  return requirement ? describeRequirement(requirement, context) : null;
}
