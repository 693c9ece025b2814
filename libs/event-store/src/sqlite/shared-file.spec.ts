import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@satupintu/event-store';
import { WrongExpectedRevisionError } from '@satupintu/event-store';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { take } from '../testing/fixtures';
import { tempDatabase, type TempDatabase } from '../../test/support/temp-database';

const anEvent = (): NewEvent => ({ id: randomUUID(), type: 'Tested', data: {} });

/**
 * Two stores on one file stand in for two processes: each has its own connection and
 * neither hears the other's commit signal, so only the file connects them.
 */
describe('SqliteEventStore instances sharing one file', () => {
  let database: TempDatabase;
  let writer: SqliteEventStore;
  let reader: SqliteEventStore;
  beforeEach(() => {
    database = tempDatabase();
    writer = new SqliteEventStore(database.file);
    reader = new SqliteEventStore(database.file, { pollIntervalMs: 50 });
  });
  afterEach(async () => {
    await Promise.all([writer.close(), reader.close()]);
    await database.remove();
  });

  it('given a live subscription on one instance, when another instance appends, then polling delivers the events', async () => {
    const subscription = reader.subscribeToAll({ after: 'end' });
    const [first] = await Promise.all([take(subscription, 1, 2000), writer.appendToStream('elsewhere', [anEvent(), anEvent()])]);
    const [second] = await take(subscription, 1, 2000);
    expect([first[0].revision, second.revision]).toEqual([0, 1]);
    await subscription.stop();
  });

  it('given a stream advanced by another instance, when appending with the old revision, then it is refused with the actual revision read from the file', async () => {
    await reader.appendToStream('shared', [anEvent()]);
    await writer.appendToStream('shared', [anEvent()], { expectedRevision: 0 });
    const refused = reader.appendToStream('shared', [anEvent()], { expectedRevision: 0 });
    await expect(refused).rejects.toEqual(expect.any(WrongExpectedRevisionError));
    await expect(refused).rejects.toMatchObject({ actual: 1 });
    await expect(reader.appendToStream('shared', [anEvent()], { expectedRevision: 1 })).resolves.toEqual({ nextExpectedRevision: 2, position: 3 });
  });

  it('given both instances racing for the same expected revision, when they append at once, then exactly one wins', async () => {
    await writer.appendToStream('contested', [anEvent()]);
    const results = await Promise.allSettled([
      ...Array.from({ length: 10 }, () => writer.appendToStream('contested', [anEvent()], { expectedRevision: 0 })),
      ...Array.from({ length: 10 }, () => reader.appendToStream('contested', [anEvent()], { expectedRevision: 0 })),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(await reader.readStream('contested')).toHaveLength(2);
  });
});

describe('SqliteEventStore instances on one file in one process', () => {
  it('given polling far too slow to matter, when one instance appends, then a live subscription on the other gets the event at once', async () => {
    const database = tempDatabase();
    const writer = new SqliteEventStore(database.file, { pollIntervalMs: 60_000 });
    const reader = new SqliteEventStore(database.file, { pollIntervalMs: 60_000 });
    try {
      const subscription = reader.subscribeToAll({ after: 'end' });
      const [[heard]] = await Promise.all([take(subscription, 1, 2000), writer.appendToStream('told', [anEvent()])]);
      expect(heard.streamId).toBe('told');
      await subscription.stop();
    } finally {
      await Promise.all([writer.close(), reader.close()]);
      await database.remove();
    }
  });
});

describe('SqliteEventStore live notifications', () => {
  it('given polling far too slow to matter, when the same instance appends, then a live subscription gets the event at once', async () => {
    const store = new SqliteEventStore(':memory:', { pollIntervalMs: 60_000 });
    try {
      const subscription = store.subscribeToAll({ after: 'end' });
      const pending = take(subscription, 1, 1000);
      const event = anEvent();
      await store.appendToStream('here', [event]);
      expect((await pending)[0].id).toBe(event.id);
    } finally {
      await store.close();
    }
  });
});
