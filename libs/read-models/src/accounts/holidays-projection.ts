import { prepared, type Projection } from '@satupintu/projections';
import { AccountEventType, CALENDAR_STREAM_PREFIX } from './account-events';
import { objectOf } from '../shared/event-data';
import { occurredAt } from './admin-metadata';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Public holidays and joint leave days per year, from `calendar-<year>` streams: what working-day
 * SLAs skip. HolidaysSet replaces the whole year. `holiday_calendars` keeps each year's stream
 * revision, also for a year set to no days at all.
 */
export const holidaysProjection: Projection = {
  name: 'holidays',
  version: 1,
  streamPrefixes: [CALENDAR_STREAM_PREFIX],
  tables: ['holiday_calendars', 'holidays'],
  setup(db) {
    db.exec(`CREATE TABLE IF NOT EXISTS holiday_calendars (
      year INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE IF NOT EXISTS holidays (
      date TEXT PRIMARY KEY,
      year INTEGER NOT NULL,
      name TEXT NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS holidays_year ON holidays (year);`);
  },
  apply(db, event) {
    if (event.type !== AccountEventType.HolidaysSet) return;
    const year = Number(event.streamId.slice(CALENDAR_STREAM_PREFIX.length));
    const days = objectOf(event.data).days;
    if (!Number.isInteger(year) || !Array.isArray(days)) return;
    prepared(db, 'DELETE FROM holidays WHERE year = ?').run(year);
    for (const day of days) {
      if (typeof day !== 'object' || day === null || Array.isArray(day)) continue;
      const { date, name } = day;
      if (
        typeof date !== 'string' ||
        !DATE.test(date) ||
        !date.startsWith(`${year}-`) ||
        typeof name !== 'string'
      )
        continue;
      prepared(
        db,
        'INSERT INTO holidays (date, year, name) VALUES (?, ?, ?) ON CONFLICT (date) DO UPDATE SET name = excluded.name',
      ).run(date, year, name);
    }
    prepared(
      db,
      `INSERT INTO holiday_calendars (year, revision, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (year) DO UPDATE SET revision = excluded.revision, updated_at = excluded.updated_at`,
    ).run(year, event.revision, occurredAt(event));
  },
};
