import type { AnyWorkflowDefinition } from '@satupintu/engine';
import type { Text } from '@satupintu/ptsp';

/** One state of a workflow, as a diagram draws it. */
export interface DiagramState {
  name: string;
  label: Text;
  final: boolean;
}

/** One arrow: from a state, on a command, to a state (itself for a command that stays). */
export interface DiagramTransition {
  from: string;
  command: string;
  to: string;
  label: Text;
}

export interface WorkflowDiagram {
  name: string;
  version: number;
  initial: string;
  states: DiagramState[];
  transitions: DiagramTransition[];
}

interface Labels {
  stateLabels: Record<string, Text>;
  commandLabels: Record<string, Text>;
}

interface StateNodeShape {
  type: string;
  on: Record<string, ReadonlyArray<{ target?: ReadonlyArray<{ key: string }> }>>;
}

/**
 * The states and arrows of a flat workflow machine, read from the machine itself, so a diagram
 * cannot drift from what the engine runs. Guarded alternatives to the same target are one arrow.
 */
export function workflowDiagram(
  definition: AnyWorkflowDefinition,
  labels: Labels,
): WorkflowDiagram {
  const machine = definition.machine;
  const nodes = machine.root.states as Record<string, StateNodeShape>;
  const fallback = (name: string): Text => ({ id: name, en: name });
  const states = Object.entries(nodes).map(([name, node]) => ({
    name,
    label: labels.stateLabels[name] ?? fallback(name),
    final: node.type === 'final',
  }));
  const transitions: DiagramTransition[] = [];
  const seen = new Set<string>();
  for (const [from, node] of Object.entries(nodes)) {
    for (const [command, alternatives] of Object.entries(node.on)) {
      for (const alternative of alternatives) {
        const to = alternative.target?.[0]?.key ?? from;
        const key = `${from} ${command} ${to}`;
        if (seen.has(key)) continue;
        seen.add(key);
        transitions.push({
          from,
          command,
          to,
          label: labels.commandLabels[command] ?? fallback(command),
        });
      }
    }
  }
  const initial = machine.root.initial?.target?.[0]?.key ?? states[0]?.name ?? '';
  return { name: definition.name, version: definition.version, initial, states, transitions };
}
