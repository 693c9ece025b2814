import { randomUUID } from 'node:crypto';
import { EsdbEventStore } from '@satupintu/event-store/esdb';
import { sharedEsdbServer } from '../../test/support/esdb-server';
import type { NewEvent } from '../port';
import { idsOf, take } from '../testing/fixtures';

const server = sharedEsdbServer();
const anEvent = (n: number): NewEvent => ({ id: randomUUID(), type: 'Counted', data: { n } });

describe('EsdbEventStore positions (EventStoreDB commit positions: offsets, not consecutive)', () => {
  let store: EsdbEventStore;
  beforeEach(async () => {
    store = EsdbEventStore.connect((await server()).connectionString);
  });
  afterEach(() => store.close());

  it('given three events, then their positions grow but are not consecutive numbers', async () => {
    const streamId = `p-${randomUUID()}`;
    await store.appendToStream(streamId, [anEvent(0), anEvent(1), anEvent(2)]);
    const positions = (await store.readStream(streamId)).map((event) => event.position);
    expect(positions[1]).toBeGreaterThan(positions[0] + 1);
    expect(positions[2]).toBeGreaterThan(positions[1] + 1);
  });

  it('given a checkpoint computed from a position (one less than an event’s), when reading all after it, then the read starts at that event', async () => {
    const streamId = `p-${randomUUID()}`;
    await store.appendToStream(streamId, [anEvent(0)]);
    await store.appendToStream(streamId, [anEvent(1), anEvent(2)]);
    const [, second, third] = await store.readStream(streamId);

    const read = await store.readAll({ after: second.position - 1, maxCount: 2 });
    expect(read.map((event) => event.id)).toEqual([second.id, third.id]);
  });

  it('given such a checkpoint, when subscribing after it, then the event at that position comes first, then the rest', async () => {
    const streamId = `p-${randomUUID()}`;
    await store.appendToStream(streamId, [anEvent(0), anEvent(1), anEvent(2)]);
    const [, second, third] = await store.readStream(streamId);
    const subscription = store.subscribeToAll({
      after: second.position - 1,
      streamPrefixes: [streamId],
    });
    try {
      expect(idsOf(await take(subscription, 2))).toEqual([second.id, third.id]);
    } finally {
      await subscription.stop();
    }
  });

  it('given a checkpoint past the last event, when reading all after it, then nothing comes', async () => {
    const { position } = await store.appendToStream(`p-${randomUUID()}`, [anEvent(0)]);
    expect(await store.readAll({ after: position + 1 })).toEqual([]);
  });
});
