import type { RecordedEvent } from '@satupintu/event-store';

const TURN_ENDED = Symbol('turn ended');

function endOfTurn(): Promise<typeof TURN_ENDED> {
  return new Promise((resolve) => setImmediate(() => resolve(TURN_ENDED)));
}

/**
 * Groups a subscription's events into batches: waits for one event, then takes every event the
 * subscription can hand over before the event loop's next turn (they are already read or
 * readable at once), up to `maxBatchSize`. One transaction per batch is what makes catch-up fast;
 * a lone live event still goes out at once.
 */
export class BatchReader {
  /** The subscription delivers one `next()` at a time: an unanswered one is kept for the next batch. */
  private pending: Promise<IteratorResult<RecordedEvent, undefined>> | undefined;
  private ended = false;

  constructor(
    private readonly source: AsyncIterator<RecordedEvent, undefined>,
    private readonly maxBatchSize: number,
    /** Called with each event as it is taken, before its batch is applied. */
    private readonly onTaken: (event: RecordedEvent) => void = () => undefined,
  ) {}

  /** The next batch; empty once the subscription has ended. Rejects when the subscription's read fails. */
  async next(): Promise<RecordedEvent[]> {
    const batch: RecordedEvent[] = [];
    try {
      const first = await this.peek();
      if (!this.take(first, batch)) return batch;
      const turnEnded = endOfTurn();
      while (batch.length < this.maxBatchSize) {
        const result = await Promise.race([this.peek(), turnEnded]);
        if (result === TURN_ENDED || !this.take(result, batch)) break;
      }
      return batch;
    } catch (error) {
      // A failed read leaves the subscription where it was: the next call reads again. The
      // events taken before the failure still go out; the failure shows again on that next call.
      this.pending = undefined;
      if (batch.length > 0) return batch;
      throw error;
    }
  }

  private peek(): Promise<IteratorResult<RecordedEvent, undefined>> {
    this.pending ??= this.ended
      ? Promise.resolve({ done: true, value: undefined })
      : this.source.next();
    return this.pending;
  }

  private take(result: IteratorResult<RecordedEvent, undefined>, batch: RecordedEvent[]): boolean {
    this.pending = undefined;
    if (result.done) {
      this.ended = true;
      return false;
    }
    batch.push(result.value);
    this.onTaken(result.value);
    return true;
  }
}
