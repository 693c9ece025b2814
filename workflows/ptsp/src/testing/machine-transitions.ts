import type { AnyStateMachine } from 'xstate';

/** One arrow of a statechart: from a state, on an event type, to a state (itself when it has no target). */
export type MachineTransition = { source: string; event: string; target: string };

export const transitionKey = (t: MachineTransition) => `${t.source} --${t.event}--> ${t.target}`;

/** Every arrow of a flat machine, read from the machine itself (each guarded alternative counts). */
export function machineTransitions(machine: AnyStateMachine): MachineTransition[] {
  const arrows: MachineTransition[] = [];
  for (const [source, node] of Object.entries(machine.root.states)) {
    for (const [event, alternatives] of Object.entries(node.on)) {
      for (const alternative of alternatives) {
        arrows.push({ source, event, target: alternative.target?.[0]?.key ?? source });
      }
    }
  }
  return arrows;
}
