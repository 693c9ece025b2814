import { normalizePhone } from '@satupintu/ptsp';
import type { WorkflowEvent } from '../shared/workflow-event';
import type { CaseRecord } from './case-record';

/** What a new case of either kind says about itself; the rest starts the same for both. */
export type CaseStart = Pick<
  CaseRecord,
  | 'kind'
  | 'trackingCode'
  | 'agendaNumber'
  | 'serviceCode'
  | 'serviceName'
  | 'catalogueVersion'
  | 'applicant'
  | 'initialsChain'
  | 'signer'
  | 'classificationCode'
  | 'checklist'
  | 'submittedDocuments'
  | 'slaWorkingDays'
>;

/**
 * A new case from its first event: what it says about itself, and the lifecycle as it starts
 * (received now, nothing returned, ready or closed yet); `evolveCase` fills the lifecycle in.
 */
export function newCase(event: WorkflowEvent, start: CaseStart): CaseRecord {
  return {
    id: event.caseId,
    position: event.position,
    ...start,
    state: event.stateAfter,
    subdivision: null,
    chainIndex: 0,
    missingDocuments: [],
    letterNumber: null,
    letterDate: null,
    revision: event.revision,
    createdAt: event.at,
    updatedAt: event.at,
    receivedAt: event.at,
    returnedAt: null,
    returnedMs: 0,
    returnedPeriods: [],
    readyAt: null,
    closedAt: null,
    waitingOn: null,
  };
}

/** The applicant's phone as the machine keeps it: in international form when it can be read. */
export const applicantPhone = (phone: string | null): string | null =>
  phone === null ? null : (normalizePhone(phone) ?? phone);
