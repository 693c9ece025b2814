import type { ContentCheck } from '../access/content-check';
import { subdivisionNamed, trackingCodeIsValid } from '../access/common-checks';
import type { Text } from '../i18n/text';
import { isNonEmptyText, isRecord } from '../payload/reading';
import { validatePhone } from '../validation/phone';
import type { KonsultasiContext } from './context';
import type { KonsultasiCommand } from './vocabulary';

const text = (id: string, en: string): Text => ({ id, en });

/** Every rule about what a consultation command carries, by name (the machine's guard names). */
export const konsultasiChecks = {
  topicGiven: (_context, event) =>
    isNonEmptyText(event.topic) ? undefined : text('Topik konsultasi wajib diisi', 'The topic is required'),

  questionGiven: (_context, event) =>
    isNonEmptyText(event.question) ? undefined : text('Pertanyaan wajib diisi', 'The question is required'),

  visitorValid: (_context, event) => {
    const visitor = event.applicant;
    if (visitor === undefined || visitor === null) return undefined; // an anonymous visitor
    if (!isRecord(visitor) || !isNonEmptyText(visitor.name)) {
      return text('Nama pengunjung wajib diisi bila data pengunjung dicatat', "The visitor's name is required when the visitor is recorded");
    }
    if (visitor.phone === undefined) return undefined;
    return typeof visitor.phone === 'string' ? validatePhone(visitor.phone)[0]?.message : text('Nomor HP tidak sah', 'The mobile number is not valid');
  },

  trackingCodeIsValid,

  answerGiven: (_context, event) =>
    isNonEmptyText(event.answer) ? undefined : text('Jawaban wajib diisi', 'The answer is required'),

  subdivisionNamed,

  reasonIsText: (_context, event) =>
    event.reason === undefined || typeof event.reason === 'string'
      ? undefined
      : text('Alasan harus berupa teks', 'The reason must be text'),
} satisfies Record<string, ContentCheck<KonsultasiContext>>;

export type KonsultasiCheckName = keyof typeof konsultasiChecks;

export const konsultasiChecksOf: Record<KonsultasiCommand, readonly KonsultasiCheckName[]> = {
  ask: ['topicGiven', 'questionGiven', 'visitorValid', 'trackingCodeIsValid'],
  answer: ['answerGiven'],
  escalate: ['subdivisionNamed', 'reasonIsText'],
  close: [],
};
