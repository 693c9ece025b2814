import { api } from '../api/client';
import { request } from '../api/problem';
import type { components } from '../api/schema';

/** The auditors' reading of the store itself (apps/api/src/audit, apps/api/src/exports). */
type Schemas = components['schemas'];
export type TimelineEntry = Schemas['TimelineEntryDto'];
export type StoredEvent = Schemas['StoredEventDto'];
export type CaseState = Schemas['CaseStateDto'];
export type AuditReport = Schemas['AuditReportDto'];
export type AuditStep = Schemas['AuditStepDto'];
export type LogEvent = Schemas['LogEventDto'];
export type LogPage = Schemas['LogPageDto'];
export type StreamChain = Schemas['StreamChainDto'];

export const EXPORT_FORMATS = ['xes', 'ocel', 'csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The log's filters as the page holds them ('' for none). */
export interface LogFilter {
  from: string;
  to: string;
  stream: string;
  type: string;
}

const present = (filter: LogFilter) =>
  Object.fromEntries(Object.entries(filter).filter(([, value]) => value.trim() !== ''));

export const auditApi = {
  detail: (id: string) => request(() => api.GET('/api/cases/{id}', { params: { path: { id } } })),
  // The OpenAPI document types every view of the history as the compact one; the timeline view
  // answers TimelineEntryDto[] and the raw view StoredEventDto[] (both in the document).
  timeline: (id: string) =>
    request(() =>
      api.GET('/api/cases/{id}/history', { params: { path: { id }, query: { view: 'timeline' } } }),
    ) as unknown as Promise<TimelineEntry[]>,
  raw: (id: string) =>
    request(() =>
      api.GET('/api/cases/{id}/history', { params: { path: { id }, query: { view: 'raw' } } }),
    ) as unknown as Promise<StoredEvent[]>,
  /** The file as it stood at a revision ("3") or a time with its zone. */
  stateAt: (id: string, at: string) =>
    request(() => api.GET('/api/cases/{id}/state', { params: { path: { id }, query: { at } } })),
  audit: (id: string) =>
    request(() => api.GET('/api/cases/{id}/audit', { params: { path: { id } } })),
  log: (filter: LogFilter, cursor: string | null, limit: number) =>
    request(() =>
      api.GET('/api/audit/log', {
        params: { query: { ...present(filter), limit, ...(cursor !== null ? { cursor } : {}) } },
      }),
    ),
  /** The hash chain of a stream that is not a case (account-…, calendar-2026, …), checked link by link. */
  streamChain: (streamId: string) =>
    request(() => api.GET('/api/audit/streams/{streamId}', { params: { path: { streamId } } })),
  findCases: (q: string) =>
    request(() =>
      api.GET('/api/cases', {
        params: { query: { limit: 25, ...(q.trim() !== '' ? { q: q.trim() } : {}) } },
      }),
    ),
};
