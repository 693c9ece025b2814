import type { Text, WaitingOn } from '@satupintu/ptsp';
import type { CaseKind } from '../shared/case-streams';
import type { ReturnedPeriod } from '../sla';

export type { CaseKind };

/** The applicant as staff see them. A consultation's visitor may be anonymous and has no NIP. */
export interface CaseApplicant {
  nip: string | null;
  name: string | null;
  phone: string | null;
}

/**
 * One case (a file or a consultation) as staff lists and the case page show it: what it is, where
 * it stands, who must act now, and what the SLA clock needs.
 */
export interface CaseSummary {
  /** The stream id, e.g. `berkas-<uuid>`. */
  id: string;
  kind: CaseKind;
  trackingCode: string | null;
  agendaNumber: string | null;
  serviceCode: string;
  serviceName: Text;
  catalogueVersion: number | null;
  applicant: CaseApplicant;
  state: string;
  /** The sub-division the file was disposed (or a question escalated) to; null before that. */
  subdivision: string | null;
  initialsChain: string[];
  /** How many officials of the chain have initialled the current draft. */
  chainIndex: number;
  signer: string | null;
  classificationCode: string | null;
  /** Document codes in the service's checklist order. */
  submittedDocuments: string[];
  missingDocuments: string[];
  letterNumber: string | null;
  /** The letter's WITA date, `YYYY-MM-DD`. */
  letterDate: string | null;
  /** Revision of the last event applied: what a command's `expectedRevision` should say. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  receivedAt: string;
  /** Since when the file is with the applicant; null when it is not. */
  returnedAt: string | null;
  /** Total time spent returned in periods that have ended, in ms. */
  returnedMs: number;
  returnedPeriods: ReturnedPeriod[];
  /** When the office's work was done (ready for pickup; answered, for a consultation). */
  readyAt: string | null;
  /** When the case reached a final state. */
  closedAt: string | null;
  slaWorkingDays: number;
  /** Who must act for the case to move on; null in final states. */
  waitingOn: WaitingOn | null;
}
