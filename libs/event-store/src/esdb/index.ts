export { EsdbEventStore, type EsdbEventStoreOptions } from './esdb-event-store';
export type { Backoff } from './backoff';
