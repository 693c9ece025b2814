import { berkas, konsultasi, ptspPresentations, type Text } from '@satupintu/ptsp';
import type { CaseKind } from '@satupintu/read-models';

/** Each workflow's states in the machine's own order (the diagram's, and the tables'). */
export const WORKFLOW_STATES: Record<CaseKind, readonly string[]> = {
  berkas: berkas.BERKAS_STATES,
  konsultasi: konsultasi.KONSULTASI_STATES,
};

const ORDER = new Map(
  [...WORKFLOW_STATES.berkas, ...WORKFLOW_STATES.konsultasi.filter((s) => s !== 'start')].map(
    (state, i) => [state, i],
  ),
);

/** Where a state sorts: files' states first, in their order, then consultations'. */
export const stateOrder = (state: string): number => ORDER.get(state) ?? ORDER.size;

/** What staff call a state (the states of the two workflows have distinct names, but for start). */
export function stateLabel(state: string): Text {
  const kind: CaseKind = WORKFLOW_STATES.berkas.includes(state) ? 'berkas' : 'konsultasi';
  return ptspPresentations[kind].stateLabels[state] ?? { id: state, en: state };
}
