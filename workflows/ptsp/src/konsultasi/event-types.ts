import type { KonsultasiCommand } from './vocabulary';

/** The stored (past-tense) event type of each command. */
export const eventTypes: Record<KonsultasiCommand, string> = {
  ask: 'QuestionAsked',
  answer: 'QuestionAnswered',
  escalate: 'QuestionEscalated',
  close: 'ConsultationClosed',
};
