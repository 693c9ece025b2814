/** The counts the throughput chart draws, per day or per group of days. */
export interface FlowCounts {
  received: number;
  completed: number;
  returned: number;
  expired: number;
  withdrawn: number;
}

export interface Bucket extends FlowCounts {
  /** The first and last day it covers (the same for a single day). */
  from: string;
  to: string;
}

const FLOWS = ['received', 'completed', 'returned', 'expired', 'withdrawn'] as const;

/**
 * Days into at most `maxBars` columns: one per day while they fit, else groups of 7 days (then of
 * 7·k), so a year still reads as a chart; the last group may be shorter.
 */
export function bucketDays(
  days: ReadonlyArray<FlowCounts & { date: string }>,
  maxBars = 62,
): Bucket[] {
  let size = 1;
  while (Math.ceil(days.length / size) > maxBars) size = size === 1 ? 7 : size + 7;
  const buckets: Bucket[] = [];
  for (let start = 0; start < days.length; start += size) {
    const group = days.slice(start, start + size);
    const bucket: Bucket = {
      from: group[0].date,
      to: group[group.length - 1].date,
      received: 0,
      completed: 0,
      returned: 0,
      expired: 0,
      withdrawn: 0,
    };
    for (const day of group) for (const flow of FLOWS) bucket[flow] += day[flow];
    buckets.push(bucket);
  }
  return buckets;
}

/** A round top for the chart's scale: 1, 2, 5, 10, 20, 50, … at or above the largest value. */
export function niceMax(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}
