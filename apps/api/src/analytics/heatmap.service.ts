import { Inject, Injectable } from '@nestjs/common';
import { ReadModelRunner } from '@satupintu/projections';
import { timeInState, type CaseKind } from '@satupintu/read-models';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../core/tokens';
import { ApiException } from '../errors/api-error';
import { requestedPeriod } from './analytics-period';
import type { HeatmapQuery } from './dto/analytics-queries';
import type { HeatmapDto } from './dto/analytics-responses';
import { stateLabel, WORKFLOW_STATES } from './workflow-states';
import { say } from '../i18n/message';

const HOUR_MS = 60 * 60 * 1000;

/**
 * The workflow diagram as a heatmap: each state's median (or p90) time spent, in hours, or its
 * files in progress, with the level the supervisor's thresholds give it. The diagram itself
 * (states and transitions) is GET /api/workflows/:name.
 */
@Injectable()
export class Heatmap {
  constructor(
    private readonly runner: ReadModelRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  of(query: HeatmapQuery): HeatmapDto {
    const workflow: CaseKind = query.workflow ?? 'berkas';
    const metric = query.metric ?? 'median';
    const thresholds = (query.thresholds ?? '').split(',').filter(Boolean).map(Number);
    if (thresholds.some((t, i) => i > 0 && t <= thresholds[i - 1])) {
      throw ApiException.forFields(
        [{ field: 'thresholds', problem: say('field.thresholdsAscending') }],
        say('heatmap.thresholdsOrder'),
      );
    }
    const period = requestedPeriod(query, this.config.clock());
    const states = WORKFLOW_STATES[workflow].filter((state) => state !== 'start');
    const figures = timeInState(this.runner.db, {
      period,
      states,
      ...(query.serviceCode !== undefined ? { serviceCode: query.serviceCode } : {}),
    });
    const byState = new Map(figures.rows.map((row) => [row.state, row]));
    return {
      workflow,
      metric,
      unit: metric === 'wip' ? 'files' : 'hours',
      period,
      thresholds,
      quantiles: figures.quantiles,
      states: states.map((state) => {
        const row = byState.get(state);
        const value =
          metric === 'wip'
            ? (row?.wip.count ?? 0)
            : row?.finished
              ? round((metric === 'median' ? row.finished.medianMs : row.finished.p90Ms) / HOUR_MS)
              : null;
        return {
          state,
          label: stateLabel(state),
          value,
          level: value === null ? null : thresholds.filter((t) => value >= t).length,
        };
      }),
      diagram: `/api/workflows/${workflow}`,
    };
  }
}

const round = (hours: number) => Math.round(hours * 100) / 100;
