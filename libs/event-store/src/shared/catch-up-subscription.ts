import type { AllSubscription, RecordedEvent } from '../port';
import type { CommitNotifier } from './commit-notifier';
import type { StreamFilter } from './stream-filter';

/** One slice of the global log, read after a checkpoint. */
export interface AllEventsPage {
  /** The examined events that pass the filter, in position order. */
  events: RecordedEvent[];
  /**
   * Position of the last event examined, matching or not; undefined when there was nothing
   * after the checkpoint. Lets the checkpoint move past events the filter drops, so that a
   * narrow subscription does not rescan them on every wake-up.
   */
  lastExaminedPosition: number | undefined;
}

/** What a local adapter gives a subscription: ordered reads and a commit signal. */
export interface AllEventsSource {
  readPage(after: number, limit: number, filter: StreamFilter): AllEventsPage | Promise<AllEventsPage>;
  readonly commits: CommitNotifier;
}

export interface CatchUpSubscriptionOptions {
  /** Exclusive checkpoint already resolved by the adapter ('end' becomes the head position). */
  after: number;
  /** Position of the last event at subscription time: history ends there. */
  headAtStart: number;
  filter: StreamFilter;
  onCaughtUp?: () => void;
  /**
   * When set, a live subscription also re-reads this often without a commit signal: the
   * way to notice events written by another process or connection.
   */
  pollIntervalMs?: number;
  pageSize?: number;
  /** Called once when the subscription stops, so the adapter can forget it. */
  onStopped?: () => void;
}

const DEFAULT_PAGE_SIZE = 256;
const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * Catch-up then live, by pulling: every `next()` reads the log after the checkpoint of the
 * last event examined. Since positions only grow in commit order, history and live events
 * come from the same ordered read, so the switch can neither skip nor repeat an event.
 * At most one page is read ahead of the consumer (backpressure).
 */
export class CatchUpSubscription implements AllSubscription {
  private checkpoint: number;
  private buffer: RecordedEvent[] = [];
  private bufferIndex = 0;
  private caughtUp = false;
  private stopped = false;
  /** Counts commit signals, so a signal arriving during a read is not lost. */
  private commitsSignalled = 0;
  private wake: (() => void) | undefined;
  private readonly stopListening: () => void;
  /** Serializes next() calls: each waits for the one before. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly pageSize: number;

  constructor(
    private readonly source: AllEventsSource,
    private readonly options: CatchUpSubscriptionOptions,
  ) {
    this.checkpoint = options.after;
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    this.stopListening = source.commits.listen(() => {
      this.commitsSignalled += 1;
      this.wake?.();
    });
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return {
      next: () => this.next(),
      return: async () => {
        await this.stop();
        return DONE;
      },
    };
  }

  next(): Promise<IteratorResult<RecordedEvent, undefined>> {
    const result = this.queue.then(() => this.pull());
    this.queue = result.catch(() => undefined);
    return result;
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.stopListening();
    this.wake?.();
    this.options.onStopped?.();
  }

  private async pull(): Promise<IteratorResult<RecordedEvent, undefined>> {
    while (!this.stopped) {
      this.announceCaughtUpOnceHistoryIsDelivered();
      if (this.bufferIndex < this.buffer.length) {
        const event = this.buffer[this.bufferIndex];
        this.bufferIndex += 1;
        return { done: false, value: event };
      }
      const signalsBeforeRead = this.commitsSignalled;
      const page = await this.source.readPage(this.checkpoint, this.pageSize, this.options.filter);
      if (this.stopped) break;
      if (page.lastExaminedPosition !== undefined) {
        this.checkpoint = page.lastExaminedPosition;
        this.buffer = page.events;
        this.bufferIndex = 0;
        continue;
      }
      this.announceCaughtUpOnceHistoryIsDelivered();
      if (this.commitsSignalled === signalsBeforeRead) await this.waitForCommitOrPoll();
    }
    return DONE;
  }

  /**
   * History is delivered once no event at or before the head at subscription time is left:
   * the checkpoint passed the head and nothing buffered is historical. Announced on the pull
   * that follows the last historical event, i.e. after the consumer has handled it.
   */
  private announceCaughtUpOnceHistoryIsDelivered(): void {
    if (this.caughtUp) return;
    const nextBuffered = this.buffer[this.bufferIndex];
    const historyLeft = nextBuffered !== undefined ? nextBuffered.position <= this.options.headAtStart : this.checkpoint < this.options.headAtStart;
    if (historyLeft) return;
    this.caughtUp = true;
    this.options.onCaughtUp?.();
  }

  private async waitForCommitOrPoll(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      this.wake = resolve;
      if (this.options.pollIntervalMs !== undefined) timer = setTimeout(resolve, this.options.pollIntervalMs);
    });
    this.wake = undefined;
    if (timer !== undefined) clearTimeout(timer);
  }
}
