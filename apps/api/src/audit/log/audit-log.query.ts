import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { LogPeriodQuery } from '../period-query';

export const MAX_LOG_PAGE = 500;

/** GET /api/audit/log: every filter optional (the period's too). */
export class AuditLogQuery extends LogPeriodQuery {
  @ApiPropertyOptional({
    example: 'account-,delegation-,calendar-',
    description:
      'Streams whose id starts with one of these, comma-separated: a case id, or account-, delegation-, calendar-, berkas-, konsultasi-',
  })
  @IsOptional()
  @MaxLength(500, { message: 'name up to 500 characters of streams' })
  @IsString({ message: 'name streams, comma-separated' })
  stream?: string;

  @ApiPropertyOptional({
    example: 'UserCreated,UserRolesChanged',
    description: 'Stored event types, comma-separated',
  })
  @IsOptional()
  @MaxLength(500, { message: 'name up to 500 characters of types' })
  @IsString({ message: 'name event types, comma-separated' })
  type?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_LOG_PAGE, default: 100 })
  @IsOptional()
  @Max(MAX_LOG_PAGE, { message: `ask for at most ${MAX_LOG_PAGE} events a page` })
  @Min(1, { message: 'ask for at least 1 event a page' })
  @IsInt({ message: 'give a whole number of events a page' })
  @Type(() => Number)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^\d{1,15}$/, { message: 'pass back a nextCursor exactly as it came' })
  @IsString({ message: 'pass back a nextCursor exactly as it came' })
  cursor?: string;
}
