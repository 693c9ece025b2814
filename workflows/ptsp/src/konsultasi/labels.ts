import type { Text } from '../i18n/text';
import type { KonsultasiCommand, KonsultasiState } from './vocabulary';

export const stateLabels: Record<KonsultasiState, Text> = {
  start: { id: 'Belum dicatat', en: 'Not yet recorded' },
  asked: { id: 'Menunggu jawaban', en: 'Awaiting an answer' },
  escalated: { id: 'Diteruskan ke sub bidang', en: 'Escalated to the sub-division' },
  answered: { id: 'Sudah dijawab', en: 'Answered' },
  closed: { id: 'Selesai', en: 'Closed' },
};

export const commandLabels: Record<KonsultasiCommand, Text> = {
  ask: { id: 'Catat pertanyaan', en: 'Record question' },
  answer: { id: 'Jawab', en: 'Answer' },
  escalate: { id: 'Teruskan ke sub bidang', en: 'Escalate to sub-division' },
  close: { id: 'Selesaikan', en: 'Close' },
};
