import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  jsonEvent,
  START,
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  type JSONType,
  type Position,
} from '@eventstore/db-client';
import type {
  AllSubscription,
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
} from '../port';
import { validExpectedRevision } from '../shared/expected-revision';
import { planAllRead, planStreamRead, validCheckpoint } from '../shared/read-plans';
import { serializeNewEvents } from '../shared/serialized-event';
import { DEFAULT_BACKOFF, type Backoff } from './backoff';
import { EsdbAllSubscription } from './esdb-all-subscription';
import { isInvalidPosition, isStreamMissing, toPortError } from './esdb-errors';
import { recordsAround } from './position-search';
import { esdbPositionAfter, esdbPositionAt, portPositionOf } from './positions';
import { isSystemEvent, toRecordedEvent } from './recorded-events';

export interface EsdbEventStoreOptions {
  /** Events per $all read request in readAll. Default 512. */
  readPageSize?: number;
  /** How subscriptions wait between reconnection attempts. Default 100 ms doubling to 2 s. */
  reconnectBackoff?: Backoff;
  /** Told when a subscription lost the server and is about to reconnect (for logs). */
  onSubscriptionConnectionLost?: (error: unknown) => void;
}

function esdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  return typeof expected === 'number' ? BigInt(expected) : expected;
}

/**
 * The event store port on EventStoreDB/KurrentDB through the official gRPC client
 * (`@eventstore/db-client`): for an office that runs a cluster and several API nodes.
 *
 * - Positions are EventStoreDB commit positions (see positions.ts); revisions are stream revisions.
 * - readAll and subscribeToAll leave out EventStoreDB's system records ($-streams, $-types).
 * - A wrong expected version is the port's WrongExpectedRevisionError.
 * - Subscriptions reconnect by themselves after the server goes away and resume from their
 *   checkpoint: nothing missed, nothing twice. Appends and reads fail while it is away.
 * - Unlike the local adapters, a repeated event id is not refused: EventStoreDB treats an
 *   append of the same ids as an idempotent retry.
 */
export class EsdbEventStore implements EventStore {
  private readonly subscriptions = new Set<AllSubscription>();
  private readonly appendsInFlight = new Set<Promise<unknown>>();
  private readonly readPageSize: number;
  private closed = false;

  /** `esdb://[user:password@]host:2113[,host2:2113…]?tls=true[&tlsCAFile=ca.crt]`, or `esdb+discover://…`. */
  static connect(connectionString: string, options: EsdbEventStoreOptions = {}): EsdbEventStore {
    return new EsdbEventStore(EventStoreDBClient.connectionString(connectionString), options);
  }

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly options: EsdbEventStoreOptions = {},
  ) {
    this.readPageSize = options.readPageSize ?? 512;
    if (!Number.isSafeInteger(this.readPageSize) || this.readPageSize < 1)
      throw new RangeError(`Invalid readPageSize: ${String(options.readPageSize)}`);
  }

  async appendToStream(
    streamId: string,
    events: NewEvent[],
    options: { expectedRevision?: ExpectedRevision } = {},
  ): Promise<AppendResult> {
    this.assertOpen();
    const expected = validExpectedRevision(options.expectedRevision);
    // Serialized now and parsed back: the client stringifies later, after the caller may have changed its objects.
    const proposed = serializeNewEvents(streamId, events).map((event) =>
      jsonEvent({
        id: event.id,
        type: event.type,
        data: JSON.parse(event.data) as JSONType,
        metadata: JSON.parse(event.metadata) as JSONType,
      }),
    );
    const append = this.client.appendToStream(streamId, proposed, {
      expectedRevision: esdbExpectedRevision(expected),
    });
    this.appendsInFlight.add(append);
    try {
      const result = await append;
      return {
        nextExpectedRevision: Number(result.nextExpectedRevision),
        position: portPositionOf(result.position, `the append to ${streamId}`),
      };
    } catch (error) {
      throw toPortError(error, streamId, expected);
    } finally {
      this.appendsInFlight.delete(append);
    }
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    const plan = planStreamRead(options);
    if (plan === undefined || plan.limit === 0) return [];
    const fromEnd = plan.direction === 'backwards' && plan.fromRevision >= Number.MAX_SAFE_INTEGER;
    const read = this.client.readStream(streamId, {
      direction: plan.direction === 'forwards' ? FORWARDS : BACKWARDS,
      fromRevision: fromEnd ? END : BigInt(plan.fromRevision),
      ...(Number.isFinite(plan.limit) ? { maxCount: plan.limit } : {}),
    });
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of read) events.push(toRecordedEvent(resolved));
    } catch (error) {
      // Missing, soft-deleted and tombstoned streams all read as empty, as the port says.
      if (isStreamMissing(error)) return [];
      throw error;
    }
    return events;
  }

  /**
   * $all after a checkpoint, page by page: EventStoreDB reads forwards from a position
   * inclusively, so the checkpoint's own event is skipped. A checkpoint where no event starts
   * (a caller's arithmetic on positions) is refused by the server; then the read starts at the
   * first event after it, found by reading back from the end.
   */
  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    const { after, limit } = planAllRead(options);
    const events: RecordedEvent[] = [];
    let skipUpTo = after;
    let from = esdbPositionAfter(after);
    while (events.length < limit) {
      let page: AllStreamResolvedEvent[];
      try {
        page = await this.readAllPage(from, FORWARDS);
      } catch (error) {
        if (!isInvalidPosition(error) || skipUpTo !== after) throw error;
        const { firstAfter: first } = await recordsAround(this.client, after);
        if (first === undefined) return events;
        from = esdbPositionAt(first);
        skipUpTo = first - 1;
        continue;
      }
      let last: number | undefined;
      for (const resolved of page) {
        const event = resolved.event;
        if (event === undefined) continue;
        last = portPositionOf(event.position ?? undefined, `event ${event.id}`);
        if (last <= skipUpTo || isSystemEvent(event) || events.length >= limit) continue;
        events.push(toRecordedEvent(resolved));
      }
      if (last === undefined || page.length < this.readPageSize) break;
      skipUpTo = last;
      from = esdbPositionAt(last);
    }
    return events;
  }

  /** One page of $all, read to its end (a read left unfinished would keep the client from disposing). */
  private async readAllPage(
    from: Position | typeof START | typeof END,
    direction: typeof FORWARDS | typeof BACKWARDS,
  ): Promise<AllStreamResolvedEvent[]> {
    const page: AllStreamResolvedEvent[] = [];
    for await (const resolved of this.client.readAll({
      direction,
      fromPosition: from,
      maxCount: this.readPageSize,
    }))
      page.push(resolved);
    return page;
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    this.assertOpen();
    const subscription: AllSubscription = new EsdbAllSubscription(this.client, {
      after: options.after === 'end' ? 'end' : validCheckpoint(options.after),
      streamPrefixes: options.streamPrefixes,
      onCaughtUp: options.onCaughtUp,
      backoff: this.options.reconnectBackoff ?? DEFAULT_BACKOFF,
      onConnectionLost: this.options.onSubscriptionConnectionLost,
      onStopped: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** Stops subscriptions, lets appends in flight finish, then disconnects. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await Promise.allSettled([...this.appendsInFlight]);
    await this.client.dispose();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('EsdbEventStore is closed');
  }
}
