import type Database from 'better-sqlite3';
import type { RecordedEvent } from '@satupintu/event-store';
import { isInterestedIn, type Projection } from './projection';
import type { CheckpointRow, CheckpointTable } from './checkpoint-table';
import { ProjectionApplyError } from './errors';

export interface BatchOutcome {
  /** How many events from the front of the batch are now applied and checkpointed. */
  applied: number;
  /** Why the event after those could not be applied; undefined when the whole batch was. */
  error?: unknown;
}

/**
 * Applies a batch in one transaction: each event in its own savepoint, so an event whose apply
 * throws leaves nothing behind, while the events before it commit with the checkpoint moved
 * to the last of them. Never throws: the caller decides when to try again.
 */
export class BatchApplier {
  private readonly applyBatch: Database.Transaction<(batch: RecordedEvent[]) => BatchOutcome>;
  private readonly applyOne: Database.Transaction<(event: RecordedEvent) => void>;

  constructor(
    private readonly db: Database.Database,
    private readonly projections: readonly Projection[],
    private readonly checkpoints: CheckpointTable,
    /** The projections' checkpoints as committed; updated here after each commit. */
    private rows: Map<string, CheckpointRow>,
  ) {
    this.applyBatch = db.transaction((batch) => this.applyInTransaction(batch));
    // Called inside applyBatch, better-sqlite3 runs it as a SAVEPOINT that rolls back on a throw.
    this.applyOne = db.transaction((event) => this.applyToProjections(event));
  }

  positions(): Map<string, CheckpointRow> {
    return this.rows;
  }

  /** Swaps in checkpoints written outside a batch (a reset). */
  adopt(rows: Map<string, CheckpointRow>): void {
    this.rows = rows;
  }

  apply(batch: RecordedEvent[]): BatchOutcome {
    const before = this.rows;
    try {
      return this.applyBatch(batch);
    } catch (error) {
      // The transaction as a whole failed (I/O, disk full): nothing of the batch is committed.
      this.rows = before;
      return { applied: 0, error };
    }
  }

  private applyInTransaction(batch: RecordedEvent[]): BatchOutcome {
    let applied = 0;
    let failure: unknown;
    for (const event of batch) {
      try {
        this.applyOne(event);
      } catch (error) {
        // Some failures make SQLite abort the whole transaction: then nothing can commit.
        if (!this.db.inTransaction) throw error;
        failure = error;
        break;
      }
      applied += 1;
    }
    if (applied > 0) this.advanceTo(batch[applied - 1]);
    return failure === undefined ? { applied } : { applied, error: failure };
  }

  private applyToProjections(event: RecordedEvent): void {
    for (const projection of this.projections) {
      const row = this.rows.get(projection.name);
      if (
        row === undefined ||
        event.position <= row.position ||
        !isInterestedIn(projection, event.streamId)
      )
        continue;
      try {
        projection.apply(this.db, event);
      } catch (error) {
        throw new ProjectionApplyError(projection.name, event.position, event.type, error);
      }
    }
  }

  /** Every projection behind `event` moves to it, interested in the events or not: lag counts all events. */
  private advanceTo(event: RecordedEvent): void {
    const next = new Map(this.rows);
    for (const [name, row] of this.rows) {
      if (row.position >= event.position) continue;
      const moved = { ...row, position: event.position, eventId: event.id };
      this.checkpoints.save(moved);
      next.set(name, moved);
    }
    this.rows = next;
  }
}
