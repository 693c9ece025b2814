import type { CaseSummary } from './case-summary';

/**
 * A case as the projection keeps it: the summary plus what only the projection needs, namely the
 * global position of the case's first event (its row id, so the name index can point at it) and
 * the service's checklist (to keep document lists in checklist order, as the machine does).
 */
export interface CaseRecord extends CaseSummary {
  position: number;
  checklist: string[];
}

export function toSummary(record: CaseRecord): CaseSummary {
  const { position: _position, checklist: _checklist, ...summary } = record;
  return summary;
}
