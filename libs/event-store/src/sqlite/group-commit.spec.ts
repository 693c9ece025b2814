import { randomUUID } from 'node:crypto';
import { WrongExpectedRevisionError, type NewEvent } from '@satupintu/event-store';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { DuplicateEventIdError } from '../shared/duplicate-event-id-error';
import { tempDatabase, type TempDatabase } from '../../test/support/temp-database';

const anEvent = (id: string = randomUUID()): NewEvent => ({ id, type: 'Tested', data: { id } });

describe('SqliteEventStore group commit', () => {
  let database: TempDatabase;
  let store: SqliteEventStore;
  beforeEach(() => {
    database = tempDatabase();
    store = new SqliteEventStore(database.file);
  });
  afterEach(async () => {
    await store.close();
    await database.remove();
  });

  it('given 100 appends issued in the same tick, when they complete, then they took far fewer than 100 transactions', async () => {
    const before = store.stats;
    await Promise.all(Array.from({ length: 100 }, (_, n) => store.appendToStream(`stream-${n}`, [anEvent()])));
    const after = store.stats;
    expect(after.appends - before.appends).toBe(100);
    expect(after.transactions - before.transactions).toBeLessThanOrEqual(2);
  });

  it('given appends awaited one after another, when they complete, then each had its own transaction (batching only groups what is concurrent)', async () => {
    const before = store.stats.transactions;
    for (let n = 0; n < 5; n += 1) await store.appendToStream('sequential', [anEvent()]);
    expect(store.stats.transactions - before).toBe(5);
  });

  it('given maxBatchSize 10, when 100 appends are issued at once, then they are committed in 10 transactions', async () => {
    const small = new SqliteEventStore(':memory:', { maxBatchSize: 10 });
    try {
      await Promise.all(Array.from({ length: 100 }, (_, n) => small.appendToStream(`stream-${n}`, [anEvent()])));
      expect(small.stats).toEqual({ transactions: 10, appends: 100 });
    } finally {
      await small.close();
    }
  });

  it('given one batch where the middle append expects a wrong revision, when committed, then only that append is refused', async () => {
    await store.appendToStream('existing', [anEvent()]);
    const before = store.stats.transactions;

    const [first, wrong, last] = await Promise.allSettled([
      store.appendToStream('first', [anEvent()]),
      store.appendToStream('existing', [anEvent()], { expectedRevision: 'no_stream' }),
      store.appendToStream('last', [anEvent()]),
    ]);

    expect(store.stats.transactions - before).toBe(1);
    expect(first.status).toBe('fulfilled');
    expect(last.status).toBe('fulfilled');
    expect(wrong).toEqual({ status: 'rejected', reason: expect.any(WrongExpectedRevisionError) });
    expect(await store.readStream('first')).toHaveLength(1);
    expect(await store.readStream('last')).toHaveLength(1);
    expect(await store.readStream('existing')).toHaveLength(1);
  });

  it('given two appends to the same stream in one batch, when committed, then the second is checked against the revision the first produced', async () => {
    const before = store.stats.transactions;
    const results = await Promise.allSettled([
      store.appendToStream('order-1', [anEvent(), anEvent()], { expectedRevision: 'no_stream' }),
      store.appendToStream('order-1', [anEvent()], { expectedRevision: 1 }),
      store.appendToStream('order-1', [anEvent()], { expectedRevision: 1 }),
    ]);

    expect(store.stats.transactions - before).toBe(1);
    expect(results[0]).toMatchObject({ status: 'fulfilled', value: { nextExpectedRevision: 1 } });
    expect(results[1]).toMatchObject({ status: 'fulfilled', value: { nextExpectedRevision: 2 } });
    expect(results[2]).toMatchObject({ status: 'rejected', reason: { expected: 1, actual: 2 } });
  });

  it('given an append whose second event reuses a stored id, when its batch commits, then its first event is rolled back and the other appends stay', async () => {
    const taken = randomUUID();
    await store.appendToStream('owner', [anEvent(taken)]);
    const before = store.stats.transactions;

    const [neighbour, clashing] = await Promise.allSettled([
      store.appendToStream('neighbour', [anEvent()]),
      store.appendToStream('clashing', [anEvent(), anEvent(taken)]),
    ]);

    expect(store.stats.transactions - before).toBe(1);
    expect(neighbour.status).toBe('fulfilled');
    expect(clashing).toEqual({ status: 'rejected', reason: expect.any(DuplicateEventIdError) });
    expect(await store.readStream('clashing')).toEqual([]);
    expect(await store.readStream('neighbour')).toHaveLength(1);
  });

  it('given a one-event append (committed without a savepoint) whose id is already stored, between two others in its batch, when the batch commits, then it alone is refused, nothing of it is stored, and the revisions after it are right', async () => {
    const taken = randomUUID();
    await store.appendToStream('owner', [anEvent(taken)]);
    const before = store.stats.transactions;

    const [first, clashing, last, again] = await Promise.allSettled([
      store.appendToStream('first', [anEvent()], { expectedRevision: 'no_stream' }),
      store.appendToStream('clashing', [anEvent(taken)], { expectedRevision: 'no_stream' }),
      store.appendToStream('clashing', [anEvent()], { expectedRevision: 'no_stream' }),
      store.appendToStream('owner', [anEvent()], { expectedRevision: 0 }),
    ]);

    expect(store.stats.transactions - before).toBe(1);
    expect(first.status).toBe('fulfilled');
    expect(clashing).toEqual({ status: 'rejected', reason: expect.any(DuplicateEventIdError) });
    // The refused append left no row behind: the next one still finds no stream.
    expect(last).toEqual({ status: 'fulfilled', value: expect.objectContaining({ nextExpectedRevision: 0 }) });
    expect(again).toEqual({ status: 'fulfilled', value: expect.objectContaining({ nextExpectedRevision: 1 }) });
    expect((await store.readStream('clashing')).map((e) => e.id)).not.toContain(taken);
    expect(await store.readStream('owner')).toHaveLength(2);
  });
});
