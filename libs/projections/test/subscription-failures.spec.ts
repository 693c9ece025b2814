import {
  InMemoryEventStore,
  type AllSubscription,
  type RecordedEvent,
  type SubscribeToAllOptions,
} from '@satupintu/event-store';
import { ProjectionRunner } from '../src';
import { tempDir } from './fixtures/temp-dir';
import { event, eventLog, tableRows } from './fixtures/test-projections';

/** An in-memory store whose subscriptions fail their next read `failures` times (a busy disk, say). */
class FlakyReadsStore extends InMemoryEventStore {
  failures = 0;

  override subscribeToAll(options?: SubscribeToAllOptions): AllSubscription {
    const inner = super.subscribeToAll(options);
    const iterator = inner[Symbol.asyncIterator]();
    return {
      stop: () => inner.stop(),
      [Symbol.asyncIterator]: () => ({
        next: async (): Promise<IteratorResult<RecordedEvent, undefined>> => {
          if (this.failures > 0) {
            this.failures -= 1;
            throw new Error('database is locked');
          }
          return iterator.next();
        },
      }),
    };
  }
}

describe('ProjectionRunner when the subscription fails', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.remove());

  it('retries a failed read and applies every event once', async () => {
    const store = new FlakyReadsStore();
    const errors: unknown[] = [];
    const runner = new ProjectionRunner({
      store,
      filename: dir.path('rm.sqlite'),
      projections: [eventLog()],
      retryDelayMs: 5,
      onError: (e) => errors.push(e),
    });
    try {
      await runner.start();
      store.failures = 2;
      const { position } = await store.appendToStream('s-1', [event('A'), event('B')]);
      await runner.waitFor(position);
      // Both failed reads happened; a failure right after some events still lets those through first.
      expect(store.failures).toBe(0);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.every((e) => (e as Error).message === 'database is locked')).toBe(true);
      expect(tableRows(runner.db, 'event_log')).toHaveLength(2);
      expect(runner.status()).toEqual({ running: true, checkpoint: position });
    } finally {
      await runner.close();
    }
  });

  it('reports that it no longer runs when the store is closed under it', async () => {
    const store = new InMemoryEventStore();
    const runner = new ProjectionRunner({
      store,
      filename: dir.path('rm.sqlite'),
      projections: [eventLog()],
    });
    try {
      await runner.start();
      await store.close();
      await new Promise((resolve) => setImmediate(resolve));
      expect(runner.status()).toEqual({
        running: false,
        checkpoint: 0,
        lastError: 'The event store ended the subscription',
      });
    } finally {
      await runner.close();
    }
  });
});
