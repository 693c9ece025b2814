/**
 * The office works in Central Indonesian Time (WITA, UTC+8, no daylight saving): a letter's date,
 * the year of its number and the year of an agenda number are WITA dates, not UTC ones. A file
 * received at 07:30 WITA on 1 January is still logged at 23:30 UTC on 31 December.
 */
export const WITA_OFFSET_HOURS = 8;

const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

/** The WITA wall-clock fields of an instant, read with the getUTC* accessors. */
function witaClock(at: string | Date): Date {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not a point in time: ${String(at)}`);
  return new Date(ms + WITA_OFFSET_HOURS * HOUR_MS);
}

/** The WITA calendar date of an instant, `YYYY-MM-DD`. */
export function witaDate(at: string | Date): string {
  return witaClock(at).toISOString().slice(0, 10);
}

export function witaYear(at: string | Date): number {
  return witaClock(at).getUTCFullYear();
}

/** The WITA year and month of an instant as one comparable number, e.g. 202603. */
export function witaYearMonth(at: string | Date): number {
  const clock = witaClock(at);
  return clock.getUTCFullYear() * 100 + clock.getUTCMonth() + 1;
}
