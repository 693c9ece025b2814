import { InMemoryEventStore, type RecordedEvent } from '@satupintu/event-store';
import { ProjectionRunner } from '../src';
import { tempDir } from './fixtures/temp-dir';
import { counterTotals, event, eventLog, tableRows } from './fixtures/test-projections';

describe('ProjectionRunner across restarts', () => {
  let dir: ReturnType<typeof tempDir>;
  let store: InMemoryEventStore;
  beforeEach(() => {
    dir = tempDir();
    store = new InMemoryEventStore();
  });
  afterEach(() => dir.remove());

  const open = (
    projections: ConstructorParameters<typeof ProjectionRunner>[0]['projections'],
    on = store,
  ) => new ProjectionRunner({ store: on, filename: dir.path('read-models.sqlite'), projections });

  it('continues from its checkpoint: events applied before the restart are not applied again, later ones are', async () => {
    const first = open([counterTotals(), eventLog()]);
    await first.start();
    await store.appendToStream('counter-a', [
      event('Added', { amount: 2 }),
      event('Added', { amount: 3 }),
    ]);
    await first.waitFor(2);
    await first.close();
    await store.appendToStream('counter-a', [event('Added', { amount: 10 })]);

    const totalsCalls: RecordedEvent[] = [];
    const logCalls: RecordedEvent[] = [];
    const second = open([counterTotals(1, totalsCalls), eventLog(logCalls)]);
    try {
      await second.start();
      expect(second.checkpoint()).toBe(3);
      expect(totalsCalls.map((e) => e.position)).toEqual([3]);
      expect(logCalls.map((e) => e.position)).toEqual([3]);
      expect(tableRows(second.db, 'counter_totals')).toEqual([
        { stream_id: 'counter-a', total: 15, events: 3 },
      ]);
    } finally {
      await second.close();
    }
  });

  it('rebuilds only the projection whose version changed', async () => {
    const first = open([counterTotals(1), eventLog()]);
    await first.start();
    await store.appendToStream('counter-a', [
      event('Added', { amount: 2 }),
      event('Reset'),
      event('Added', { amount: 4 }),
    ]);
    await first.waitFor(3);
    await first.close();

    const totalsCalls: RecordedEvent[] = [];
    const logCalls: RecordedEvent[] = [];
    const second = open([counterTotals(2, totalsCalls), eventLog(logCalls)]);
    try {
      await second.start();
      expect(totalsCalls.map((e) => e.position)).toEqual([1, 2, 3]);
      expect(logCalls).toEqual([]);
      expect(tableRows(second.db, 'counter_totals')).toEqual([
        { stream_id: 'counter-a', total: 4, events: 3 },
      ]);
      expect(tableRows(second.db, 'event_log')).toHaveLength(3);
    } finally {
      await second.close();
    }
  });

  it('catches a projection added later up from the start without touching the others', async () => {
    const first = open([eventLog()]);
    await first.start();
    await store.appendToStream('counter-b', [event('Added', { amount: 7 })]);
    await first.waitFor(1);
    await first.close();

    const logCalls: RecordedEvent[] = [];
    const second = open([eventLog(logCalls), counterTotals()]);
    try {
      await second.start();
      expect(logCalls).toEqual([]);
      expect(tableRows(second.db, 'counter_totals')).toEqual([
        { stream_id: 'counter-b', total: 7, events: 1 },
      ]);
    } finally {
      await second.close();
    }
  });

  it('rebuilds a read-model file that was built from another event store', async () => {
    const first = open([counterTotals()]);
    await first.start();
    await store.appendToStream('counter-a', [
      event('Added', { amount: 1 }),
      event('Added', { amount: 1 }),
    ]);
    await first.waitFor(2);
    await first.close();

    const otherStore = new InMemoryEventStore();
    await otherStore.appendToStream('counter-z', [
      event('Added', { amount: 5 }),
      event('Added', { amount: 5 }),
    ]);
    const second = open([counterTotals()], otherStore);
    try {
      await second.start();
      expect(tableRows(second.db, 'counter_totals')).toEqual([
        { stream_id: 'counter-z', total: 10, events: 2 },
      ]);
    } finally {
      await second.close();
    }
  });

  it('refuses two projections with the same name or the same table', () => {
    expect(() => open([eventLog(), eventLog()])).toThrow(/Two projections are named event-log/);
    expect(() =>
      open([counterTotals(), { ...eventLog(), name: 'other', tables: ['counter_totals'] }]),
    ).toThrow(/belongs to both/);
  });
});
