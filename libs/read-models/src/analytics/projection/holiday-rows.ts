import { prepared, type ReadModelDb } from '@satupintu/projections';
import type { RecordedEvent } from '@satupintu/event-store';
import { AccountEventType, CALENDAR_STREAM_PREFIX } from '../../accounts/account-events';
import { objectOf, textOf } from '../../shared/event-data';
import { dayOfDate } from '../time/wita-days';

/**
 * Keeps the SLA clock's copy of the holidays: a HolidaysSet event replaces its year's days.
 * Returns whether anything changed, so due dates are counted again only then.
 */
export function applyHolidays(db: ReadModelDb, event: RecordedEvent): boolean {
  if (event.type !== AccountEventType.HolidaysSet) return false;
  const year = Number(event.streamId.slice(CALENDAR_STREAM_PREFIX.length));
  const days = objectOf(event.data).days;
  if (!Number.isInteger(year) || !Array.isArray(days)) return false;
  prepared(db, 'DELETE FROM analytics_holidays WHERE year = ?').run(year);
  for (const day of days) {
    const date = textOf(
      typeof day === 'object' && day !== null && !Array.isArray(day) ? day.date : undefined,
    );
    if (date === null || dayOfDate(date) === undefined || !date.startsWith(`${year}-`)) continue;
    prepared(db, 'INSERT OR IGNORE INTO analytics_holidays (date, year) VALUES (?, ?)').run(
      date,
      year,
    );
  }
  return true;
}
