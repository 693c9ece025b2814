export { SqliteEventStore, type SqliteEventStoreOptions, type SqliteEventStoreStats } from './sqlite-event-store';
