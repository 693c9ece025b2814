import type { Actor } from '@satupintu/engine';
import { AccountEventType, calendarStream, type HolidayDay } from './account-events';
import { AdminInputError } from './accounts-errors';
import { MAX_HOLIDAYS_PER_YEAR, MAX_NAME_LENGTH, Problems, isCalendarDate } from './account-rules';
import { appendAdminEvents, type AdminContext } from './admin-context';
import type { HolidayCalendar } from './holidays-read-model';

export const MIN_CALENDAR_YEAR = 2000;
export const MAX_CALENDAR_YEAR = 2100;

/** Replaces a year's public holidays and joint leave days. */
export async function setHolidays(
  context: AdminContext,
  year: number,
  days: HolidayDay[],
  actor: Actor,
): Promise<HolidayCalendar> {
  const problems = new Problems()
    .check(
      Number.isInteger(year) && year >= MIN_CALENDAR_YEAR && year <= MAX_CALENDAR_YEAR,
      'year',
      {
        id: `isi tahun ${MIN_CALENDAR_YEAR} sampai ${MAX_CALENDAR_YEAR}`,
        en: `give a year from ${MIN_CALENDAR_YEAR} to ${MAX_CALENDAR_YEAR}`,
      },
    )
    .check(days.length <= MAX_HOLIDAYS_PER_YEAR, 'days', {
      id: `isi paling banyak ${MAX_HOLIDAYS_PER_YEAR} hari`,
      en: `give at most ${MAX_HOLIDAYS_PER_YEAR} days`,
    });
  const seen = new Set<string>();
  days.forEach((day, i) => {
    problems
      .check(isCalendarDate(day.date) && day.date.startsWith(`${year}-`), `days.${i}.date`, {
        id: `isi tanggal tahun ${year} dengan format YYYY-MM-DD`,
        en: `give a date of ${year} as YYYY-MM-DD`,
      })
      .check(!seen.has(day.date), `days.${i}.date`, {
        id: 'tanggal ini tercantum dua kali',
        en: 'this date is listed twice',
      })
      .name(`days.${i}.name`, day.name);
    seen.add(day.date);
  });
  if (problems.list.length > 0) throw new AdminInputError(problems.list);

  const { holidays } = context.readModels;
  const current = holidays.forYear(year);
  const sorted = days
    .map((day) => ({ date: day.date, name: day.name.trim().slice(0, MAX_NAME_LENGTH) }))
    .sort((a, b) => a.date.localeCompare(b.date));
  await appendAdminEvents(context, actor, calendarStream(year), current.revision ?? 'no_stream', [
    { type: AccountEventType.HolidaysSet, data: { year, days: sorted } },
  ]);
  return holidays.forYear(year);
}
