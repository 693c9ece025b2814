import { randomUUID } from 'node:crypto';
import { rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { dirname } from 'node:path';
import type { NewEvent } from '@satupintu/event-store';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { writerPragmas } from './schema';
import { WriterThread } from './writer-thread';
import { tempDatabase, type TempDatabase } from '../../test/support/temp-database';

const anEvent = (): NewEvent => ({ id: randomUUID(), type: 'Tested', data: {} });

describe('SqliteEventStore writer thread', () => {
  let database: TempDatabase;
  beforeEach(async () => {
    database = tempDatabase();
    await new SqliteEventStore(database.file).close(); // the file and its schema
  });
  afterEach(async () => {
    await database.remove();
  });

  it('given the writer’s pragmas (the durability pragmas and a longer checkpoint interval), when the thread opens its connection, then it commits in WAL mode with synchronous=FULL (not better-sqlite3’s NORMAL)', async () => {
    const writer = new WriterThread(database.file, writerPragmas({ busyTimeoutMs: 5000 }));
    try {
      await expect(writer.connectionSettings()).resolves.toEqual({
        journalMode: 'wal',
        synchronous: 2,
      });
    } finally {
      await writer.close();
    }
  });

  it('given a batch with a refused append, when committed by the thread, then the refusal comes back as data and the others are stored', async () => {
    const writer = new WriterThread(database.file, writerPragmas({ busyTimeoutMs: 5000 }));
    try {
      const events = [{ id: randomUUID(), type: 'Tested', data: '{}', metadata: '{}' }];
      const outcomes = await writer.commit(
        [
          { streamId: 'fresh', expected: 'no_stream', events },
          { streamId: 'missing', expected: 3, events: [{ ...events[0], id: randomUUID() }] },
        ],
        new Date().toISOString(),
      );
      expect(outcomes).toEqual([
        { ok: true, value: { nextExpectedRevision: 0, position: expect.any(Number) } },
        {
          ok: false,
          failure: {
            kind: 'wrong_expected_revision',
            streamId: 'missing',
            expected: 3,
            actual: 'no_stream',
          },
        },
      ]);
    } finally {
      await writer.close();
    }
  });

  it('given the file was removed before the first append, when appending, then the append fails with the SQLite error and the store still closes', async () => {
    const store = new SqliteEventStore(database.file);
    rmSync(dirname(database.file), { recursive: true, force: true });

    await expect(store.appendToStream('lost', [anEvent()])).rejects.toThrow(/Cannot open database/);
    await expect(store.close()).resolves.toBeUndefined();
  });
  /** Appends `count` events of 2 KB, one per stream, one after the other. */
  async function appendLarge(
    store: SqliteEventStore,
    count: number,
    prefix: string,
  ): Promise<void> {
    for (let i = 0; i < count; i++) {
      await store.appendToStream(`${prefix}-${i}`, [
        { id: randomUUID(), type: 'Tested', data: { text: 'x'.repeat(2_000) } },
      ]);
    }
  }

  const walBytes = () => statSync(`${database.file}-wal`).size;

  it('given appends far short of the writer’s own checkpoint threshold, then a thread beside it copies them into the database file, and the WAL does not grow with them', async () => {
    const store = new SqliteEventStore(database.file, { walCheckpointIntervalMs: 20 });
    const file = new Database(database.file, { readonly: true });
    try {
      // Given 300 appends of 2 KB: a few hundred pages, against the writer's 10,000
      await appendLarge(store, 300, 'first');
      const pageSize = Number(file.pragma('page_size', { simple: true }));
      const pages = () => Number(file.pragma('page_count', { simple: true }));
      expect(pages()).toBeGreaterThan(100);

      // Then the database file itself soon holds every page, not only the WAL
      await eventually(
        () => statSync(database.file).size >= pages() * pageSize,
        'the database file holds every page',
      );

      // And as many appends again are written over the copied WAL, not after it
      const afterFirst = walBytes();
      await appendLarge(store, 300, 'second');
      expect(walBytes()).toBeLessThan(afterFirst * 1.5);
    } finally {
      file.close();
      await store.close();
    }
  });

  it('given a store with the checkpointer off (interval 0), then only the writer’s own threshold copies pages: the WAL grows with every append', async () => {
    const store = new SqliteEventStore(database.file, { walCheckpointIntervalMs: 0 });
    try {
      await appendLarge(store, 300, 'first');
      const afterFirst = walBytes();
      await appendLarge(store, 300, 'second');
      expect(walBytes()).toBeGreaterThan(afterFirst * 1.8);
    } finally {
      await store.close();
    }
  });
});

async function eventually(check: () => boolean, what: string): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 10) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Not within 10 s: ${what}`);
}
