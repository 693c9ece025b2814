import { useTranslation } from 'react-i18next';
import type { WorkflowDiagram } from '../api/types';
import { useText } from '../i18n/use-language';

/** A stored event type in words (the case page's timeline names them), else the type itself. */
export function useEventLabel(): (type: string) => string {
  const { t } = useTranslation();
  return (type) => t(`timeline.event.${type}`, { defaultValue: type });
}

/** A state's and a command's name as the workflow's diagram gives them, else the code. */
export function useWorkflowLabels(diagram: WorkflowDiagram): {
  state(name: string): string;
  command(name: string): string;
} {
  const text = useText();
  return {
    state: (name) => {
      const label = diagram.states.find((state) => state.name === name)?.label;
      return label !== undefined ? text(label) : name;
    },
    command: (name) => {
      const label = diagram.transitions.find((transition) => transition.command === name)?.label;
      return label !== undefined ? text(label) : name;
    },
  };
}
