import { DAY_MS } from '@satupintu/ptsp';

/**
 * Stretches of days that figures are rolled up into: the day, the dekad (days 1–10, 11–20 and 21
 * to the month's end, the way Indonesian offices report), the month and the year. Each nests in
 * the next, so a period splits into few blocks. Largest first.
 */
export const GRAINS = ['year', 'month', 'dekad', 'day'] as const;
export type Grain = (typeof GRAINS)[number];

const dateParts = (day: number) => {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth(), dom: date.getUTCDate() };
};

const dayOfUtc = (year: number, month: number, dom: number) => Date.UTC(year, month, dom) / DAY_MS;

/** The first day of the block of `grain` that holds `day`. */
export function blockStart(grain: Grain, day: number): number {
  const { year, month, dom } = dateParts(day);
  switch (grain) {
    case 'year':
      return dayOfUtc(year, 0, 1);
    case 'month':
      return dayOfUtc(year, month, 1);
    case 'dekad':
      return dayOfUtc(year, month, dom <= 10 ? 1 : dom <= 20 ? 11 : 21);
    case 'day':
      return day;
  }
}

/** The last day of the block of `grain` that starts on `start`. */
export function blockEnd(grain: Grain, start: number): number {
  const { year, month, dom } = dateParts(start);
  switch (grain) {
    case 'year':
      return dayOfUtc(year + 1, 0, 1) - 1;
    case 'month':
      return dayOfUtc(year, month + 1, 1) - 1;
    case 'dekad':
      return dom < 21 ? start + 9 : dayOfUtc(year, month + 1, 1) - 1;
    case 'day':
      return start;
  }
}

/** A period of whole days, both ends included, split into what to read from where. */
export interface PeriodPlan {
  /** Rolled-up blocks that lie wholly inside the period, by grain. */
  blocks: Record<Grain, number[]>;
  /** Ranges of days [from, to] not rolled up yet, to read stay by stay. */
  days: Array<[number, number]>;
}

/**
 * Splits the days [from, to] into the fewest rolled-up blocks, plus the days after
 * `rolledUpThrough` (not rolled up yet: read stay by stay). Greedy from the left: the largest
 * block that starts on the day and ends inside the period (at worst the day itself).
 */
export function planPeriod(from: number, to: number, rolledUpThrough: number): PeriodPlan {
  const plan: PeriodPlan = { blocks: { year: [], month: [], dekad: [], day: [] }, days: [] };
  const blockLimit = Math.min(to, rolledUpThrough);
  let day = from;
  while (day <= to) {
    if (day > blockLimit) {
      plan.days.push([day, to]);
      break;
    }
    const grain =
      GRAINS.find((g) => blockStart(g, day) === day && blockEnd(g, day) <= blockLimit) ?? 'day';
    plan.blocks[grain].push(day);
    day = blockEnd(grain, day) + 1;
  }
  return plan;
}
