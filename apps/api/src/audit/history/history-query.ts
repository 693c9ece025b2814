import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export const HISTORY_VIEWS = ['compact', 'timeline', 'raw'] as const;
export type HistoryView = (typeof HISTORY_VIEWS)[number];

/** GET /api/cases/:id/history?view= */
export class HistoryQuery {
  @ApiPropertyOptional({
    enum: HISTORY_VIEWS,
    default: 'compact',
    description:
      'compact: one entry per step; timeline: the same with the time between steps; raw: the events as stored, metadata and hashes included (auditor, supervisor, admin)',
  })
  @IsOptional()
  @IsIn(HISTORY_VIEWS, { message: `choose one of: ${HISTORY_VIEWS.join(', ')}` })
  view?: HistoryView;
}
