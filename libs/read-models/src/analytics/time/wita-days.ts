import { DAY_MS, WITA_OFFSET_HOURS } from '@satupintu/ptsp';

const WITA_OFFSET_MS = WITA_OFFSET_HOURS * 60 * 60 * 1000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days as whole numbers: day 0 is 1 January 1970 in WITA. Read models key per-day figures by it,
 * so a period is a range of integers and its blocks (dekads, months, years) are found by
 * arithmetic rather than by parsing dates row by row.
 */
export function witaDayOf(ms: number): number {
  return Math.floor((ms + WITA_OFFSET_MS) / DAY_MS);
}

/** The instant (epoch ms) at which a WITA day starts. */
export function witaDayStartMs(day: number): number {
  return day * DAY_MS - WITA_OFFSET_MS;
}

/** The day number of a calendar date `YYYY-MM-DD`; undefined for anything that is not a real date. */
export function dayOfDate(date: string): number | undefined {
  const match = DATE.exec(date);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    return undefined;
  }
  return ms / DAY_MS;
}

/** The calendar date `YYYY-MM-DD` of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
