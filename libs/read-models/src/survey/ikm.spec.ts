import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@satupintu/event-store';
import { tempReadModel, type TempReadModel } from '../testing/temp-read-model';
import { computeIkm } from './ikm';
import { SKM_ELEMENT_CODES, type SkmElement } from './skm-elements';
import { SURVEY_ANSWERED, surveyStream } from './survey-events';
import { surveyProjection } from './survey-projection';
import { ikmReport, surveyAnswered } from './survey-queries';

/** Element totals from nine numbers in the regulation's order. */
const totals = (...values: number[]) =>
  Object.fromEntries(SKM_ELEMENT_CODES.map((code, i) => [code, values[i]])) as Record<
    SkmElement,
    number
  >;
const same = (value: number) => totals(...SKM_ELEMENT_CODES.map(() => value));

describe('the satisfaction index (IKM)', () => {
  it('given every element scored 4 by everyone, then the index is 100, grade A; all 1, then 25, grade D', () => {
    expect(computeIkm(7, same(28))).toMatchObject({
      index: 100,
      grade: 'A',
      gradeLabel: { id: 'Sangat baik', en: 'Very good' },
    });
    expect(computeIkm(7, same(7))).toMatchObject({
      index: 25,
      grade: 'D',
      gradeLabel: { id: 'Tidak baik', en: 'Poor' },
    });
  });

  it('averages each element over the respondents and weighs them by exactly 1/9', () => {
    // 4 respondents: element averages 3.25, 3, 2.5, 4, 3, 3.5, 3.75, 2, 3 (sum 28): index 25 × 28 / 9 = 77.78.
    const ikm = computeIkm(4, totals(13, 12, 10, 16, 12, 14, 15, 8, 12))!;

    expect(ikm.elements.map((e) => e.average)).toEqual([3.25, 3, 2.5, 4, 3, 3.5, 3.75, 2, 3]);
    expect(ikm.elements[0]).toEqual({
      code: 'requirements',
      label: { id: 'Persyaratan', en: 'Requirements' },
      average: 3.25,
    });
    expect(ikm).toMatchObject({ respondents: 4, index: 77.78, grade: 'B' });
  });

  it('given averages summing to 31.79, then the exact weight gives 88.31, an A, where the rounded weight 0.111 would give 88.22, a B', () => {
    const ikm = computeIkm(100, totals(354, 354, 353, 353, 353, 353, 353, 353, 353))!;

    expect(ikm).toMatchObject({ index: 88.31, grade: 'A' });
    expect(Math.round(31.79 * 0.111 * 25 * 100) / 100).toBe(88.22);
  });

  it('rounds the index to hundredths exactly, halves up, before grading: 76.605 is 76.61, a B; 76.60 stays a C', () => {
    expect(computeIkm(5000, same(15321))).toMatchObject({ index: 76.61, grade: 'B' });
    // 25 × 27,576 / 9,000 = 76.6: the top of C.
    expect(computeIkm(1000, same(3064))).toMatchObject({ index: 76.6, grade: 'C' });
    expect(computeIkm(0, same(0))).toBeNull();
  });
});

describe('survey answers by service and period', () => {
  let model: TempReadModel;
  let position = 0;
  beforeEach(() => {
    model = tempReadModel([surveyProjection]);
  });
  afterEach(() => model.remove());

  const answered = (
    caseId: string,
    serviceCode: string,
    at: string,
    score: number,
  ): RecordedEvent => ({
    streamId: surveyStream(caseId),
    revision: 0,
    position: (position += 1),
    id: randomUUID(),
    type: SURVEY_ANSWERED,
    data: {
      caseId,
      serviceCode,
      scores: Object.fromEntries(SKM_ELEMENT_CODES.map((code) => [code, score])),
      suggestion: null,
    },
    metadata: { occurredAt: at, actor: { id: 'applicant', roles: [] }, commandId: randomUUID() },
    recordedAt: at,
  });

  it('given answers for two services over two months, then each service and the whole office get their index for the period asked', () => {
    model.apply([
      answered('berkas-1', 'KARIS', '2026-03-02T02:00:00.000Z', 4),
      answered('berkas-2', 'KARIS', '2026-03-03T02:00:00.000Z', 3),
      answered('berkas-3', 'KP-REG', '2026-03-04T02:00:00.000Z', 2),
      answered('berkas-4', 'KP-REG', '2026-04-01T02:00:00.000Z', 4),
    ]);

    const march = ikmReport(model.db, { period: { from: '2026-03-01', to: '2026-03-31' } });

    expect(march.services.map((s) => [s.serviceCode, s.respondents, s.index, s.grade])).toEqual([
      ['KARIS', 2, 87.5, 'B'],
      ['KP-REG', 1, 50, 'D'],
    ]);
    expect(march.overall).toMatchObject({ respondents: 3, index: 75, grade: 'C' });
    expect(
      ikmReport(model.db, {
        period: { from: '2026-04-01', to: '2026-04-30' },
        serviceCode: 'KARIS',
      }),
    ).toEqual({ overall: null, services: [] });
  });

  it('counts a case once, and records which cases answered', () => {
    const event = answered('berkas-1', 'KARIS', '2026-03-02T02:00:00.000Z', 4);
    model.apply([event, { ...event, position: 99 }]);

    expect(
      ikmReport(model.db, { period: { from: '2026-03-01', to: '2026-03-31' } }).overall
        ?.respondents,
    ).toBe(1);
    expect(surveyAnswered(model.db, 'berkas-1')).toBe(true);
    expect(surveyAnswered(model.db, 'berkas-2')).toBe(false);
  });
});
