import { OFFICE_TIME_ZONE } from '../i18n/format';

/** The period and service the oversight page shows: WITA days `YYYY-MM-DD`, '' for every service. */
export interface PeriodChoice {
  from: string;
  to: string;
  serviceCode: string;
}

/** The API's default and its limit (apps/api/src/analytics/analytics-period.ts). */
export const DEFAULT_DAYS = 30;
export const MAX_DAYS = 3660;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today in the office (WITA), whatever the device's zone. */
export function officeToday(now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: OFFICE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The day number of a real calendar date, or undefined (2026-02-30 is not one). */
function dayNumber(date: string): number | undefined {
  const match = DATE.exec(date);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day
  )
    return undefined;
  return time / 86_400_000;
}

export function addDays(date: string, days: number): string {
  const n = dayNumber(date);
  if (n === undefined) throw new Error(`not a date: ${date}`);
  return new Date((n + days) * 86_400_000).toISOString().slice(0, 10);
}

/** What is wrong with a period as typed, as a catalogue key under oversight.period.problem. */
export function periodProblem(from: string, to: string): 'date' | 'order' | 'tooLong' | undefined {
  const [start, end] = [dayNumber(from), dayNumber(to)];
  if (start === undefined || end === undefined) return 'date';
  if (start > end) return 'order';
  if (end - start + 1 > MAX_DAYS) return 'tooLong';
  return undefined;
}

/**
 * A period whose ends may stay empty (the export: from the log's start, to its end); when both
 * are given they must be in order.
 */
export function openPeriodProblem(from: string, to: string): 'date' | 'order' | undefined {
  if ((from !== '' && dayNumber(from) === undefined) || (to !== '' && dayNumber(to) === undefined))
    return 'date';
  if (from !== '' && to !== '' && from > to) return 'order';
  return undefined;
}

/**
 * The period in the address (`?dari=…&sampai=…&layanan=…`, so a view can be bookmarked and
 * shared); the 30 days up to today when it has none, or a broken one.
 */
export function periodFromSearch(search: URLSearchParams, today: string): PeriodChoice {
  const from = search.get('dari') ?? '';
  const to = search.get('sampai') ?? '';
  const serviceCode = search.get('layanan') ?? '';
  if (periodProblem(from, to) !== undefined)
    return { from: addDays(today, -(DEFAULT_DAYS - 1)), to: today, serviceCode };
  return { from, to, serviceCode };
}

export function periodToSearch(period: PeriodChoice): Record<string, string> {
  return {
    dari: period.from,
    sampai: period.to,
    ...(period.serviceCode !== '' ? { layanan: period.serviceCode } : {}),
  };
}

/** A stable key of a period, for reloading what depends on it. */
export const periodKey = (period: PeriodChoice) =>
  `${period.from}|${period.to}|${period.serviceCode}`;

/**
 * The heatmap's thresholds as the supervisor fills them in (attention from, critical from; the
 * second may stay empty): positive and ascending, as the API wants them; else what is wrong, as
 * a catalogue key under oversight.heatmap.problem.
 */
export function checkThresholds(
  attention: string,
  critical: string,
): { thresholds: number[] } | { problem: 'required' | 'positive' | 'ascending' } {
  const read = (text: string) => Number(text.trim().replace(',', '.'));
  if (attention.trim() === '') return { problem: 'required' };
  const values = [attention, critical].filter((text) => text.trim() !== '').map(read);
  if (values.some((value) => !Number.isFinite(value) || value <= 0)) return { problem: 'positive' };
  if (values.length === 2 && values[1] <= values[0]) return { problem: 'ascending' };
  return { thresholds: values };
}
