import type { Projection } from '@satupintu/projections';
import { accountsProjections, caseProjections } from '@satupintu/read-models';

/**
 * Every projection the API's runner keeps in read-models.sqlite. A feature adds its own here;
 * bumping a projection's version rebuilds its tables at the next start.
 */
export const API_PROJECTIONS: readonly Projection[] = [...accountsProjections, ...caseProjections];
