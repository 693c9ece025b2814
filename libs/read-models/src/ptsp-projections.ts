import type { Projection } from '@satupintu/projections';
import { casesProjection } from './cases';
import { registersProjection } from './registers';
import { timelineProjection } from './timeline';
import { trackingProjection } from './tracking';

/** The PTSP case read models, for one `ProjectionRunner`. */
export const caseProjections: readonly Projection[] = [casesProjection, timelineProjection, registersProjection, trackingProjection];
