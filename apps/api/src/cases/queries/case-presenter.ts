import { ptspPresentations, type Text } from '@satupintu/ptsp';
import type { CaseSummary, TimelineEntry } from '@satupintu/read-models';
import type { CaseListItemDto, HistoryEntryDto, SlaDto } from '../dto/case-responses';

export function stateLabelOf(kind: string, state: string): Text {
  return ptspPresentations[kind]?.stateLabels[state] ?? { id: state, en: state };
}

/** A case as lists show it (the case page adds what this user may do and who is waited on). */
export function presentCase(summary: CaseSummary, sla: SlaDto): CaseListItemDto {
  return {
    id: summary.id,
    kind: summary.kind,
    trackingCode: summary.trackingCode,
    agendaNumber: summary.agendaNumber,
    serviceCode: summary.serviceCode,
    serviceName: summary.serviceName,
    applicant: summary.applicant,
    state: summary.state,
    stateLabel: stateLabelOf(summary.kind, summary.state),
    revision: summary.revision,
    submittedDocuments: summary.submittedDocuments,
    missingDocuments: summary.missingDocuments,
    subdivision: summary.subdivision,
    ...(summary.letterNumber !== null ? { letterNumber: summary.letterNumber } : {}),
    sla,
    createdAt: summary.createdAt,
    updatedAt: summary.updatedAt,
  };
}

/** One step of the history: who (and for whom, as Plh), when, from which state to which. */
export function presentHistoryEntry(entry: TimelineEntry): HistoryEntryDto {
  const actor: HistoryEntryDto['actor'] = {
    id: entry.actor.id,
    name: entry.actor.name,
    roles: entry.actor.roles,
    position: entry.actor.position,
  };
  if (entry.actingFor.length > 0) {
    actor.actingFor = entry.actingFor.map((p) => ({
      id: p.id,
      name: p.name ?? null,
      position: p.position ?? null,
    }));
  }
  return {
    revision: entry.revision,
    type: entry.type,
    at: entry.at,
    actor,
    from: entry.from,
    to: entry.to,
    data: entry.data,
  };
}
