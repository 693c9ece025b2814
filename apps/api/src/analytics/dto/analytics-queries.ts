import { ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_KINDS, MAX_PAGE_SIZE, type CaseKind } from '@satupintu/read-models';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A period of WITA days; both ends optional (default: the 30 days up to today). */
export class PeriodQuery {
  @ApiPropertyOptional({
    example: '2026-03-01',
    description: 'First day (WITA), YYYY-MM-DD; default 29 days before `to`',
  })
  @IsOptional()
  @Matches(DATE, { message: 'give a date as YYYY-MM-DD' })
  @IsString({ message: 'give a date as YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({
    example: '2026-03-31',
    description: 'Last day (WITA), included, YYYY-MM-DD; default today',
  })
  @IsOptional()
  @Matches(DATE, { message: 'give a date as YYYY-MM-DD' })
  @IsString({ message: 'give a date as YYYY-MM-DD' })
  to?: string;
}

export class ServiceFilterQuery extends PeriodQuery {
  @ApiPropertyOptional({ example: 'KP-REG' })
  @IsOptional()
  @MaxLength(40, { message: 'is not a service code' })
  @IsString({ message: 'name one service' })
  serviceCode?: string;
}

const GROUPINGS = ['service', 'subdivision'] as const;

/** GET /api/analytics/bottlenecks */
export class BottlenecksQuery extends ServiceFilterQuery {
  @ApiPropertyOptional({ example: 'kepangkatan' })
  @IsOptional()
  @MaxLength(60, { message: 'is not a sub-division code' })
  @IsString({ message: 'name one sub-division' })
  subdivision?: string;

  @ApiPropertyOptional({ enum: CASE_KINDS, description: "Only one workflow's states" })
  @IsOptional()
  @IsIn(CASE_KINDS, { message: `choose one of: ${CASE_KINDS.join(', ')}` })
  kind?: CaseKind;

  @ApiPropertyOptional({
    description:
      'Break the figures down by service and/or sub-division besides the state, comma-separated',
    example: 'service',
    enum: ['service', 'subdivision', 'service,subdivision'],
  })
  @IsOptional()
  @IsIn(GROUPINGS, { each: true, message: `break down by ${GROUPINGS.join(' and/or ')}` })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.split(',').map((v) => v.trim()) : value,
  )
  groupBy?: ('service' | 'subdivision')[];
}

/** GET /api/analytics/heatmap */
export class HeatmapQuery extends ServiceFilterQuery {
  @ApiPropertyOptional({ enum: CASE_KINDS, default: 'berkas' })
  @IsOptional()
  @IsIn(CASE_KINDS, { message: `choose one of: ${CASE_KINDS.join(', ')}` })
  workflow?: CaseKind;

  @ApiPropertyOptional({
    enum: ['median', 'p90', 'wip'],
    default: 'median',
    description:
      'median or p90: hours spent in the state by stays that ended in the period; wip: files in it now',
  })
  @IsOptional()
  @IsIn(['median', 'p90', 'wip'], { message: 'choose median, p90 or wip' })
  metric?: 'median' | 'p90' | 'wip';

  @ApiPropertyOptional({
    description:
      'Ascending thresholds (hours for median/p90, files for wip), comma-separated: each state gets the level of the highest one it reaches',
    example: '24,72',
  })
  @IsOptional()
  @Matches(/^\d+(\.\d+)?(,\d+(\.\d+)?){0,4}$/, {
    message: 'give up to five numbers, comma-separated, e.g. 24,72',
  })
  @IsString({ message: 'give up to five numbers, comma-separated, e.g. 24,72' })
  thresholds?: string;
}

/** A page of an SLA list. */
export class SlaListQuery {
  @ApiPropertyOptional({ example: 'KP-REG' })
  @IsOptional()
  @MaxLength(40, { message: 'is not a service code' })
  @IsString({ message: 'name one service' })
  serviceCode?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @Max(MAX_PAGE_SIZE, { message: `ask for at most ${MAX_PAGE_SIZE} files a page` })
  @Min(1, { message: 'ask for at least 1 file a page' })
  @IsInt({ message: 'give a whole number of files a page' })
  @Type(() => Number)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional()
  @MaxLength(500, { message: 'is not a paging cursor' })
  @IsString({ message: 'pass back a nextCursor exactly as it came' })
  cursor?: string;
}

/** GET /api/analytics/sla: the overview and the first page of each list. */
export class SlaQuery extends ServiceFilterQuery {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
    default: 50,
    description: 'Files per list',
  })
  @IsOptional()
  @Max(MAX_PAGE_SIZE, { message: `ask for at most ${MAX_PAGE_SIZE} files a page` })
  @Min(1, { message: 'ask for at least 1 file a page' })
  @IsInt({ message: 'give a whole number of files a page' })
  @Type(() => Number)
  limit?: number;
}

/** GET /api/analytics/initials */
export class InitialsQuery {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: 100,
    default: 10,
    description: 'Oldest files listed per official',
  })
  @IsOptional()
  @Max(100, { message: 'ask for at most 100 files per official' })
  @Min(1, { message: 'ask for at least 1 file per official' })
  @IsInt({ message: 'give a whole number of files' })
  @Type(() => Number)
  files?: number;
}
