import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import {
  ProjectionRunnerStoppedError,
  ProjectionThread,
  ProjectionThreadStopTimeoutError,
} from '../src';
import { tempDir } from './fixtures/temp-dir';
import { event, tableRows } from './fixtures/test-projections';
import { counterThreadProjections, type CounterThreadOptions } from './fixtures/thread-setup';

/**
 * Read models kept by a worker thread: the thread reads the events file through a store of its own
 * (polling far too slowly to matter: it hears this thread's commits at once), and this thread
 * queries the same read-model file.
 */
describe('ProjectionThread', () => {
  let dir: ReturnType<typeof tempDir>;
  let store: SqliteEventStore;
  let thread: ProjectionThread | undefined;
  const applied: Array<{ checkpoint: number; touched: string[] }> = [];

  function projectionThread(extra: Partial<CounterThreadOptions> = {}): ProjectionThread {
    const options: CounterThreadOptions = { eventsFile: dir.path('events.sqlite'), ...extra };
    thread = new ProjectionThread({
      filename: dir.path('read-models.sqlite'),
      projections: counterThreadProjections(options),
      setup: {
        module: require.resolve('./fixtures/thread-setup'),
        export: 'counterThread',
        options,
      },
      store,
      onApplied: (checkpoint, touched) =>
        applied.push({ checkpoint, touched: [...touched].sort() }),
      onError: () => undefined,
      restartDelayMs: 50,
    });
    return thread;
  }

  beforeEach(() => {
    dir = tempDir();
    store = new SqliteEventStore(dir.path('events.sqlite'));
    applied.length = 0;
  });
  afterEach(async () => {
    await thread?.close();
    thread = undefined;
    await store.close();
    dir.remove();
  });

  it('given events already stored, when it starts, then the read models here include them all', async () => {
    await store.appendToStream('counter-a', [
      event('Added', { amount: 2 }),
      event('Added', { amount: 3 }),
    ]);
    const { position } = await store.appendToStream('other-1', [event('Noted')]);

    const runner = projectionThread();
    await runner.start();

    expect(runner.checkpoint()).toBe(position);
    expect(runner.status()).toEqual({ running: true, checkpoint: position });
    expect(tableRows(runner.db, 'counter_totals')).toEqual([
      { stream_id: 'counter-a', total: 5, events: 2 },
    ]);
    expect(tableRows(runner.db, 'event_log')).toHaveLength(3);
  });

  it('given a running thread, when an event is appended here, then waitFor resolves once this connection reads it', async () => {
    const runner = projectionThread();
    await runner.start();

    const { position } = await store.appendToStream('counter-b', [event('Added', { amount: 7 })]);
    await runner.waitFor(position, 5000);

    expect(tableRows(runner.db, 'counter_totals')).toEqual([
      { stream_id: 'counter-b', total: 7, events: 1 },
    ]);
    expect((await runner.lag()).events).toBe(0);
  });

  it('tells which projections applied events in each commit, so caches of their tables can be dropped', async () => {
    const runner = projectionThread();
    await runner.start();

    const { position: first } = await store.appendToStream('other-2', [event('Noted')]);
    await runner.waitFor(first);
    const { position: second } = await store.appendToStream('counter-c', [event('Reset')]);
    await runner.waitFor(second);

    expect(applied).toEqual([
      { checkpoint: first, touched: ['event-log'] },
      { checkpoint: second, touched: ['counter-totals', 'event-log'] },
    ]);
  });

  it('given read models, when rebuilt, then they are replayed from scratch to the same rows and every projection is reported', async () => {
    await store.appendToStream('counter-d', [
      event('Added', { amount: 4 }),
      event('Reset'),
      event('Added', { amount: 1 }),
    ]);
    const runner = projectionThread();
    await runner.start();
    const before = tableRows(runner.db, 'counter_totals');

    await runner.rebuild();

    expect(tableRows(runner.db, 'counter_totals')).toEqual(before);
    expect(applied.some((commit) => commit.checkpoint === 0 && commit.touched.length === 2)).toBe(
      true,
    );
    expect(runner.checkpoint()).toBe(3);
  });

  it('given the thread dies on an event, then it is started again and catches up from its checkpoint: nothing lost, nothing twice', async () => {
    const runner = projectionThread({ crashMarker: dir.path('crashed') });
    await runner.start();

    await store.appendToStream('counter-e', [event('Added', { amount: 1 })]);
    await store.appendToStream('other-3', [event('Crash')]);
    const { position } = await store.appendToStream('counter-e', [event('Added', { amount: 10 })]);
    await runner.waitFor(position, 20_000);

    expect(tableRows(runner.db, 'counter_totals')).toEqual([
      { stream_id: 'counter-e', total: 11, events: 2 },
    ]);
    expect(tableRows(runner.db, 'event_log')).toHaveLength(3);
    expect(runner.status().running).toBe(true);
  });

  it('given a setup that fails, when it starts, then start rejects with the reason and no thread is retried', async () => {
    const retried: unknown[] = [];
    const runner = new ProjectionThread({
      filename: dir.path('read-models.sqlite'),
      projections: counterThreadProjections({ eventsFile: dir.path('events.sqlite') }),
      setup: {
        module: require.resolve('./fixtures/thread-setup'),
        export: 'noSuchSetup',
        options: {},
      },
      store,
      onError: (error) => retried.push(error),
      restartDelayMs: 10,
    });
    thread = runner;

    await expect(runner.start()).rejects.toThrow(/noSuchSetup|not a function/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(runner.status()).toMatchObject({ running: false, lastError: expect.any(String) });
    expect(retried).toEqual([]);
  });

  it('given a store that never answers at startup, when closed during that start, then after the grace period the thread is terminated, the start fails with ProjectionThreadStopTimeoutError and close resolves', async () => {
    const options: CounterThreadOptions = { eventsFile: dir.path('events.sqlite') };
    const runner = new ProjectionThread({
      filename: dir.path('read-models.sqlite'),
      projections: counterThreadProjections(options),
      setup: {
        module: require.resolve('./fixtures/thread-setup'),
        export: 'silentStoreThread',
        options,
      },
      store,
      onError: () => undefined,
      stopGraceMs: 200,
    });
    thread = runner;
    const starting = runner.start();
    const startOutcome = starting.then(
      () => 'started',
      (error: unknown) => error,
    );

    // Without the grace period this never resolves (the jest timeout fails the test).
    await runner.close();

    expect(await startOutcome).toBeInstanceOf(ProjectionThreadStopTimeoutError);
    expect(runner.status().running).toBe(false);
    expect(runner.db.open).toBe(false);
  }, 30_000);

  it('given a waiter for an event not yet written, when closed, then the waiter fails with ProjectionRunnerStoppedError', async () => {
    const runner = projectionThread();
    await runner.start();

    const waiting = runner.waitFor(runner.checkpoint() + 100, 60_000);
    await runner.close();

    await expect(waiting).rejects.toBeInstanceOf(ProjectionRunnerStoppedError);
    expect(runner.status().running).toBe(false);
  });
});
