import { DAY_MS, WITA_OFFSET_HOURS } from '@satupintu/ptsp';

const HOUR_MS = 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;
/** Office hours in WITA: 08:00 to 16:00, Monday to Friday. */
const OPENS = 8 * HOUR_MS;
const CLOSES = 16 * HOUR_MS;
export const OFFICE_DAY_MINUTES = (CLOSES - OPENS) / MINUTE_MS;

const wita = (ms: number) => ms + WITA_OFFSET_HOURS * HOUR_MS;
const dayStartOf = (ms: number) => Math.floor(wita(ms) / DAY_MS) * DAY_MS - WITA_OFFSET_HOURS * HOUR_MS;
const isWeekday = (ms: number) => {
  const day = new Date(wita(ms)).getUTCDay();
  return day !== 0 && day !== 6;
};

/**
 * The instant `minutes` of office time after (or, negative, before) `from`: demo steps happen
 * while the desk is open, never at night or at the weekend.
 */
export function addOfficeMinutes(from: Date, minutes: number): Date {
  let t = from.getTime();
  let left = Math.abs(minutes) * MINUTE_MS;
  const forward = minutes >= 0;
  for (;;) {
    const day = dayStartOf(forward ? t : t - 1);
    const open = day + OPENS;
    const close = day + CLOSES;
    if (!isWeekday(day) || (forward ? t >= close : t <= open)) {
      t = forward ? day + DAY_MS + OPENS : day - DAY_MS + CLOSES;
      continue;
    }
    if (forward && t < open) t = open;
    if (!forward && t > close) t = close;
    const room = forward ? close - t : t - open;
    if (left <= room) return new Date(forward ? t + left : t - left);
    left -= room;
    t = forward ? close : open;
  }
}
