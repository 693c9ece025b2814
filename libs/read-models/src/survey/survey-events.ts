import type { JsonObject } from '@satupintu/event-store';

/**
 * An applicant's answer to the satisfaction survey is an event in a stream per case,
 * `survey-<caseId>`: appended with `no_stream`, so each case is answered once, even when two
 * submissions race.
 */
export const SURVEY_STREAM_PREFIX = 'survey-';
export const surveyStream = (caseId: string): string => `${SURVEY_STREAM_PREFIX}${caseId}`;
export const SURVEY_ANSWERED = 'SurveyAnswered';

export interface SurveyAnsweredData extends JsonObject {
  caseId: string;
  serviceCode: string;
  /** Each of the nine elements scored 1 to 4. */
  scores: Record<string, number>;
  /** A suggestion in the applicant's words (saran), if any. */
  suggestion: string | null;
}
