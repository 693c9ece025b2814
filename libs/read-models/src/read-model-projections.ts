import type { Projection } from '@satupintu/projections';
import { accountsProjections } from './accounts';
import { analyticsProjection, remindersProjection } from './analytics';
import { catalogueProjection } from './catalogue';
import { outboxProjection } from './outbox';
import { caseProjections } from './ptsp-projections';
import { surveyProjection } from './survey';

/**
 * Every projection of SatuPintu's read-models.sqlite, for the API's runner and the CLI's rebuild
 * alike. A feature adds its own here; bumping a projection's version rebuilds its tables at the
 * next start.
 */
export const READ_MODEL_PROJECTIONS: readonly Projection[] = [
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
