export type { Projection, ReadModelDb } from './projection';
export { isInterestedIn } from './projection';
export {
  ProjectionRunner,
  LAG_SCAN_LIMIT,
  type ProjectionRunnerOptions,
  type ProjectionLag,
  type ProjectionRunnerStatus,
} from './projection-runner';
export {
  ProjectionWaitTimeoutError,
  ProjectionRunnerStoppedError,
  ProjectionApplyError,
} from './errors';
export { prepared } from './statement-cache';
