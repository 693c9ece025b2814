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
import { CatchUpSubscription, type AllEventsPage } from '../shared/catch-up-subscription';
import { CommitNotifier } from '../shared/commit-notifier';
import { DuplicateEventIdError } from '../shared/duplicate-event-id-error';
import { assertExpectedRevision, validExpectedRevision } from '../shared/expected-revision';
import { planAllRead, planStreamRead, validCheckpoint } from '../shared/read-plans';
import { serializeNewEvents } from '../shared/serialized-event';
import { streamPrefixFilter, type StreamFilter } from '../shared/stream-filter';

/** An event as kept in memory: JSON as text, so every read hands out fresh objects. */
interface StoredEvent {
  streamId: string;
  revision: number;
  position: number;
  id: string;
  type: string;
  data: string;
  metadata: string;
  recordedAt: string;
}

/**
 * The event store in a process's memory, for unit tests: same contract as the durable
 * adapters, nothing survives the process. Positions start at 1 and are dense.
 */
export class InMemoryEventStore implements EventStore {
  /** The global log; the event at position p sits at index p - 1. */
  private readonly log: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly eventIds = new Set<string>();
  private readonly commits = new CommitNotifier();
  private readonly subscriptions = new Set<AllSubscription>();
  private closed = false;

  async appendToStream(streamId: string, events: NewEvent[], options: { expectedRevision?: ExpectedRevision } = {}): Promise<AppendResult> {
    this.assertOpen();
    const expected = validExpectedRevision(options.expectedRevision);
    const serialized = serializeNewEvents(streamId, events);
    const stream = this.streams.get(streamId) ?? [];
    assertExpectedRevision(streamId, expected, stream.length === 0 ? 'no_stream' : stream.length - 1);
    const reused = serialized.find((event) => this.eventIds.has(event.id));
    if (reused) throw new DuplicateEventIdError(reused.id);

    // Everything below is synchronous, so the append is atomic and nothing interleaves.
    const recordedAt = new Date().toISOString();
    for (const event of serialized) {
      const stored: StoredEvent = { ...event, streamId, revision: stream.length, position: this.log.length + 1, recordedAt };
      stream.push(stored);
      this.log.push(stored);
      this.eventIds.add(event.id);
    }
    this.streams.set(streamId, stream);
    this.commits.notify();
    const last = stream[stream.length - 1];
    return { nextExpectedRevision: last.revision, position: last.position };
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    const plan = planStreamRead(options);
    const stream = this.streams.get(streamId) ?? [];
    if (plan === undefined) return [];
    const selected =
      plan.direction === 'forwards'
        ? stream.slice(plan.fromRevision, plan.fromRevision + plan.limit)
        : stream
            .slice(0, Math.min(plan.fromRevision, stream.length - 1) + 1)
            .reverse()
            .slice(0, plan.limit);
    return selected.map(toRecordedEvent);
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    const { after, limit } = planAllRead(options);
    const start = Math.max(0, after);
    return this.log.slice(start, start + limit).map(toRecordedEvent);
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    this.assertOpen();
    const headAtStart = this.log.length;
    const subscription: AllSubscription = new CatchUpSubscription(
      { commits: this.commits, readPage: (after, limit, filter) => this.readPage(after, limit, filter) },
      {
        after: options.after === 'end' ? headAtStart : validCheckpoint(options.after),
        headAtStart,
        filter: streamPrefixFilter(options.streamPrefixes),
        onCaughtUp: options.onCaughtUp,
        onStopped: () => this.subscriptions.delete(subscription),
      },
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
  }

  private readPage(after: number, limit: number, filter: StreamFilter): AllEventsPage {
    const start = Math.max(0, after);
    const examined = this.log.slice(start, start + limit);
    return {
      events: examined.filter((event) => filter(event.streamId)).map(toRecordedEvent),
      lastExaminedPosition: examined.at(-1)?.position,
    };
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('InMemoryEventStore is closed');
  }
}

function toRecordedEvent(stored: StoredEvent): RecordedEvent {
  return {
    streamId: stored.streamId,
    revision: stored.revision,
    position: stored.position,
    id: stored.id,
    type: stored.type,
    data: JSON.parse(stored.data),
    metadata: JSON.parse(stored.metadata),
    recordedAt: stored.recordedAt,
  };
}
