import { findService, konsultasi } from '@satupintu/ptsp';
import { objectOf, textOf, trimmedTextOf } from '../shared/event-data';
import type { WorkflowEvent } from '../shared/workflow-event';
import type { CaseRecord } from './case-record';
import { applicantPhone, newCase } from './new-case';

const types = konsultasi.eventTypes;
const CONSULTATION_SERVICE = 'KONSULTASI';

/**
 * A new consultation from its QuestionAsked event. Its service (names, one-day target) comes from
 * the catalogue: the event does not carry it, and a consultation has no checklist or letter.
 */
export function askedKonsultasi(event: WorkflowEvent): CaseRecord {
  const service = findService(CONSULTATION_SERVICE);
  const visitor = objectOf(event.data.applicant);
  return newCase(event, {
    kind: 'konsultasi',
    trackingCode: textOf(event.data.trackingCode),
    agendaNumber: null,
    serviceCode: CONSULTATION_SERVICE,
    serviceName: service?.name ?? { id: 'Konsultasi', en: 'Consultation' },
    catalogueVersion: null,
    applicant: { nip: null, name: trimmedTextOf(visitor.name), phone: applicantPhone(textOf(visitor.phone)) },
    initialsChain: [],
    signer: null,
    classificationCode: null,
    checklist: [],
    submittedDocuments: [],
    slaWorkingDays: service?.slaWorkingDays ?? 1,
  });
}

export function konsultasiChanges(_record: CaseRecord, event: WorkflowEvent): Partial<CaseRecord> {
  return event.type === types.escalate ? { subdivision: textOf(event.data.subdivision) } : {};
}

export function konsultasiWaitingOn(record: CaseRecord) {
  return konsultasi.konsultasiWaitingOn(record.state, { ...konsultasi.EMPTY_KONSULTASI, subdivision: record.subdivision });
}

export const konsultasiFinalStates: readonly string[] = ['closed'];
