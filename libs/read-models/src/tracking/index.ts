export type { TrackingView, TrackingStep } from './tracking-view';
export { trackingProjection } from './tracking-projection';
export { getTracking } from './tracking-queries';
