import { actedBy } from '../access/acted-by';
import type { CheckedEvent } from '../payload/checked-event';
import { normalizePhone } from '../validation/phone';
import type { KonsultasiContext } from './context';
import type { AnswerPayload, AskPayload, EscalatePayload } from './payloads';

/** What each transition writes into the consultation, from an event its guards have checked. */
type Update<TPayload> = (context: KonsultasiContext, event: CheckedEvent<TPayload>) => Partial<KonsultasiContext>;

export const onAsked: Update<AskPayload> = (_context, event) => ({
  topic: event.topic.trim(),
  question: event.question.trim(),
  applicant: event.applicant
    ? {
        name: event.applicant.name.trim(),
        ...(event.applicant.phone ? { phone: normalizePhone(event.applicant.phone) ?? event.applicant.phone } : {}),
      }
    : null,
  trackingCode: event.trackingCode,
  askedAt: event.at,
});

export const onEscalated: Update<EscalatePayload> = (_context, event) => ({
  subdivision: event.subdivision,
  escalationReason: event.reason?.trim() || null,
  escalatedAt: event.at,
});

export const onAnswered: Update<AnswerPayload> = (_context, event) => ({
  answer: event.answer.trim(),
  answeredBy: actedBy(event.actor),
  answeredAt: event.at,
});

export const onClosed: Update<unknown> = (_context, event) => ({ closedAt: event.at });
