import {
  createActor,
  transition as xstateTransition,
  type AnyActorScope,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type ExecutableActionsFrom,
} from 'xstate';

type Actions = ExecutableActionsFrom<AnyStateMachine>[];

interface ReusableScope {
  scope: AnyActorScope;
  collected: Actions;
}

const scopes = new WeakMap<AnyStateMachine, ReusableScope>();

/**
 * XState's pure `transition()`, minus its per-call setup. `transition()` builds a throw-away
 * actor (and computes the machine's initial state) on every call, about a third of a command's
 * cost here; this keeps one inert scope per machine and passes it to the same
 * `machine.transition()` that `transition()` calls. Nothing runs: actions are only collected.
 * Machines that invoke or spawn child actors need XState's fresh system per call, so they
 * take the plain `transition()`.
 */
export function pureTransition(
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  event: { type: string },
): [AnyMachineSnapshot, Actions] {
  if (hasChildren(snapshot)) {
    const [next, actions] = xstateTransition(machine, snapshot, event);
    return [next as AnyMachineSnapshot, actions];
  }
  const reusable = scopes.get(machine) ?? createScope(machine);
  reusable.collected = [];
  const next = machine.transition(snapshot, event, reusable.scope) as AnyMachineSnapshot;
  const actions = reusable.collected;
  if (hasChildren(next)) {
    // A child appeared in this step: redo it the canonical way so it lives in a fresh system.
    const [canonical, canonicalActions] = xstateTransition(machine, snapshot, event);
    return [canonical as AnyMachineSnapshot, canonicalActions];
  }
  return [next, actions];
}

function hasChildren(snapshot: AnyMachineSnapshot): boolean {
  return Object.keys(snapshot.children ?? {}).length > 0;
}

function createScope(machine: AnyStateMachine): ReusableScope {
  const self = createActor(machine);
  const reusable: ReusableScope = { scope: undefined as unknown as AnyActorScope, collected: [] };
  reusable.scope = {
    self,
    id: '',
    sessionId: '',
    system: self.system,
    logger: () => {},
    defer: () => {},
    emit: () => {},
    stopChild: () => {},
    actionExecutor: (action: unknown) => {
      reusable.collected.push(action as Actions[number]);
    },
  } as unknown as AnyActorScope;
  scopes.set(machine, reusable);
  return reusable;
}
