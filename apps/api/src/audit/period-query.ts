import { ApiPropertyOptional } from '@nestjs/swagger';
import { parsePeriod, PeriodError, type Period } from '@satupintu/exports';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ApiException } from '../errors/api-error';
import { periodProblemMessage } from './period-words';

/** The period of the event log that the audit log and the exports filter by: `from` and `to`, each a day or a time, both optional. */
export class LogPeriodQuery {
  @ApiPropertyOptional({
    example: '2026-03-01',
    description: 'A day (WITA) or a time with its zone; inclusive',
  })
  @IsOptional()
  @MaxLength(40, { message: 'is not a day or a time' })
  @IsString({ message: 'give a day or a time' })
  from?: string;

  @ApiPropertyOptional({
    example: '2026-03-31',
    description: 'A day (WITA, included) or a time with its zone (exclusive)',
  })
  @IsOptional()
  @MaxLength(40, { message: 'is not a day or a time' })
  @IsString({ message: 'give a day or a time' })
  to?: string;
}

/** `from` and `to` of a query as a period; a 400 naming the field otherwise. */
export function periodOf(from: string | undefined, to: string | undefined): Period {
  try {
    return parsePeriod(from, to);
  } catch (error) {
    if (!(error instanceof PeriodError)) throw error;
    throw ApiException.forFields([{ field: error.field, problem: periodProblemMessage(error.problem) }]);
  }
}

/** A comma-separated filter (`type=FileReturned,FileExpired`) as its values. */
export function listOf(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
}
