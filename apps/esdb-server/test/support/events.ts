import { randomUUID } from 'node:crypto';
import { jsonEvent, type EventStoreDBClient, type ResolvedEvent } from '@eventstore/db-client';

export const uniqueStream = (prefix = 'test'): string => `${prefix}-${randomUUID()}`;

export const anEvent = (type = 'Tested', data: Record<string, unknown> = { at: Date.now() }) =>
  jsonEvent({ type, data });

export const events = (count: number, type = 'Tested') =>
  Array.from({ length: count }, (_, n) => jsonEvent({ type, data: { n } }));

/** The rejection of a promise; fails the spec when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection, the promise resolved');
}

/** Everything a read yields, or the error it ends with. */
export async function readAllOf(iterable: AsyncIterable<ResolvedEvent>): Promise<ResolvedEvent[]> {
  const received: ResolvedEvent[] = [];
  for await (const resolved of iterable) received.push(resolved);
  return received;
}

export const revisionsOf = (resolved: ResolvedEvent[]): bigint[] =>
  resolved.map((each) => each.event!.revision);
export const typesOf = (resolved: ResolvedEvent[]): string[] =>
  resolved.map((each) => each.event!.type);

export async function readStream(
  client: EventStoreDBClient,
  stream: string,
  options: Parameters<EventStoreDBClient['readStream']>[1] = {},
): Promise<ResolvedEvent[]> {
  return readAllOf(client.readStream(stream, options));
}
