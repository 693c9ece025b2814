import type { DocumentRequirement } from './types';

/**
 * Checklist lines that several services share, so that one document keeps one code everywhere.
 * A service's own list names them in its order; the ones only one service needs live in its file.
 */
const required = (code: string, id: string, en: string): DocumentRequirement => ({
  code,
  name: { id, en },
  required: true,
});

export const SURAT_PENGANTAR_OPD = required(
  'SURAT_PENGANTAR_OPD',
  'Surat pengantar dari perangkat daerah',
  "Cover letter from the employee's regional agency",
);
export const SK_CPNS = required('SK_CPNS', 'Salinan sah SK CPNS', 'Certified copy of the CPNS (candidate civil servant) decree');
export const SK_PNS = required('SK_PNS', 'Salinan sah SK PNS', 'Certified copy of the PNS (civil servant) decree');
export const SK_PANGKAT_TERAKHIR = required(
  'SK_PANGKAT_TERAKHIR',
  'Salinan sah SK pangkat terakhir',
  'Certified copy of the last rank decree',
);
export const SKP_2_TAHUN_BAIK = required(
  'SKP_2_TAHUN',
  'SKP 2 tahun terakhir, nilai minimal "baik"',
  'Performance appraisals (SKP) of the last 2 years, at least "good"',
);
export const SKP_1_TAHUN = required('SKP_1_TAHUN', 'SKP 1 tahun terakhir', 'Performance appraisal (SKP) of the last year');
export const SKP_1_TAHUN_BAIK = required(
  'SKP_1_TAHUN',
  'SKP 1 tahun terakhir, nilai minimal "baik"',
  'Performance appraisal (SKP) of the last year, at least "good"',
);
export const KARPEG = required('KARPEG', 'Salinan Kartu Pegawai (Karpeg)', 'Copy of the employee card (Karpeg)');
export const AKTA_NIKAH = required('AKTA_NIKAH', 'Salinan sah akta nikah', 'Certified copy of the marriage certificate');
