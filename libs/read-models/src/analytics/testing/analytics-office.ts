import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@satupintu/event-store';
import { accountsProjections } from '../../accounts/accounts-read-models';
import { AccountEventType, calendarStream } from '../../accounts/account-events';
import { tempReadModel, type TempReadModel } from '../../testing/temp-read-model';
import { TestOffice } from '../../testing/test-office';
import { analyticsProjection } from '../projection/analytics-projection';
import { remindersProjection } from '../reminders/reminders-projection';

/** WITA wall-clock time as an ISO instant: `wita('2026-03-02', '09:00')`. */
export const wita = (date: string, time = '09:00') =>
  new Date(`${date}T${time}:00+08:00`).toISOString();
export const HOUR = 60 * 60 * 1000;
export const MINUTE = 60 * 1000;

/**
 * The real engine and workflows (TestOffice, with its settable clock) feeding the supervisors'
 * read models in a real SQLite file: specs build histories with known timings and read figures.
 */
export class AnalyticsOffice extends TestOffice {
  readonly model: TempReadModel = tempReadModel([
    ...accountsProjections,
    analyticsProjection,
    remindersProjection,
  ]);
  private calendarPosition = 1_000_000_000;

  /** Applies every event appended since the last sync. */
  async sync(): Promise<void> {
    this.model.apply(await this.newEvents());
  }

  /** The admin sets a year's holidays (as the holidays endpoint would), applied at once. */
  setHolidays(year: number, dates: string[]): void {
    const event: RecordedEvent = {
      streamId: calendarStream(year),
      revision: 0,
      position: (this.calendarPosition += 1),
      id: randomUUID(),
      type: AccountEventType.HolidaysSet,
      data: { year, days: dates.map((date) => ({ date, name: 'Libur' })) },
      metadata: {
        occurredAt: this.clock.now().toISOString(),
        actor: { id: 'admin', roles: ['admin'] },
        commandId: randomUUID(),
      },
      recordedAt: this.clock.now().toISOString(),
    };
    this.model.apply([event]);
  }

  close(): void {
    this.model.remove();
  }
}
