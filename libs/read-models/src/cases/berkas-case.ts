import { berkas, witaDate, type LetterService } from '@satupintu/ptsp';
import { numberOf, objectOf, textListOf, textOf, trimmedTextOf } from '../shared/event-data';
import type { WorkflowEvent } from '../shared/workflow-event';
import type { CaseRecord } from './case-record';
import { applicantPhone, newCase } from './new-case';

const types = berkas.eventTypes;

/** Each listed document once, in the order of the service's checklist: how the machine keeps lists. */
const inChecklistOrder = (codes: string[], checklist: string[]) => checklist.filter((code) => codes.includes(code));

/** A new file from its FileReceived event; the lifecycle fields are filled in by `evolveCase`. */
export function receivedBerkas(event: WorkflowEvent): CaseRecord {
  const { data } = event;
  const service = objectOf(data.service);
  const name = objectOf(service.name);
  const applicant = objectOf(data.applicant);
  const checklist = Array.isArray(service.documents) ? service.documents.map((d) => textOf(objectOf(d).code) ?? '') : [];
  return newCase(event, {
    kind: 'berkas',
    trackingCode: textOf(data.trackingCode),
    agendaNumber: textOf(data.agendaNumber),
    serviceCode: textOf(data.serviceCode) ?? textOf(service.code) ?? '',
    serviceName: { id: textOf(name.id) ?? '', en: textOf(name.en) ?? '' },
    catalogueVersion: numberOf(data.catalogueVersion),
    // The machine keeps the phone in international form and the name trimmed: so does the list.
    applicant: {
      nip: textOf(applicant.nip),
      name: trimmedTextOf(applicant.name),
      phone: applicantPhone(textOf(applicant.phone)),
    },
    initialsChain: textListOf(service.initialsChain),
    signer: textOf(service.signer),
    classificationCode: textOf(service.classificationCode),
    checklist,
    submittedDocuments: inChecklistOrder(textListOf(data.submittedDocuments), checklist),
    slaWorkingDays: numberOf(service.slaWorkingDays) ?? 0,
  });
}

/** What one event of a file changes in its record, besides state and times. */
export function berkasChanges(record: CaseRecord, event: WorkflowEvent): Partial<CaseRecord> {
  const { data } = event;
  switch (event.type) {
    case types.verify_complete:
      return { missingDocuments: [] };
    case types.return_incomplete:
      return { missingDocuments: inChecklistOrder(textListOf(data.missingDocuments), record.checklist) };
    case types.resubmit:
      return { submittedDocuments: inChecklistOrder(textListOf(data.submittedDocuments), record.checklist) };
    case types.dispose:
    case types.redispose:
      return { subdivision: textOf(data.subdivision) };
    // Every draft goes up the whole chain again, as the machine restarts it on entering initials.
    case types.submit_draft:
      return { chainIndex: 0 };
    case types.initial:
      return { chainIndex: record.chainIndex + 1 };
    case types.assign_number:
      return { letterNumber: textOf(data.letterNumber), letterDate: witaDate(event.at) };
    default:
      return {};
  }
}

/**
 * Who the file waits on, by the workflow's own rule (its permissions table). The rule reads only
 * the chain, the signer and the sub-division, so a context with those is enough.
 */
export function berkasWaitingOn(record: CaseRecord) {
  const service: LetterService = {
    kind: 'letter',
    code: record.serviceCode,
    name: record.serviceName,
    subdivision: record.subdivision ?? '',
    slaWorkingDays: record.slaWorkingDays,
    documents: [],
    initialsChain: record.initialsChain,
    signer: record.signer ?? '',
    classificationCode: record.classificationCode ?? '',
  };
  const context = { ...berkas.EMPTY_BERKAS, service, subdivision: record.subdivision, chainIndex: record.chainIndex };
  return berkas.berkasWaitingOn(record.state, context);
}

export const berkasFinalStates: readonly string[] = berkas.BERKAS_FINAL_STATES;
