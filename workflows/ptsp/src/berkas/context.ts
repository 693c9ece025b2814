import type { ActedBy } from '../access/acted-by';
import type { LetterService } from '../catalogue/types';
import type { Applicant } from './payloads';
import type { BerkasState } from './vocabulary';

export type OfficialAct = {
  position: string;
  by: ActedBy;
  at: string;
};

export type Handover = {
  recipientName: string;
  relation: 'self' | 'representative';
  recipientIdNumber?: string;
  by: ActedBy;
  at: string;
};

export type Withdrawal = {
  reason: string;
  /** Where the file stood when it was withdrawn. */
  from: BerkasState;
  by: ActedBy;
  at: string;
};

/**
 * Everything a read model needs about a file, kept by the machine itself so that a replay of
 * the events rebuilds it exactly. Times are ISO instants; `letterDate` is a WITA calendar date.
 */
export type BerkasContext = {
  service: LetterService | null;
  catalogueVersion: number | null;
  applicant: Applicant | null;
  trackingCode: string | null;
  agendaNumber: string | null;
  note: string | null;
  receivedAt: string | null;
  /** What is in the file now, in checklist order. */
  submittedDocuments: string[];
  /** What the last return said was missing; cleared when the file passes verification. */
  missingDocuments: string[];
  returnNote: string | null;
  returnedAt: string | null;
  subdivision: string | null;
  /** How many officials of the initials chain have initialled the current draft. */
  chainIndex: number;
  initials: OfficialAct[];
  draftSummary: string | null;
  /** The reason of the last send-back or re-disposition. */
  lastReason: string | null;
  signature: OfficialAct | null;
  letterNumber: string | null;
  letterDate: string | null;
  handover: Handover | null;
  withdrawal: Withdrawal | null;
};

export const EMPTY_BERKAS: BerkasContext = {
  service: null,
  catalogueVersion: null,
  applicant: null,
  trackingCode: null,
  agendaNumber: null,
  note: null,
  receivedAt: null,
  submittedDocuments: [],
  missingDocuments: [],
  returnNote: null,
  returnedAt: null,
  subdivision: null,
  chainIndex: 0,
  initials: [],
  draftSummary: null,
  lastReason: null,
  signature: null,
  letterNumber: null,
  letterDate: null,
  handover: null,
  withdrawal: null,
};

/** The post whose initials the draft waits for, or undefined when the chain is done. */
export function currentChainPosition(context: BerkasContext): string | undefined {
  return context.service?.initialsChain[context.chainIndex];
}
