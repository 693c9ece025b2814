import { DAY_MS, WITA_OFFSET_HOURS, witaDate } from '@satupintu/ptsp';

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
  const closed = new Set(holidays);
  return (dayStart) => {
    const weekday = new Date(dayStart + WITA_OFFSET_MS).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !closed.has(witaDate(new Date(dayStart)));
  };
}
