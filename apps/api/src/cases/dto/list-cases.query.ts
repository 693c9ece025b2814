import { ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_KINDS, MAX_PAGE_SIZE, type CaseKind } from '@satupintu/read-models';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** GET /api/cases filters; every one optional. */
export class ListCasesQuery {
  @ApiPropertyOptional({ example: 'verification' })
  @IsOptional()
  @MaxLength(40, { message: 'is not a state' })
  @IsString({ message: 'name one state' })
  state?: string;

  @ApiPropertyOptional({ example: 'KP-REG' })
  @IsOptional()
  @MaxLength(40, { message: 'is not a service code' })
  @IsString({ message: 'name one service' })
  serviceCode?: string;

  @ApiPropertyOptional({ example: 'kepangkatan' })
  @IsOptional()
  @MaxLength(60, { message: 'is not a sub-division code' })
  @IsString({ message: 'name one sub-division' })
  subdivision?: string;

  @ApiPropertyOptional({
    description:
      "A tracking code, an agenda number, a NIP (or its first digits) or words of the applicant's name",
  })
  @IsOptional()
  @MaxLength(100, { message: 'search with up to 100 characters' })
  @IsString({ message: 'search with text' })
  q?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'true: only what I can act on now (incl. as Plh)',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'answer true or false' })
  mine?: 'true' | 'false';

  @ApiPropertyOptional({
    enum: CASE_KINDS,
    description: 'Files (berkas) or consultations (konsultasi)',
  })
  @IsOptional()
  @IsIn(CASE_KINDS, { message: `choose one of: ${CASE_KINDS.join(', ')}` })
  kind?: CaseKind;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @Max(MAX_PAGE_SIZE, { message: `ask for at most ${MAX_PAGE_SIZE} cases a page` })
  @Min(1, { message: 'ask for at least 1 case a page' })
  @IsInt({ message: 'give a whole number of cases a page' })
  @Type(() => Number)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional()
  @MaxLength(500, { message: 'is not a paging cursor' })
  @IsString({ message: 'pass back a nextCursor exactly as it came' })
  cursor?: string;
}
