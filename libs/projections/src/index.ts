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
  ProjectionThreadStopTimeoutError,
} from './errors';
export { prepared } from './statement-cache';
export { ReadModelRunner } from './read-model-runner';
export { measureLag } from './projection-runner';
export { ProjectionThread, type ProjectionThreadOptions } from './thread/projection-thread';
export type { ProjectionThreadSetup, ThreadCompanion } from './thread/projection-thread-host';
export type { ProjectionThreadSetupRef } from './thread/messages';
