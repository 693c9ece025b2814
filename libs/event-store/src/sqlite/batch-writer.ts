import type { Database } from 'better-sqlite3';
import { WrongExpectedRevisionError } from '../port';
import { DuplicateEventIdError } from '../shared/duplicate-event-id-error';
import { createBatchCommitter, type AppendErrorDescription, type AppendFailure, type AppendOutcome, type BatchCommitter, type PendingAppend } from './append-batch.cjs';

export type { AppendOutcome, PendingAppend };

/** Where a SqliteEventStore's batches are committed. */
export interface BatchWriter {
  /** One outcome per append, once the batch's commit is synced; rejects when the batch as a whole failed. */
  commit(batch: PendingAppend[], recordedAt: string): Promise<AppendOutcome[]>;
  /** True when nothing handed over is being committed (see PipelinedCommitQueue). */
  idle(): boolean;
  /** Commits nothing more; resolves once the writer's connection is closed. */
  close(): Promise<void>;
}

/**
 * Commits on the main thread, with the connection the reads use: for ':memory:' databases, which
 * exist only inside their one connection. The sync blocks the event loop while it lasts.
 */
export class InThreadBatchWriter implements BatchWriter {
  private readonly committer: BatchCommitter;

  constructor(db: Database) {
    this.committer = createBatchCommitter(db);
  }

  async commit(batch: PendingAppend[], recordedAt: string): Promise<AppendOutcome[]> {
    return this.committer.commit(batch, recordedAt);
  }

  /** Never: committing here blocks this thread, so batches gather until the end of the event-loop turn. */
  idle(): boolean {
    return false;
  }

  async close(): Promise<void> {}
}

/** The error an append's caller gets for a refusal described by the write path. */
export function appendError(failure: AppendFailure): Error {
  switch (failure.kind) {
    case 'wrong_expected_revision':
      return new WrongExpectedRevisionError(failure.streamId, failure.expected, failure.actual);
    case 'duplicate_event_id':
      return new DuplicateEventIdError(failure.eventId);
    default:
      return errorFrom(failure);
  }
}

/** A SQLite error that crossed from the writer thread as data, with its name and code back. */
export function errorFrom(description: AppendErrorDescription): Error {
  const error: Error & { code?: string } = new Error(description.message);
  error.name = description.name;
  if (description.code !== undefined) error.code = description.code;
  return error;
}
