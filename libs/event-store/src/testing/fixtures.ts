import { randomUUID } from 'node:crypto';
import type { AllSubscription, AppendResult, EventStore, NewEvent, RecordedEvent } from '../port';

/**
 * Helpers for the contract specs. Every spec names its own streams with a fresh UUID, so
 * the suite also runs against a store that already holds events (a shared EventStoreDB).
 */
export function uniqueStreamId(category = 'contract'): string {
  return `${category}-${randomUUID()}`;
}

/** A stream-id prefix no other spec uses, for subscription filters. */
export function uniquePrefix(): string {
  return `sub${randomUUID().replace(/-/g, '')}-`;
}

export function aNewEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  return { id: randomUUID(), type: 'SomethingHappened', data: { at: Date.now() }, ...overrides };
}

export function newEvents(count: number, type = 'SomethingHappened'): NewEvent[] {
  return Array.from({ length: count }, (_, n) => aNewEvent({ type, data: { n } }));
}

/** Appends `count` events one append at a time; returns the last result. */
export async function appendOneByOne(store: EventStore, streamId: string, count: number): Promise<AppendResult> {
  let result: AppendResult | undefined;
  for (let n = 0; n < count; n += 1) result = await store.appendToStream(streamId, [aNewEvent({ data: { n } })]);
  if (result === undefined) throw new Error('appendOneByOne needs count >= 1');
  return result;
}

/** Appends a marker to its own stream: events appended afterwards have greater positions. */
export async function checkpointNow(store: EventStore): Promise<number> {
  const { position } = await store.appendToStream(uniqueStreamId('marker'), [aNewEvent({ type: 'Marker' })]);
  return position;
}

/** Pulls exactly `count` events, failing (not hanging) when they do not come in time. */
export async function take(subscription: AllSubscription, count: number, timeoutMs = 5000): Promise<RecordedEvent[]> {
  const iterator = subscription[Symbol.asyncIterator]();
  const received: RecordedEvent[] = [];
  const deadline = Date.now() + timeoutMs;
  while (received.length < count) {
    const result = await withTimeout(iterator.next(), deadline - Date.now(), () => `expected ${count} events, received ${received.length} within ${timeoutMs} ms`);
    if (result.done) throw new Error(`subscription ended after ${received.length} of ${count} events`);
    received.push(result.value);
  }
  return received;
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, describe: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(describe())), Math.max(0, ms));
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The error a promise rejects with; fails the spec if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, it resolved');
}

export const idsOf = (events: readonly { id: string }[]): string[] => events.map((event) => event.id);
