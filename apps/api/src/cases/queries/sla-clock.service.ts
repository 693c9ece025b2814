import { Inject, Injectable } from '@nestjs/common';
import { DAY_MS, witaDate } from '@satupintu/ptsp';
import { caseSla, type AccountsReadModels, type CaseClockFields } from '@satupintu/read-models';
import type { AppConfig } from '../../config/app-config';
import { ACCOUNTS_READ_MODELS, APP_CONFIG } from '../../core/tokens';

/** A year and a bit: the longest a file's promised working days (with returns) can stretch. */
const HORIZON_MS = 400 * DAY_MS;

/** The SLA promise of a case, counted in working days with the office's holidays. */
@Injectable()
export class SlaClock {
  constructor(
    @Inject(ACCOUNTS_READ_MODELS) private readonly readModels: AccountsReadModels,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  of(
    summary: CaseClockFields,
    now: Date = this.config.clock(),
  ): { dueAt: string; breached: boolean } {
    const from = witaDate(summary.receivedAt);
    const to = witaDate(new Date(Date.parse(summary.receivedAt) + HORIZON_MS));
    const holidays = this.readModels.holidays.between(from, to).map((day) => day.date);
    const status = caseSla(summary, { now, holidays });
    return { dueAt: status.dueAt, breached: status.breached };
  }
}
