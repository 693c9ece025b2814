/** One day of 24 hours: the SLA clock counts working days as whole days (libs/read-models/src/sla). */
export const DAY_MS = 24 * 60 * 60 * 1000;

export type DurationUnit = 'minutes' | 'hours' | 'days';

export interface DurationParts {
  unit: DurationUnit;
  /** Whole minutes; hours and days to one decimal. */
  value: number;
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/**
 * A duration in the unit people read it in: minutes under an hour, hours under two days (a file
 * that waited 30 hours waited "30 jam", not "1,3 hari"), days beyond.
 */
export function durationParts(ms: number): DurationParts {
  const minutes = Math.max(0, ms) / 60_000;
  if (minutes < 59.5) return { unit: 'minutes', value: Math.round(minutes) };
  const hours = minutes / 60;
  if (hours < 47.95) return { unit: 'hours', value: oneDecimal(hours) };
  return { unit: 'days', value: oneDecimal(hours / 24) };
}

/** Working time (the SLA clock's, 24 hours per working day) in working days, to one decimal. */
export function workingDays(ms: number): number {
  return oneDecimal(Math.max(0, ms) / DAY_MS);
}

/** The share of `value` in `max` as a width in percent, at least a sliver when it is not zero. */
export function barPercent(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(1.5, Math.min(100, (value / max) * 100));
}
