import { api } from '../api/client';
import { request } from '../api/problem';
import type { components } from '../api/schema';
import type { PeriodChoice } from './period';

/** The supervisors' figures (GET /api/analytics/*: supervisor, auditor, admin). */
type Schemas = components['schemas'];
export type Bottlenecks = Schemas['BottlenecksDto'];
export type BottleneckRow = Schemas['BottleneckRowDto'];
export type Initials = Schemas['InitialsDto'];
export type OfficialWaits = Schemas['OfficialWaitsDto'];
export type SlaOverview = Schemas['SlaOverviewDto'];
export type SlaPage = Schemas['SlaPageDto'];
export type SlaFile = Schemas['SlaFileDto'];
export type Throughput = Schemas['ThroughputDto'];
export type Heatmap = Schemas['HeatmapDto'];
export type IkmReport = Schemas['IkmReportDto'];

export type Grouping = 'state' | 'service' | 'subdivision';
export type HeatMetric = 'median' | 'p90' | 'wip';
export type SlaList = 'breached' | 'due-soon';

/** How many files an SLA list shows before "more". */
export const SLA_PAGE = 20;

const periodQuery = (period: PeriodChoice) => ({
  from: period.from,
  to: period.to,
  ...(period.serviceCode !== '' ? { serviceCode: period.serviceCode } : {}),
});

export const oversightApi = {
  bottlenecks: (period: PeriodChoice, grouping: Grouping) =>
    request(() =>
      api.GET('/api/analytics/bottlenecks', {
        params: {
          query: { ...periodQuery(period), ...(grouping !== 'state' ? { groupBy: grouping } : {}) },
        },
      }),
    ),
  initials: (filesPerOfficial: number) =>
    request(() =>
      api.GET('/api/analytics/initials', { params: { query: { files: filesPerOfficial } } }),
    ),
  sla: (period: PeriodChoice) =>
    request(() =>
      api.GET('/api/analytics/sla', {
        params: { query: { ...periodQuery(period), limit: SLA_PAGE } },
      }),
    ),
  slaMore: (list: SlaList, cursor: string, serviceCode: string) => {
    const query = {
      cursor,
      limit: SLA_PAGE,
      ...(serviceCode !== '' ? { serviceCode } : {}),
    };
    return list === 'breached'
      ? request(() => api.GET('/api/analytics/sla/breached', { params: { query } }))
      : request(() => api.GET('/api/analytics/sla/due-soon', { params: { query } }));
  },
  throughput: (period: PeriodChoice) =>
    request(() => api.GET('/api/analytics/throughput', { params: { query: periodQuery(period) } })),
  heatmap: (period: PeriodChoice, metric: HeatMetric, thresholds: readonly number[]) =>
    request(() =>
      api.GET('/api/analytics/heatmap', {
        params: {
          query: {
            ...periodQuery(period),
            workflow: 'berkas',
            metric,
            ...(thresholds.length > 0 ? { thresholds: thresholds.join(',') } : {}),
          },
        },
      }),
    ),
  ikm: (period: PeriodChoice) =>
    request(() => api.GET('/api/analytics/ikm', { params: { query: periodQuery(period) } })),
};
