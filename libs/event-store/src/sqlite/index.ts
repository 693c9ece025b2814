export { SqliteEventStore, type SqliteEventStoreOptions, type SqliteEventStoreStats } from './sqlite-event-store';
// Building blocks for other durable SQLite logs (the EventStoreDB-compatible test server uses them).
export { GroupCommitQueue, type JobOutcome } from './group-commit-queue';
export { applyDurabilityPragmas } from './schema';
