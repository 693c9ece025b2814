import { InMemoryEventStore } from '@satupintu/event-store';
import { ProjectionRunner, ProjectionRunnerStoppedError, ProjectionWaitTimeoutError } from '../src';
import { tempDir } from './fixtures/temp-dir';
import { counterTotals, event, tableRows } from './fixtures/test-projections';

describe('ProjectionRunner.waitFor and lag', () => {
  let dir: ReturnType<typeof tempDir>;
  let store: InMemoryEventStore;
  let runner: ProjectionRunner;
  const now = Date.parse('2026-03-02T03:00:00.000Z');

  beforeEach(() => {
    dir = tempDir();
    store = new InMemoryEventStore();
    runner = new ProjectionRunner({
      store,
      filename: dir.path('rm.sqlite'),
      projections: [counterTotals()],
      now: () => now,
    });
  });
  afterEach(async () => {
    await runner.close();
    dir.remove();
  });

  it('resolves when the read models include the appended event, so a query right after sees it', async () => {
    await runner.start();
    const { position } = await store.appendToStream('counter-a', [event('Added', { amount: 9 })]);
    await runner.waitFor(position);
    expect(tableRows(runner.db, 'counter_totals')).toEqual([
      { stream_id: 'counter-a', total: 9, events: 1 },
    ]);
  });

  it('resolves at once for a position already applied, even an event no projection wants', async () => {
    await runner.start();
    const { position } = await store.appendToStream('elsewhere-1', [event('Noted')]);
    await runner.waitFor(position);
    expect(runner.checkpoint()).toBe(position);
    await expect(runner.waitFor(position, 0)).resolves.toBeUndefined();
  });

  it('rejects after the timeout when the position is not reached', async () => {
    await runner.start();
    await expect(runner.waitFor(5, 30)).rejects.toBeInstanceOf(ProjectionWaitTimeoutError);
  });

  it('rejects pending waits when the runner stops', async () => {
    await runner.start();
    const waiting = runner.waitFor(1, 10_000);
    await runner.stop();
    await expect(waiting).rejects.toBeInstanceOf(ProjectionRunnerStoppedError);
  });

  it('reports lag in events, positions and the age of the oldest event not applied', async () => {
    expect(await runner.lag()).toEqual({ events: 0, positions: 0, ms: 0 });
    await store.appendToStream('counter-a', [
      event('Added', { amount: 1 }),
      event('Added', { amount: 2 }),
    ]);
    const [oldest] = await store.readAll({ maxCount: 1 });
    expect(await runner.lag()).toEqual({
      events: 2,
      positions: 2,
      ms: Math.max(0, now - Date.parse(oldest.recordedAt)),
    });
    await runner.start();
    expect(await runner.lag()).toEqual({ events: 0, positions: 0, ms: 0 });
    expect(runner.status()).toEqual({ running: true, checkpoint: 2 });
  });
});

describe('ProjectionRunner.start', () => {
  it('called twice at once subscribes once', async () => {
    const dir = tempDir();
    const store = new InMemoryEventStore();
    const subscribe = jest.spyOn(store, 'subscribeToAll');
    const runner = new ProjectionRunner({
      store,
      filename: dir.path('rm.sqlite'),
      projections: [counterTotals()],
    });
    try {
      await Promise.all([runner.start(), runner.start()]);
      await runner.start();
      expect(subscribe).toHaveBeenCalledTimes(1);
    } finally {
      await runner.close();
      dir.remove();
    }
  });
});
