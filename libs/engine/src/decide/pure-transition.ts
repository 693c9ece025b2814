import {
  createActor,
  transition as xstateTransition,
  type AnyActorScope,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type ExecutableActionsFrom,
} from 'xstate';

type Actions = ExecutableActionsFrom<AnyStateMachine>[];

/** One step of a machine, and whether the event was accepted at all. */
export interface PureStep {
  snapshot: AnyMachineSnapshot;
  actions: Actions;
  /**
   * What `snapshot.can(event)` says before the step: a transition was selected for the event
   * (its guards passed) and it is not a forbidden one (it has a target or actions).
   */
  accepted: boolean;
}

/** The transitions XState selected for a step, as its inspection event reports them. */
interface SelectedTransition {
  target?: unknown;
  actions: readonly unknown[];
}

/** XState's inspection event, as much of it as is read here. */
interface Inspection {
  type: string;
  _transitions?: readonly SelectedTransition[];
}

interface ReusableScope {
  scope: AnyActorScope;
  collected: Actions;
  /** The transitions selected for the step's own event (the first microstep); undefined until seen. */
  selected: readonly SelectedTransition[] | undefined;
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
  const step = pureStep(machine, snapshot, event);
  return [step.snapshot, step.actions];
}

/**
 * `pureTransition` that also tells whether the event was accepted, as `snapshot.can(event)`
 * would, from the same evaluation of the guards: a command is decided with one pass over its
 * guards instead of two (`can`, then the transition).
 */
export function pureStep(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: { type: string }): PureStep {
  if (hasChildren(snapshot)) return canonicalStep(machine, snapshot, event);
  const reusable = scopes.get(machine) ?? createScope(machine);
  reusable.collected = [];
  reusable.selected = undefined;
  const next = machine.transition(snapshot, event, reusable.scope) as AnyMachineSnapshot;
  const actions = reusable.collected;
  const selected = reusable.selected as readonly SelectedTransition[] | undefined;
  // A child appeared in this step: redo it the canonical way so it lives in a fresh system.
  if (hasChildren(next) || selected === undefined) return canonicalStep(machine, snapshot, event);
  return { snapshot: next, actions, accepted: isAccepted(selected) };
}

function canonicalStep(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: { type: string }): PureStep {
  const accepted = snapshot.can(event);
  const [next, actions] = xstateTransition(machine, snapshot, event);
  return { snapshot: next as AnyMachineSnapshot, actions, accepted };
}

/** XState's own test in `snapshot.can()`. */
function isAccepted(transitions: readonly SelectedTransition[]): boolean {
  return transitions.some((t) => t.target !== undefined || t.actions.length > 0);
}

function hasChildren(snapshot: AnyMachineSnapshot): boolean {
  for (const _ in snapshot.children) return true;
  return false;
}

function createScope(machine: AnyStateMachine): ReusableScope {
  const self = createActor(machine);
  const reusable: ReusableScope = { scope: undefined as unknown as AnyActorScope, collected: [], selected: undefined };
  // The actor's system, except that the step's inspection events are read here: the first
  // microstep's names the transitions selected for the event.
  const system = Object.create(self.system) as typeof self.system & { _sendInspectionEvent: (inspection: Inspection) => void };
  system._sendInspectionEvent = (inspection) => {
    if (reusable.selected === undefined && inspection.type === '@xstate.microstep') reusable.selected = inspection._transitions ?? [];
  };
  reusable.scope = {
    self,
    id: '',
    sessionId: '',
    system,
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
