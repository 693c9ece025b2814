import type { Text } from '@satupintu/ptsp';

/**
 * The nine elements (unsur) of the community satisfaction survey (Survei Kepuasan Masyarakat,
 * SKM) of PermenPANRB 14/2017, in the regulation's order, each scored 1 to 4.
 */
export const SKM_ELEMENTS = [
  { code: 'requirements', label: { id: 'Persyaratan', en: 'Requirements' } },
  {
    code: 'procedure',
    label: { id: 'Sistem, mekanisme, dan prosedur', en: 'System, mechanism and procedure' },
  },
  { code: 'completion_time', label: { id: 'Waktu penyelesaian', en: 'Completion time' } },
  { code: 'cost', label: { id: 'Biaya/tarif', en: 'Cost' } },
  {
    code: 'product',
    label: { id: 'Produk spesifikasi jenis pelayanan', en: 'The service product' },
  },
  { code: 'competence', label: { id: 'Kompetensi pelaksana', en: "Staff's competence" } },
  { code: 'behaviour', label: { id: 'Perilaku pelaksana', en: "Staff's behaviour" } },
  {
    code: 'complaints',
    label: {
      id: 'Penanganan pengaduan, saran dan masukan',
      en: 'Handling of complaints and suggestions',
    },
  },
  { code: 'facilities', label: { id: 'Sarana dan prasarana', en: 'Facilities' } },
] as const satisfies readonly { code: string; label: Text }[];

export type SkmElement = (typeof SKM_ELEMENTS)[number]['code'];
export const SKM_ELEMENT_CODES: readonly SkmElement[] = SKM_ELEMENTS.map((element) => element.code);

/** What each score means (the regulation's wording, for the form). */
export const SKM_SCORES: readonly { score: 1 | 2 | 3 | 4; label: Text }[] = [
  { score: 1, label: { id: 'Tidak baik', en: 'Poor' } },
  { score: 2, label: { id: 'Kurang baik', en: 'Fair' } },
  { score: 3, label: { id: 'Baik', en: 'Good' } },
  { score: 4, label: { id: 'Sangat baik', en: 'Very good' } },
];

export type SkmScores = Record<SkmElement, number>;

/** Whether every element has a whole score from 1 to 4, and nothing else is there. */
export function isCompleteScoring(scores: Record<string, unknown>): scores is SkmScores {
  const keys = Object.keys(scores);
  return (
    keys.length === SKM_ELEMENT_CODES.length &&
    SKM_ELEMENT_CODES.every(
      (code) =>
        Number.isInteger(scores[code]) &&
        (scores[code] as number) >= 1 &&
        (scores[code] as number) <= 4,
    )
  );
}
