import type { Projection } from '@satupintu/projections';
import { READ_MODEL_PROJECTIONS } from '@satupintu/read-models';

/** Every projection the API's read models keep (the list lives in libs/read-models, the CLI's rebuild uses it too). */
export const API_PROJECTIONS: readonly Projection[] = READ_MODEL_PROJECTIONS;
