import {
  BACKWARDS,
  END,
  excludeSystemEvents,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type EventStoreDBClient,
  type Filter,
  type Position,
} from '@eventstore/db-client';
import type { AllSubscription, RecordedEvent } from '../port';
import { streamPrefixFilter, type StreamFilter } from '../shared/stream-filter';
import { delayFor, type Backoff } from './backoff';
import { isInvalidPosition, isTransient } from './esdb-errors';
import { recordsAround } from './position-search';
import { esdbPositionAfter, portPositionOf } from './positions';
import { isSystemEvent, toRecordedEvent } from './recorded-events';

export interface EsdbAllSubscriptionOptions {
  /** Exclusive checkpoint (0: the beginning), or 'end': only events appended from now on. */
  after: number | 'end';
  streamPrefixes?: readonly string[];
  onCaughtUp?: () => void;
  backoff: Backoff;
  /** Told about each lost connection before the subscription reconnects. */
  onConnectionLost?: (error: unknown) => void;
  onStopped?: () => void;
}

/** Events buffered ahead of the consumer before the server is asked to wait. */
const HIGH_WATER = 256;
const LOW_WATER = 64;
const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };
/** A regex no stream name matches: an empty prefix list wants nothing. */
const MATCHES_NOTHING = '(?!)';

interface Queued {
  /** Sequence number of the record among all the client's subscription objects received. */
  seq: number;
  event: RecordedEvent;
}

/**
 * The port's catch-up subscription over the client's `subscribeToAll`, with a server-side
 * filter (stream prefixes, else "no system events"), pulled by the consumer.
 *
 * Resuming: every record received (delivered, queued or filtered out) and every checkpoint
 * the server reports moves the resume position; when the connection is lost, the
 * subscription reconnects (with backoff) from there, so nothing is missed and nothing already
 * received comes twice, and events already queued are still delivered.
 *
 * Caught up: the head of $all is read when the subscription starts; onCaughtUp runs on the
 * first pull after every event up to that head has been delivered — when the next event is
 * past it, or when the server says it caught up and nothing received before that is left.
 * The client signals caught-up (and checkpoints) as it transforms the server's message while
 * events transformed before it may still sit in its buffer, so a signal is placed after the
 * records received plus those buffered at that moment.
 */
