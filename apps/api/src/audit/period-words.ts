import type { PeriodProblem } from '@satupintu/exports';
import { say, type Message } from '../i18n/message';

/** What is wrong with one end of a period, in the words of the request's language. */
export function periodProblemMessage(problem: PeriodProblem): Message {
  switch (problem.kind) {
    case 'notACalendarDay':
      return say('field.notACalendarDay', { text: problem.text });
    case 'notADayOrTime':
      return say('field.dayOrTime');
    case 'notAPointInTime':
      return say('field.notAPointInTime', { text: problem.text });
    case 'toNotAfterFrom':
      return say('field.afterFrom');
  }
}
