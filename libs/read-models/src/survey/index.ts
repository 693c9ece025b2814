export {
  SKM_ELEMENTS,
  SKM_ELEMENT_CODES,
  SKM_SCORES,
  isCompleteScoring,
  type SkmElement,
  type SkmScores,
} from './skm-elements';
export { computeIkm, type Ikm, type IkmGrade } from './ikm';
export {
  SURVEY_STREAM_PREFIX,
  SURVEY_ANSWERED,
  surveyStream,
  type SurveyAnsweredData,
} from './survey-events';
export { surveyProjection } from './survey-projection';
export { ikmReport, surveyAnswered, type IkmReport } from './survey-queries';
