import { WITA_OFFSET_HOURS } from '@satupintu/ptsp';

/** A stretch of the log by the events' own times: `from` inclusive, `to` exclusive; open ends read all. */
export interface Period {
  from?: Date;
  to?: Date;
}

/** What is wrong with one end of a period, as facts (the API says it in the language asked for). */
export type PeriodProblem =
  /** Written as a day, but no such day (2026-02-30). */
  | { kind: 'notACalendarDay'; text: string }
  /** Neither a day nor a time with its zone. */
  | { kind: 'notADayOrTime' }
  /** Written as a time with its zone, but no such time. */
  | { kind: 'notAPointInTime'; text: string }
  /** `to` is not after `from`. */
  | { kind: 'toNotAfterFrom' };

function inWords(problem: PeriodProblem): string {
  switch (problem.kind) {
    case 'notACalendarDay':
      return `${problem.text} is not a day of the calendar`;
    case 'notADayOrTime':
      return 'give a day (2026-03-01) or a time with its zone (2026-03-01T08:00:00+08:00)';
    case 'notAPointInTime':
      return `${problem.text} is not a point in time`;
    case 'toNotAfterFrom':
      return 'must come after from';
  }
}

/** One end of a period is wrong: `message` says why in English, `problem` as facts. */
export class PeriodError extends Error {
  constructor(
    readonly field: 'from' | 'to',
    readonly problem: PeriodProblem,
  ) {
    super(inWords(problem));
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Midnight at the start of a WITA calendar day, or undefined when the day does not exist (2026-02-30). */
function witaMidnight(text: string): Date | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  )
    return undefined;
  return new Date(utc - WITA_OFFSET_HOURS * HOUR_MS);
}

/**
 * One end of a period as an operator types it: a day (`2026-03-01`, a whole office day in WITA:
 * `from` starts at its midnight, `to` includes it) or an instant with its zone
 * (`2026-03-01T08:00:00+08:00`, `…Z`). A time without a zone is refused: it would be a guess.
 */
export function parsePeriodEnd(field: 'from' | 'to', text: string): Date {
  const day = witaMidnight(text);
  if (day) return field === 'from' ? day : new Date(day.getTime() + DAY_MS);
  if (DATE.test(text)) throw new PeriodError(field, { kind: 'notACalendarDay', text });
  if (!DATE_TIME.test(text)) {
    throw new PeriodError(field, { kind: 'notADayOrTime' });
  }
  const at = new Date(text);
  if (Number.isNaN(at.getTime())) throw new PeriodError(field, { kind: 'notAPointInTime', text });
  return at;
}

/** A period from optional texts; `from` must come before `to`. */
export function parsePeriod(from?: string, to?: string): Period {
  const period: Period = {};
  if (from !== undefined && from !== '') period.from = parsePeriodEnd('from', from);
  if (to !== undefined && to !== '') period.to = parsePeriodEnd('to', to);
  if (period.from && period.to && period.from >= period.to) {
    throw new PeriodError('to', { kind: 'toNotAfterFrom' });
  }
  return period;
}

export function inPeriod(period: Period, isoTime: string): boolean {
  const at = Date.parse(isoTime);
  return (
    (period.from === undefined || at >= period.from.getTime()) &&
    (period.to === undefined || at < period.to.getTime())
  );
}
