import type { LetterService } from '../catalogue/types';

/**
 * What each command carries, for callers that build commands (the HTTP API, scripts, tests).
 * The machine does not trust these types: its guards check every payload it receives.
 */
export type Applicant = {
  /** The civil servant's NIP, 18 digits without spaces. */
  nip: string;
  name: string;
  /** A mobile number for SMS, 08…, 628… or +628…; the case keeps it as +628…. */
  phone: string;
};

export type ReceivePayload = {
  serviceCode: string;
  catalogueVersion: number;
  /** The whole service copied from the catalogue, so replay never depends on a later edit of it. */
  service: LetterService;
  applicant: Applicant;
  /** Codes of the checklist documents handed in. */
  submittedDocuments: string[];
  note?: string;
  trackingCode: string;
};

export type ReturnIncompletePayload = { missingDocuments: string[]; note?: string };
export type ResubmitPayload = { submittedDocuments: string[] };
export type DisposePayload = { subdivision: string };
export type RedisposePayload = { subdivision: string; reason: string };
export type SubmitDraftPayload = { summary: string };
export type ReasonPayload = { reason: string };
export type HandOverPayload = {
  recipientName: string;
  relation: 'self' | 'representative';
  /** The representative's identity card number; required when a representative collects. */
  recipientIdNumber?: string;
};

/** Fields the engine draws from sequences and adds to the command (see `berkasAllocations`). */
export type ReceiveAllocated = { agendaNumber: string };
export type AssignNumberAllocated = { letterNumber: string };

export type BerkasPayloads = {
  receive: ReceivePayload;
  verify_complete: Record<string, never>;
  return_incomplete: ReturnIncompletePayload;
  resubmit: ResubmitPayload;
  expire: Record<string, never>;
  dispose: DisposePayload;
  redispose: RedisposePayload;
  submit_draft: SubmitDraftPayload;
  initial: Record<string, never>;
  send_back: ReasonPayload;
  sign: Record<string, never>;
  assign_number: Record<string, never>;
  hand_over: HandOverPayload;
  withdraw: ReasonPayload;
};
