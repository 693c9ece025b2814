import { parsePeriod, PeriodError, type Period } from '@satupintu/exports';
import { ApiException } from '../errors/api-error';
import { fieldDetails, fieldsMessage } from '../errors/field-details';

/** `from` and `to` of a query as a period; a 400 naming the field otherwise. */
export function periodOf(from: string | undefined, to: string | undefined): Period {
  try {
    return parsePeriod(from, to);
  } catch (error) {
    if (!(error instanceof PeriodError)) throw error;
    const problems = [{ field: error.field, problem: error.message }];
    throw new ApiException(400, fieldsMessage(problems), fieldDetails(problems));
  }
}

/** A comma-separated filter (`type=FileReturned,FileExpired`) as its values. */
export function listOf(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
}
