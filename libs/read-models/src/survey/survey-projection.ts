import { prepared, type Projection } from '@satupintu/projections';
import { numberOf, objectOf, textOf } from '../shared/event-data';
import { witaDayOf } from '../analytics/time/wita-days';
import { isCompleteScoring, SKM_ELEMENT_CODES } from './skm-elements';
import { SURVEY_ANSWERED, SURVEY_STREAM_PREFIX } from './survey-events';

const SUM_COLUMNS = SKM_ELEMENT_CODES.map((code) => `sum_${code}`);

/**
 * The survey's answers: `survey_answers` says which cases were answered; `survey_daily` keeps
 * per WITA day and service the number of respondents and each element's total score, so the
 * index of any period is a sum over days.
 */
export const surveyProjection: Projection = {
  name: 'survey',
  version: 1,
  streamPrefixes: [SURVEY_STREAM_PREFIX],
  tables: ['survey_answers', 'survey_daily'],
  setup(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS survey_answers (
        case_id TEXT PRIMARY KEY,
        service_code TEXT NOT NULL,
        answered_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS survey_daily (
        day INTEGER NOT NULL,
        service_code TEXT NOT NULL,
        respondents INTEGER NOT NULL,
        ${SUM_COLUMNS.map((column) => `${column} INTEGER NOT NULL`).join(',\n        ')},
        PRIMARY KEY (day, service_code)
      ) STRICT, WITHOUT ROWID;
    `);
  },
  apply(db, event) {
    if (event.type !== SURVEY_ANSWERED) return;
    const data = objectOf(event.data);
    const caseId = textOf(data.caseId);
    const serviceCode = textOf(data.serviceCode);
    const scores = objectOf(data.scores);
    const at = textOf(event.metadata.occurredAt) ?? event.recordedAt;
    if (caseId === null || serviceCode === null || !isCompleteScoring(scores)) return;
    const fresh = prepared(
      db,
      'INSERT OR IGNORE INTO survey_answers (case_id, service_code, answered_at) VALUES (?, ?, ?)',
    ).run(caseId, serviceCode, at);
    if (fresh.changes === 0) return;
    prepared(
      db,
      `INSERT INTO survey_daily (day, service_code, respondents, ${SUM_COLUMNS.join(', ')})
       VALUES (?, ?, 1, ${SUM_COLUMNS.map(() => '?').join(', ')})
       ON CONFLICT (day, service_code) DO UPDATE SET respondents = respondents + 1,
         ${SUM_COLUMNS.map((column) => `${column} = ${column} + excluded.${column}`).join(', ')}`,
    ).run(
      witaDayOf(Date.parse(at)),
      serviceCode,
      ...SKM_ELEMENT_CODES.map((code) => numberOf(scores[code]) ?? 0),
    );
  },
};
