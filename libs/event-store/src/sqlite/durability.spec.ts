import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { NewEvent } from '@satupintu/event-store';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { applyDurabilityPragmas } from './schema';
import { tempDatabase, type TempDatabase } from '../../test/support/temp-database';

const anEvent = (): NewEvent => ({ id: randomUUID(), type: 'Tested', data: { at: Date.now() }, metadata: { by: 'durability.spec' } });

describe('SqliteEventStore durability', () => {
  let database: TempDatabase;
  beforeEach(() => {
    database = tempDatabase();
  });
  afterEach(async () => {
    await database.remove();
  });

  it('given events appended and the store closed, when the file is reopened, then the same events are read and positions continue', async () => {
    const first = new SqliteEventStore(database.file);
    await first.appendToStream('a', [anEvent(), anEvent()]);
    await first.appendToStream('b', [anEvent()]);
    const before = await first.readAll();
    await first.close();

    const reopened = new SqliteEventStore(database.file);
    try {
      expect(await reopened.readAll()).toEqual(before);
      const next = await reopened.appendToStream('a', [anEvent()], { expectedRevision: 1 });
      expect(next).toEqual({ nextExpectedRevision: 2, position: before[before.length - 1].position + 1 });
    } finally {
      await reopened.close();
    }
  });

  it('given appends not yet committed, when close() is awaited, then they are committed first and resolve', async () => {
    const store = new SqliteEventStore(database.file);
    const appends = Array.from({ length: 20 }, (_, n) => store.appendToStream(`s-${n}`, [anEvent()]));
    await store.close();
    await expect(Promise.all(appends)).resolves.toHaveLength(20);

    const reopened = new SqliteEventStore(database.file);
    try {
      expect(await reopened.readAll()).toHaveLength(20);
    } finally {
      await reopened.close();
    }
  });

  it('given a closed store, when appending or reading, then it refuses', async () => {
    const store = new SqliteEventStore(database.file);
    await store.close();
    await expect(store.appendToStream('a', [anEvent()])).rejects.toThrow('closed');
    await expect(store.readAll()).rejects.toThrow('closed');
  });

  it('given a new file, when the store opens it, then the file is in WAL mode', async () => {
    await new SqliteEventStore(database.file).close();
    const raw = new Database(database.file, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      raw.close();
    }
  });

  it('given a connection, when the durability pragmas are applied, then commits sync fully (synchronous = FULL)', () => {
    const raw = new Database(database.file);
    try {
      applyDurabilityPragmas(raw, { busyTimeoutMs: 1234 });
      expect(raw.pragma('synchronous', { simple: true })).toBe(2);
      expect(raw.pragma('busy_timeout', { simple: true })).toBe(1234);
    } finally {
      raw.close();
    }
  });
});
