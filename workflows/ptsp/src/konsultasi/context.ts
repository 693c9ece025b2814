import type { ActedBy } from '../access/acted-by';
import type { Visitor } from './payloads';

/** Everything a read model needs about a consultation, rebuilt exactly by replaying its events. */
export type KonsultasiContext = {
  topic: string | null;
  question: string | null;
  applicant: Visitor | null;
  trackingCode: string | null;
  askedAt: string | null;
  /** The sub-division whose manager was called in, when the desk could not answer. */
  subdivision: string | null;
  escalationReason: string | null;
  escalatedAt: string | null;
  answer: string | null;
  answeredBy: ActedBy | null;
  answeredAt: string | null;
  closedAt: string | null;
};

export const EMPTY_KONSULTASI: KonsultasiContext = {
  topic: null,
  question: null,
  applicant: null,
  trackingCode: null,
  askedAt: null,
  subdivision: null,
  escalationReason: null,
  escalatedAt: null,
  answer: null,
  answeredBy: null,
  answeredAt: null,
  closedAt: null,
};
