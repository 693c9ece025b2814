export { SqliteEventStore, type SqliteEventStoreOptions, type SqliteEventStoreStats } from './sqlite-event-store';
// Building blocks for other durable SQLite logs (the EventStoreDB-compatible test server uses them).
export { GroupCommitQueue, type JobOutcome } from './group-commit-queue';
export { applyDurabilityPragmas } from './schema';
// Checkpoints any SQLite file's WAL off the thread that writes it (the read models use it too).
export { WalCheckpointer, type WalCheckpointerOptions } from './wal-checkpointer';
