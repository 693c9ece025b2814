import { witaDate } from '@satupintu/ptsp';
import { dateOfDay, dayOfDate, type Period } from '@satupintu/read-models';
import { ApiException } from '../errors/api-error';
import { say } from '../i18n/message';

/** The longest period one request may cover: ten years of days. */
export const MAX_PERIOD_DAYS = 3660;
const DEFAULT_DAYS = 30;

/**
 * The period a request asks for, in WITA days: `to` defaults to today, `from` to 29 days before
 * `to`. Dates that do not exist, a period ending before it starts or one longer than ten years
 * are a 400 that says which.
 */
export function requestedPeriod(query: { from?: string; to?: string }, now: Date): Period {
  const toDay = query.to === undefined ? dayOfDate(witaDate(now)) : dayOfDate(query.to);
  if (toDay === undefined) throw badDate('to');
  const fromDay = query.from === undefined ? toDay - (DEFAULT_DAYS - 1) : dayOfDate(query.from);
  if (fromDay === undefined) throw badDate('from');
  if (fromDay > toDay) {
    throw ApiException.forFields(
      [{ field: 'from', problem: say('field.periodOrder') }],
      say('period.endsBeforeStart'),
    );
  }
  if (toDay - fromDay + 1 > MAX_PERIOD_DAYS) {
    throw ApiException.forFields(
      [{ field: 'from', problem: say('field.periodLength', { days: MAX_PERIOD_DAYS }) }],
      say('period.tooLong', { days: MAX_PERIOD_DAYS }),
    );
  }
  return { from: dateOfDay(fromDay), to: dateOfDay(toDay) };
}

const badDate = (field: 'from' | 'to') =>
  ApiException.forFields(
    [{ field, problem: say('field.calendarDate') }],
    say('period.notADate', { field }),
  );
