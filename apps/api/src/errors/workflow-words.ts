import { ptspPresentations } from '@satupintu/ptsp';
import type { Text } from '../i18n/message';

const kindOf = (streamId: string) => streamId.slice(0, streamId.indexOf('-'));

/** A command's and a state's names as the workflow labels them (the raw name where it has none). */
export function workflowWords(
  streamId: string,
  command: string,
  state: string,
): { action: Text; state: Text } {
  const presentation = ptspPresentations[kindOf(streamId)];
  const action = presentation?.commandLabels[command];
  const stateLabel = presentation?.stateLabels[state];
  return {
    action: action ? { id: action.id, en: action.en } : { id: command, en: command },
    state: stateLabel ? { id: stateLabel.id, en: stateLabel.en } : { id: state, en: state },
  };
}

/**
 * The raw name in English (what outside clients have always read from the engine's refusals), the
 * workflow's Indonesian label for a clerk reading Indonesian.
 */
export function engineWords(
  streamId: string,
  command: string,
  state: string,
): { command: Text; state: Text } {
  const words = workflowWords(streamId, command, state);
  return {
    command: { id: words.action.id, en: command },
    state: { id: words.state.id, en: state },
  };
}
