import { dayOfDate } from '../time/wita-days';

/** A period of whole WITA days, `from` and `to` included, as `YYYY-MM-DD`. */
export interface Period {
  from: string;
  to: string;
}

/** The period as day numbers; a RangeError for dates that do not exist or run backwards. */
export function periodDays(period: Period): { fromDay: number; toDay: number } {
  const fromDay = dayOfDate(period.from);
  const toDay = dayOfDate(period.to);
  if (fromDay === undefined || toDay === undefined)
    throw new RangeError('A period needs two dates as YYYY-MM-DD');
  if (toDay < fromDay) throw new RangeError('A period cannot end before it starts');
  return { fromDay, toDay };
}
