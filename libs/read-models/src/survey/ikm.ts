import type { Text } from '@satupintu/ptsp';
import { SKM_ELEMENTS, type SkmElement } from './skm-elements';

export type IkmGrade = 'A' | 'B' | 'C' | 'D';

/** The service quality grades of PermenPANRB 14/2017, by the index in hundredths. */
const GRADES: readonly { grade: IkmGrade; fromHundredths: number; label: Text }[] = [
  { grade: 'A', fromHundredths: 8831, label: { id: 'Sangat baik', en: 'Very good' } },
  { grade: 'B', fromHundredths: 7661, label: { id: 'Baik', en: 'Good' } },
  { grade: 'C', fromHundredths: 6500, label: { id: 'Kurang baik', en: 'Fair' } },
  { grade: 'D', fromHundredths: 2500, label: { id: 'Tidak baik', en: 'Poor' } },
];

/** The community satisfaction index (IKM) of a set of answered surveys. */
export interface Ikm {
  respondents: number;
  /** Per element, the average score (nilai rata-rata, NRR), to 2 decimals. */
  elements: Array<{ code: SkmElement; label: Text; average: number }>;
  /** 25 to 100, to 2 decimals. */
  index: number;
  grade: IkmGrade;
  gradeLabel: Text;
}

/** Rounds numerator/denominator (both whole, denominator > 0) to hundredths, halves up, exactly. */
const hundredths = (numerator: number, denominator: number) =>
  Math.floor((200 * numerator + denominator) / (2 * denominator));

/**
 * services.md's computation with the exact weight 1/9 (the regulation rounds it to 0.111):
 * per element the average of its scores, the index the sum over elements of average × 1/9, × 25.
 * As every respondent scores all nine, that is 25 × (all scores) / (9 × respondents): computed
 * in whole numbers, so 88.305… rounds to 88.31 and grades A, as the regulation's table reads
 * (its grade bounds are in hundredths: 88.31–100 A, 76.61–88.30 B, 65.00–76.60 C, 25.00–64.99 D).
 * Null when nobody answered.
 */
export function computeIkm(respondents: number, totals: Record<SkmElement, number>): Ikm | null {
  if (respondents <= 0) return null;
  const all = SKM_ELEMENTS.reduce((sum, element) => sum + totals[element.code], 0);
  const indexHundredths = hundredths(25 * all, 9 * respondents);
  const grade =
    GRADES.find((g) => indexHundredths >= g.fromHundredths) ?? GRADES[GRADES.length - 1];
  return {
    respondents,
    elements: SKM_ELEMENTS.map((element) => ({
      code: element.code,
      label: element.label,
      average: hundredths(totals[element.code], respondents) / 100,
    })),
    index: indexHundredths / 100,
    grade: grade.grade,
    gradeLabel: grade.label,
  };
}
