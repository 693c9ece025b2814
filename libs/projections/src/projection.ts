import type Database from 'better-sqlite3';
import type { RecordedEvent } from '@satupintu/event-store';

/** The read-model SQLite connection a projection writes to and queries read from. */
export type ReadModelDb = Database.Database;

/**
 * One read model: tables it owns and how each event changes them. `apply` is synchronous and
 * runs inside the runner's transaction, so an event's writes and the checkpoint commit together.
 * It must not throw for events it does not understand: a throw stalls the runner (it retries).
 */
export interface Projection {
  /** Unique among the runner's projections; names its checkpoint row. */
  readonly name: string;
  /** Bump when tables or apply change meaning: the projection is rebuilt from scratch at start. */
  readonly version: number;
  /** Only events of streams starting with one of these are applied. Default: every event. */
  readonly streamPrefixes?: readonly string[];
  /** Tables (with their indexes) the projection owns; dropped on rebuild. */
  readonly tables: readonly string[];
  /** Creates the tables (CREATE TABLE IF NOT EXISTS …). */
  setup(db: ReadModelDb): void;
  apply(db: ReadModelDb, event: RecordedEvent): void;
}

export function isInterestedIn(projection: Projection, streamId: string): boolean {
  const prefixes = projection.streamPrefixes;
  return prefixes === undefined || prefixes.some((prefix) => streamId.startsWith(prefix));
}
