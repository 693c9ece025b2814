export type { TimelineEntry } from './timeline-entry';
export { timelineProjection } from './timeline-projection';
export { getTimeline } from './timeline-queries';
