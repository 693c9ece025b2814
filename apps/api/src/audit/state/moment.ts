import { parsePeriodEnd, PeriodError } from '@satupintu/exports';
import { ApiException } from '../../errors/api-error';
import { say, type Message } from '../../i18n/message';
import { periodProblemMessage } from '../period-words';

/** A point in a case's history: after a given revision, or as it stood at a time (every step before `before`, exclusive). */
export type Moment = { kind: 'revision'; revision: number } | { kind: 'time'; before: number };

const REVISION = /^\d{1,9}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const HOW = say('field.moment');

export function badMoment(problem: Message): ApiException {
  return ApiException.forFields([{ field: 'at', problem }]);
}

/** `?at=` as a moment: a revision number, an instant with its zone (steps up to and including it), or a WITA day (up to its end). */
export function parseMoment(at: string | undefined): Moment {
  if (at === undefined || at.trim() === '') throw badMoment(HOW);
  const text = at.trim();
  if (REVISION.test(text)) return { kind: 'revision', revision: Number(text) };
  try {
    if (DAY.test(text)) return { kind: 'time', before: parsePeriodEnd('to', text).getTime() };
    return { kind: 'time', before: parsePeriodEnd('from', text).getTime() + 1 };
  } catch (error) {
    if (error instanceof PeriodError)
      throw badMoment(DAY.test(text) ? periodProblemMessage(error.problem) : HOW);
    throw error;
  }
}
