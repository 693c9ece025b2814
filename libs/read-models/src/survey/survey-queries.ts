import { prepared, type ReadModelDb } from '@satupintu/projections';
import { periodDays, type Period } from '../analytics/queries/period';
import { computeIkm, type Ikm } from './ikm';
import { SKM_ELEMENT_CODES, type SkmElement } from './skm-elements';

export interface IkmReport {
  /** All services together; null when nobody answered in the period. */
  overall: Ikm | null;
  services: Array<{ serviceCode: string } & Ikm>;
}

type SumsRow = { service_code: string; respondents: number } & Record<string, number>;

const totalsOf = (row: SumsRow) =>
  Object.fromEntries(SKM_ELEMENT_CODES.map((code) => [code, row[`sum_${code}`]])) as Record<
    SkmElement,
    number
  >;

/** The index per service and overall, over the surveys answered in the period. */
export function ikmReport(
  db: ReadModelDb,
  query: { period: Period; serviceCode?: string },
): IkmReport {
  const { fromDay, toDay } = periodDays(query.period);
  const service = query.serviceCode ?? null;
  const rows = prepared<[number, number, string | null, string | null], SumsRow>(
    db,
    `SELECT service_code, sum(respondents) AS respondents, ${SKM_ELEMENT_CODES.map((code) => `sum(sum_${code}) AS sum_${code}`).join(', ')}
     FROM survey_daily WHERE day BETWEEN ? AND ? AND (? IS NULL OR service_code = ?)
     GROUP BY service_code ORDER BY service_code`,
  ).all(fromDay, toDay, service, service);
  const overall = {
    respondents: 0,
    totals: Object.fromEntries(SKM_ELEMENT_CODES.map((code) => [code, 0])) as Record<
      SkmElement,
      number
    >,
  };
  const services: IkmReport['services'] = [];
  for (const row of rows) {
    const totals = totalsOf(row);
    overall.respondents += row.respondents;
    for (const code of SKM_ELEMENT_CODES) overall.totals[code] += totals[code];
    const ikm = computeIkm(row.respondents, totals);
    if (ikm !== null) services.push({ serviceCode: row.service_code, ...ikm });
  }
  return { overall: computeIkm(overall.respondents, overall.totals), services };
}

/** Whether the case's survey has been answered (as far as the read models know). */
export function surveyAnswered(db: ReadModelDb, caseId: string): boolean {
  return (
    prepared<[string], { case_id: string }>(
      db,
      'SELECT case_id FROM survey_answers WHERE case_id = ?',
    ).get(caseId) !== undefined
  );
}
