export type { CaseSummary, CaseApplicant } from './case-summary';
export { casesProjection } from './case-projection';
export { getCase, listCases, countByState, type CaseListQuery } from './case-queries';
export type { ActionableBy } from './queue-keys';
