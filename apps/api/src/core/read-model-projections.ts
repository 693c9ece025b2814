import type { Projection } from '@satupintu/projections';
import {
  accountsProjections,
  analyticsProjection,
  caseProjections,
  catalogueProjection,
  outboxProjection,
  remindersProjection,
  surveyProjection,
} from '@satupintu/read-models';

/**
 * Every projection the API's runner keeps in read-models.sqlite. A feature adds its own here;
 * bumping a projection's version rebuilds its tables at the next start.
 */
export const API_PROJECTIONS: readonly Projection[] = [
  ...accountsProjections,
  ...caseProjections,
  // The published catalogue versions after the seed (admin changes).
  catalogueProjection,
  // Supervisors' figures, officials' reminders, applicants' messages and survey (issue 5).
  analyticsProjection,
  remindersProjection,
  outboxProjection,
  surveyProjection,
];
