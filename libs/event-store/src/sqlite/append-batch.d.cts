import type { Database } from 'better-sqlite3';
import type { ActualRevision, AppendResult, ExpectedRevision } from '../port';
import type { SerializedEvent } from '../shared/serialized-event';

/** One appendToStream call waiting for its batch. */
export interface PendingAppend {
  streamId: string;
  expected: ExpectedRevision;
  events: SerializedEvent[];
}

/** An error as plain data (it may come from the writer thread). */
export interface AppendErrorDescription {
  kind: 'error';
  name: string;
  message: string;
  code?: string;
}

/** Why one append was refused while the rest of its batch went on. */
export type AppendFailure =
  | { kind: 'wrong_expected_revision'; streamId: string; expected: ExpectedRevision; actual: ActualRevision }
  | { kind: 'duplicate_event_id'; eventId: string }
  | AppendErrorDescription;

export type AppendOutcome = { ok: true; value: AppendResult } | { ok: false; failure: AppendFailure };

export interface BatchCommitter {
  /** Commits the batch (one transaction, one sync) and returns one outcome per append; throws when the batch as a whole failed. */
  commit(batch: readonly PendingAppend[], recordedAt: string): AppendOutcome[];
}

export declare function createBatchCommitter(db: Database): BatchCommitter;

export declare function describeError(error: unknown): AppendErrorDescription;
