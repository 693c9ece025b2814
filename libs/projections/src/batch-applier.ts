import type Database from 'better-sqlite3';
import type { RecordedEvent } from '@satupintu/event-store';
import { isInterestedIn, type Projection } from './projection';
import type { CheckpointRow, CheckpointTable } from './checkpoint-table';
import { ProjectionApplyError } from './errors';

export interface BatchOutcome {
  /** How many events from the front of the batch are now applied and checkpointed. */
  applied: number;
  /** The projections that applied at least one of those events (their tables may have changed). */
  touched: ReadonlySet<string>;
  /** Why the event after those could not be applied; undefined when the whole batch was. */
  error?: unknown;
}

/** An event's apply threw: which event of the batch, and why. */
class FailedAt extends Error {
  constructor(
    readonly index: number,
    override readonly cause: unknown,
  ) {
    super('An event of the batch failed');
  }
}

/**
 * Applies a batch in one transaction, with the checkpoints moved to its last event. Should an
 * event's apply throw, the transaction rolls back and the events before that one are applied
 * again in a transaction of their own: they commit with the checkpoint moved to the last of them,
 * and the failing event leaves nothing behind. (This replaced a savepoint per event, two more
 * statements for every event to serve the rare failure.) Never throws: the caller decides when
 * to try again.
 */
export class BatchApplier {
  private readonly applyAll: Database.Transaction<(batch: RecordedEvent[]) => void>;
  /** Filled while a batch applies: which projections it reached. */
  private touched = new Set<string>();

  constructor(
    private readonly db: Database.Database,
    private readonly projections: readonly Projection[],
    private readonly checkpoints: CheckpointTable,
    /** The projections' checkpoints as committed; updated here after each commit. */
    private rows: Map<string, CheckpointRow>,
  ) {
    this.applyAll = db.transaction((batch) => {
      batch.forEach((event, index) => {
        try {
          this.applyToProjections(event);
        } catch (error) {
          throw new FailedAt(index, error);
        }
      });
      this.advanceTo(batch[batch.length - 1]);
    });
  }

  positions(): Map<string, CheckpointRow> {
    return this.rows;
  }

  /** Swaps in checkpoints written outside a batch (a reset). */
  adopt(rows: Map<string, CheckpointRow>): void {
    this.rows = rows;
  }

  apply(batch: RecordedEvent[]): BatchOutcome {
    const none = new Set<string>();
    if (batch.length === 0) return { applied: 0, touched: none };
    const failure = this.attempt(batch);
    if (failure === undefined) return { applied: batch.length, touched: this.touched };
    // The transaction as a whole failed (I/O, disk full): nothing of the batch is committed.
    if (!(failure instanceof FailedAt)) return { applied: 0, touched: none, error: failure };
    if (failure.index === 0) return { applied: 0, touched: none, error: failure.cause };
    const again = this.attempt(batch.slice(0, failure.index));
    if (again === undefined)
      return { applied: failure.index, touched: this.touched, error: failure.cause };
    return { applied: 0, touched: none, error: again instanceof FailedAt ? again.cause : again };
  }

  /** Applies and commits the events, or leaves the file and the checkpoints as they were and says why not. */
  private attempt(events: RecordedEvent[]): unknown {
    const before = this.rows;
    this.touched = new Set();
    try {
      this.applyAll(events);
      return undefined;
    } catch (error) {
      this.rows = before;
      return error;
    }
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
      this.touched.add(projection.name);
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
      next.set(name, { ...row, position: event.position, eventId: event.id });
    }
    // One statement for all of them: a dozen projections' rows, once per batch.
    this.checkpoints.advance([...this.rows.keys()], event.position, event.id);
    this.rows = next;
  }
}
