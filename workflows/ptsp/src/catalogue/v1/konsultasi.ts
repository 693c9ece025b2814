import type { ConsultationService } from '../types';

export const KONSULTASI: ConsultationService = {
  kind: 'consultation',
  code: 'KONSULTASI',
  name: { id: 'Konsultasi Kepegawaian', en: 'Personnel consultation' },
  slaWorkingDays: 1,
  documents: [],
};
