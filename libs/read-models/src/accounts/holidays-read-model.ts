import { prepared, type ReadModelDb } from '@satupintu/projections';
import type { HolidayDay } from './account-events';

export interface HolidayCalendar {
  year: number;
  /** The calendar stream's revision: the expected revision of the next change; null before the first. */
  revision: number | null;
  days: HolidayDay[];
}

/** Queries over the holidays tables (see holidaysProjection); dates are YYYY-MM-DD. */
export class HolidaysReadModel {
  constructor(private readonly db: ReadModelDb) {}

  forYear(year: number): HolidayCalendar {
    const calendar = prepared<[number], { revision: number }>(
      this.db,
      'SELECT revision FROM holiday_calendars WHERE year = ?',
    ).get(year);
    const days = prepared<[number], HolidayDay>(
      this.db,
      'SELECT date, name FROM holidays WHERE year = ? ORDER BY date',
    ).all(year);
    return { year, revision: calendar?.revision ?? null, days };
  }

  /** Holidays from `from` to `to`, both included: what a working-day count skips. */
  between(from: string, to: string): HolidayDay[] {
    return prepared<[string, string], HolidayDay>(
      this.db,
      'SELECT date, name FROM holidays WHERE date BETWEEN ? AND ? ORDER BY date',
    ).all(from, to);
  }

  isHoliday(date: string): boolean {
    return (
      prepared<[string], { date: string }>(this.db, 'SELECT date FROM holidays WHERE date = ?').get(
        date,
      ) !== undefined
    );
  }
}
