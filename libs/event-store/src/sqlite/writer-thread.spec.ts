import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
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
      await expect(writer.connectionSettings()).resolves.toEqual({ journalMode: 'wal', synchronous: 2 });
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
        { ok: false, failure: { kind: 'wrong_expected_revision', streamId: 'missing', expected: 3, actual: 'no_stream' } },
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
});
