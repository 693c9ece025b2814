import { ApiProperty } from '@nestjs/swagger';
import { EXPORT_FORMAT_NAMES, type ExportFormat } from '@satupintu/exports';
import { IsIn } from 'class-validator';
import { LogPeriodQuery } from '../audit/period-query';

/** GET /api/exports: a format, and the period (optional). */
export class ExportQuery extends LogPeriodQuery {
  @ApiProperty({
    enum: EXPORT_FORMAT_NAMES,
    description:
      'xes: IEEE 1849 for ProM, Disco, PM4Py; ocel: OCEL 2.0 JSON; csv; jsonl: the events as stored',
  })
  @IsIn(EXPORT_FORMAT_NAMES, { message: `choose one of: ${EXPORT_FORMAT_NAMES.join(', ')}` })
  format!: ExportFormat;
}
