import { Inject, Injectable } from '@nestjs/common';
import { ReadModelRunner } from '@satupintu/projections';
import {
  RELATIVE_PRECISION,
  timeInState,
  type FlowDimension,
  type TimeInStateRow,
} from '@satupintu/read-models';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../core/tokens';
import { requestedPeriod } from './analytics-period';
import type { BottlenecksQuery } from './dto/analytics-queries';
import type { BottleneckRowDto, BottlenecksDto } from './dto/analytics-responses';
import { stateLabel, stateOrder, WORKFLOW_STATES } from './workflow-states';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Where files wait and for how long: time in state per state (and service, sub-division). */
@Injectable()
export class Bottlenecks {
  constructor(
    private readonly runner: ReadModelRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  of(query: BottlenecksQuery): BottlenecksDto {
    const period = requestedPeriod(query, this.config.clock());
    const by: FlowDimension[] = [...new Set(query.groupBy ?? [])].sort();
    const figures = timeInState(this.runner.db, {
      period,
      by,
      ...(query.serviceCode !== undefined ? { serviceCode: query.serviceCode } : {}),
      ...(query.subdivision !== undefined ? { subdivision: query.subdivision } : {}),
      ...(query.kind !== undefined ? { states: WORKFLOW_STATES[query.kind] } : {}),
    });
    const rows = figures.rows
      .map(present)
      .sort(
        (a, b) =>
          stateOrder(a.state) - stateOrder(b.state) ||
          (a.serviceCode ?? '').localeCompare(b.serviceCode ?? '') ||
          (a.subdivision ?? '').localeCompare(b.subdivision ?? ''),
      );
    return {
      period,
      groupBy: by,
      quantiles: figures.quantiles,
      precision: figures.quantiles === 'exact' ? 0 : RELATIVE_PRECISION,
      rows,
    };
  }
}

function present(row: TimeInStateRow): BottleneckRowDto {
  const dto: BottleneckRowDto = {
    state: row.state,
    stateLabel: stateLabel(row.state),
    wip: { count: row.wip.count, oldestSince: iso(row.wip.oldestSinceMs) },
    finished: row.finished,
  };
  if (row.serviceCode !== undefined) dto.serviceCode = row.serviceCode;
  // Cases not yet routed have no sub-division: the read model keeps '' for them.
  if (row.subdivision !== undefined)
    dto.subdivision = row.subdivision === '' ? null : row.subdivision;
  return dto;
}
