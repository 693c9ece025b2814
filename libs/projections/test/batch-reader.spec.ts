import { InMemoryEventStore } from '@satupintu/event-store';
import { BatchReader } from '../src/batch-reader';
import { event } from './fixtures/test-projections';

describe('BatchReader', () => {
  it('hands over every ready event in batches of at most maxBatchSize, then single live events', async () => {
    const store = new InMemoryEventStore();
    for (let i = 0; i < 12; i++)
      await store.appendToStream(
        `s-${i}`,
        Array.from({ length: 100 }, () => event('E')),
      );
    const subscription = store.subscribeToAll();
    const reader = new BatchReader(subscription[Symbol.asyncIterator](), 500);

    const sizes = [
      (await reader.next()).length,
      (await reader.next()).length,
      (await reader.next()).length,
    ];
    expect(sizes).toEqual([500, 500, 200]);

    const live = reader.next();
    await store.appendToStream('s-live', [event('E')]);
    expect((await live).map((e) => e.position)).toEqual([1201]);

    const ended = reader.next();
    await subscription.stop();
    expect(await ended).toEqual([]);
    expect(await reader.next()).toEqual([]);
  });
});