export class EsdbAllSubscription implements AllSubscription {
  private readonly queue: Queued[] = [];
  private received = 0;
  private resumeAfter: number | undefined;
  private headAtStart: number | undefined;
  private readonly caughtUpSignals: number[] = [];
  private readonly pendingCheckpoints: Array<{ afterSeq: number; position: number }> = [];
  private caughtUpAnnounced = false;
  private current: AllStreamSubscription | undefined;
  private stopped = false;
  private fatal: unknown;
  private wake: (() => void) | undefined;
  private sleeping: (() => void) | undefined;
  private pulls: Promise<unknown> = Promise.resolve();
  private readonly keep: StreamFilter;

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly options: EsdbAllSubscriptionOptions,
  ) {
    this.keep = streamPrefixFilter(options.streamPrefixes);
    if (options.after !== 'end') this.resumeAfter = options.after;
    void this.run();
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
    const result = this.pulls.then(() => this.pull());
    this.pulls = result.catch(() => undefined);
    return result;
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const current = this.current;
    this.current = undefined;
    this.signal();
    this.sleeping?.();
    this.options.onStopped?.();
    await current?.unsubscribe();
  }

  private async pull(): Promise<IteratorResult<RecordedEvent, undefined>> {
    for (;;) {
      if (this.stopped) return DONE;
      this.announceCaughtUpOnceHistoryIsDelivered();
      const next = this.queue.shift();
      if (next !== undefined) {
        if (this.queue.length <= LOW_WATER && this.current?.isPaused()) this.current.resume();
        return { done: false, value: next.event };
      }
      if (this.fatal !== undefined) throw this.fatal;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }

  private announceCaughtUpOnceHistoryIsDelivered(): void {
    if (this.caughtUpAnnounced || this.headAtStart === undefined) return;
    const next = this.queue[0];
    const handledUpTo = next === undefined ? this.received : next.seq - 1;
    const pastHistory = next !== undefined && next.event.position > this.headAtStart;
    const serverCaughtUp = this.caughtUpSignals.some((afterSeq) => afterSeq <= handledUpTo);
    if (!pastHistory && !serverCaughtUp) return;
    this.caughtUpAnnounced = true;
    this.options.onCaughtUp?.();
  }

  /** Connects, follows, and reconnects after transient failures until stopped. */
  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        if (this.headAtStart === undefined) this.headAtStart = await this.readHeadPosition();
        this.resumeAfter ??= this.headAtStart;
        await this.follow(this.resumeAfter, () => (failures = 0));
      } catch (error) {
        if (this.stopped) return;
        if (isInvalidPosition(error) && this.resumeAfter !== undefined && this.received === 0) {
          // The caller's checkpoint is not where a record starts: follow from the last record before it.
          this.resumeAfter =
            (
              await recordsAround(this.client, this.resumeAfter).catch(() => ({
                atOrBefore: this.resumeAfter,
              }))
            ).atOrBefore ?? 0;
          continue;
        }
        if (!isTransient(error)) {
          this.fatal = error;
          this.signal();
          return;
        }
        this.options.onConnectionLost?.(error);
      }
      if (this.stopped) return;
      failures += 1;
      await this.sleep(delayFor(this.options.backoff, failures));
    }
  }

  private async readHeadPosition(): Promise<number> {
    let head = 0;
    // Read to the end, never break out: a read left unfinished keeps the client from disposing.
    for await (const resolved of this.client.readAll({
      direction: BACKWARDS,
      fromPosition: END,
      maxCount: 1,
    })) {
      head = portPositionOf(resolved.event?.position ?? undefined, 'the head of $all');
    }
    return head;
  }

  /** One connection: resolves or rejects when the server ends it. */
  private follow(after: number, onConfirmed: () => void): Promise<void> {
    const subscription = this.client.subscribeToAll({
      fromPosition: esdbPositionAfter(after),
      filter: this.serverFilter(),
    });
    this.current = subscription;
    return new Promise<void>((resolve, reject) => {
      let ended = false;
      const end = (error?: unknown) => {
        if (ended) return;
        ended = true;
        this.takeBuffered(subscription);
        if (this.current === subscription) this.current = undefined;
        void subscription.unsubscribe().catch(() => undefined);
        if (error === undefined) resolve();
        else reject(error);
      };
      subscription.on('confirmation', onConfirmed);
      subscription.on('data', (resolved: AllStreamResolvedEvent) =>
        this.receive(resolved, subscription),
      );
      subscription.on('caughtUp', () => {
        this.caughtUpSignals.push(this.received + subscription.readableLength);
        this.signal();
      });
      subscription.on('error', (error: unknown) => end(error));
      subscription.on('end', () => end(new Error('EventStoreDB ended the subscription')));
      if (this.stopped) end();
    });
  }

  private serverFilter(): Filter {
    const checkpointReached = (subscription: AllStreamSubscription, position: Position) =>
      this.checkpoint(subscription, position);
    const prefixes = this.options.streamPrefixes;
    if (prefixes === undefined) return excludeSystemEvents({ checkpointReached });
    if (prefixes.length === 0)
      return streamNameFilter({ regex: MATCHES_NOTHING, checkpointReached });
    return streamNameFilter({ prefixes: [...prefixes], checkpointReached });
  }

  private receive(resolved: AllStreamResolvedEvent, subscription: AllStreamSubscription): void {
    this.received += 1;
    const event = resolved.event;
    if (event === undefined) return;
    const position = portPositionOf(event.position ?? undefined, `event ${event.id}`);
    this.resumeAfter = Math.max(this.resumeAfter ?? 0, position);
    this.applyCheckpointsReceived();
    if (isSystemEvent(event) || !this.keep(event.streamId)) return;
    this.queue.push({ seq: this.received, event: toRecordedEvent(resolved) });
    if (this.queue.length >= HIGH_WATER) subscription.pause();
    this.signal();
  }

  /** A checkpoint counts for resuming once the records before it have been received. */
  private checkpoint(subscription: AllStreamSubscription, position: Position): void {
    this.pendingCheckpoints.push({
      afterSeq: this.received + subscription.readableLength,
      position: portPositionOf(position, 'a checkpoint'),
    });
    this.applyCheckpointsReceived();
  }

  private applyCheckpointsReceived(): void {
    while (
      this.pendingCheckpoints.length > 0 &&
      this.pendingCheckpoints[0].afterSeq <= this.received
    ) {
      const { position } = this.pendingCheckpoints.shift()!;
      this.resumeAfter = Math.max(this.resumeAfter ?? 0, position);
    }
  }

  /** Receives what the client already transformed before giving up on a connection. */
  private takeBuffered(subscription: AllStreamSubscription): void {
    if (subscription.destroyed) return;
    subscription.pause();
    while (subscription.read() !== null) {
      // read() emits 'data', which receives the record.
    }
    // Signals placed after records that will never come belong to the lost connection; the next one sends its own.
    this.pendingCheckpoints.length = 0;
    const lost = this.caughtUpSignals.findIndex((afterSeq) => afterSeq > this.received);
    if (lost >= 0) this.caughtUpSignals.length = lost;
  }

  private signal(): void {
    this.wake?.();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.sleeping = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => (this.sleeping = undefined));
  }
}
