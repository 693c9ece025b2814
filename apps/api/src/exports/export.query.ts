import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EXPORT_FORMAT_NAMES, type ExportFormat } from '@satupintu/exports';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

/** GET /api/exports */
export class ExportQuery {
  @ApiProperty({
    enum: EXPORT_FORMAT_NAMES,
    description:
      'xes: IEEE 1849 for ProM, Disco, PM4Py; ocel: OCEL 2.0 JSON; csv; jsonl: the events as stored',
  })
  @IsIn(EXPORT_FORMAT_NAMES, { message: `choose one of: ${EXPORT_FORMAT_NAMES.join(', ')}` })
  format!: ExportFormat;

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
