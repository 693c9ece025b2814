import { DAY_MS, WITA_OFFSET_HOURS } from '@satupintu/ptsp';

const WITA_OFFSET_MS = WITA_OFFSET_HOURS * 60 * 60 * 1000;

/** Start (epoch ms) of the WITA calendar day an instant falls on. */
export function witaDayStart(ms: number): number {
  return Math.floor((ms + WITA_OFFSET_MS) / DAY_MS) * DAY_MS - WITA_OFFSET_MS;
}

/**
 * Whether the WITA day starting at `dayStart` is a working day: Monday to Friday and not one of
 * the holidays (national holidays and cuti bersama, which the admin enters per year).
 */
export function workingDayTest(holidays: readonly string[] = []): (dayStart: number) => boolean {
  // By day start rather than by date text: the clock asks for every day it runs through.
  const closed = new Set(
    holidays.map((date) => Date.parse(`${date}T00:00:00.000Z`) - WITA_OFFSET_MS),
  );
  return (dayStart) => {
    // Day 0 (1 January 1970, WITA) was a Thursday.
    const weekday = (Math.floor((dayStart + WITA_OFFSET_MS) / DAY_MS) + 4) % 7;
    return weekday !== 0 && weekday !== 6 && !closed.has(dayStart);
  };
}
