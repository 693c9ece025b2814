import type Database from 'better-sqlite3';
import type { ProjectionLag, ProjectionRunnerStatus } from './projection-runner';

/**
 * What the rest of an application sees of its read models: the file to query, how far they are,
 * and read-your-writes. Two kinds keep them: a ProjectionRunner applies events on the calling
 * thread; a ProjectionThread applies them on a worker thread of its own (the event loop that
 * answers requests then only queries). An abstract class rather than an interface, so that it can
 * name the dependency in a container (NestJS injects by class).
 */
export abstract class ReadModelRunner {
  /** The read-model file, for queries. */
  abstract readonly db: Database.Database;
  /** The global position every projection has applied. */
  abstract checkpoint(): number;
  abstract status(): ProjectionRunnerStatus;
  /** Resolves once the events that existed at the call are applied. */
  abstract start(): Promise<void>;
  abstract stop(): Promise<void>;
  abstract close(): Promise<void>;
  /** Resolves once the read models include the event at `position`. */
  abstract waitFor(position: number, timeoutMs?: number): Promise<void>;
  /** Drops every projection's tables and replays all events. */
  abstract rebuild(): Promise<void>;
  abstract lag(): Promise<ProjectionLag>;
}
