import type { AnyMachineSnapshot } from 'xstate';
import type { WaitingOn } from './access/requirement';
import * as berkas from './berkas';
import type { Text } from './i18n/text';
import * as konsultasi from './konsultasi';

/** What screens need to show a workflow's cases: names of states and actions, and who is to act. */
export type WorkflowPresentation = {
  stateLabels: Record<string, Text>;
  commandLabels: Record<string, Text>;
  waitingOn(snapshot: AnyMachineSnapshot): WaitingOn | null;
};

/** By workflow name, i.e. by the prefix of a case's stream id. */
export const ptspPresentations: Record<string, WorkflowPresentation> = {
  berkas: { stateLabels: berkas.stateLabels, commandLabels: berkas.commandLabels, waitingOn: berkas.waitingOn },
  konsultasi: {
    stateLabels: konsultasi.stateLabels,
    commandLabels: konsultasi.commandLabels,
    waitingOn: konsultasi.waitingOn,
  },
};
