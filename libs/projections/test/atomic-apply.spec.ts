import Database from 'better-sqlite3';
import { InMemoryEventStore } from '@satupintu/event-store';
import { ProjectionApplyError, ProjectionRunner, prepared, type Projection } from '../src';
import { tempDir } from './fixtures/temp-dir';
import { event, tableRows } from './fixtures/test-projections';

/** Writes a row per event, then throws on a Poison event while `failuresLeft` lasts: a half-done apply. */
function flaky(state: { failuresLeft: number }): Projection {
  return {
    name: 'flaky',
    version: 1,
    tables: ['flaky_rows'],
    setup: (db) =>
      db.exec(
        'CREATE TABLE IF NOT EXISTS flaky_rows (position INTEGER PRIMARY KEY, type TEXT NOT NULL)',
      ),
    apply(db, e) {
      prepared(db, 'INSERT INTO flaky_rows VALUES (?, ?)').run(e.position, e.type);
      if (e.type === 'Poison' && state.failuresLeft > 0) {
        state.failuresLeft -= 1;
        throw new Error('disk says no');
      }
    },
  };
}

/** What another process would read from the file: only committed data. */
function committed(file: string): { rows: unknown[]; checkpoint: unknown } {
  const reader = new Database(file, { readonly: true });
  try {
    return {
      rows: reader.prepare('SELECT position, type FROM flaky_rows ORDER BY position').all(),
      checkpoint: reader
        .prepare("SELECT position FROM projection_checkpoints WHERE name = 'flaky'")
        .get(),
    };
  } finally {
    reader.close();
  }
}

describe('ProjectionRunner: an apply that throws mid-batch', () => {
  it('commits the events before it, leaves nothing of the failing event, keeps the checkpoint before it, then retries', async () => {
    const dir = tempDir();
    const file = dir.path('read-models.sqlite');
    const store = new InMemoryEventStore();
    const state = { failuresLeft: 1 };
    const seenAtFailure: Array<{
      error: unknown;
      committed: ReturnType<typeof committed>;
      checkpoint: number;
    }> = [];
    const { position: last } = await store.appendToStream('case-1', [
      event('Ok'),
      event('Poison'),
      event('Ok'),
    ]);
    const runner: ProjectionRunner = new ProjectionRunner({
      store,
      filename: file,
      projections: [flaky(state)],
      retryDelayMs: 20,
      onError: (error) =>
        seenAtFailure.push({ error, committed: committed(file), checkpoint: runner.checkpoint() }),
    });
    try {
      await runner.start();

      expect(seenAtFailure).toHaveLength(1);
      const [failure] = seenAtFailure;
      expect(failure.error).toBeInstanceOf(ProjectionApplyError);
      expect(failure.error).toMatchObject({
        projection: 'flaky',
        position: 2,
        eventType: 'Poison',
      });
      expect(failure.committed).toEqual({
        rows: [{ position: 1, type: 'Ok' }],
        checkpoint: { position: 1 },
      });
      expect(failure.checkpoint).toBe(1);

      expect(runner.checkpoint()).toBe(last);
      expect(tableRows(runner.db, 'flaky_rows')).toEqual([
        { position: 1, type: 'Ok' },
        { position: 2, type: 'Poison' },
        { position: 3, type: 'Ok' },
      ]);
      expect(runner.status().lastError).toBeUndefined();
    } finally {
      await runner.close();
      dir.remove();
    }
  });

  it('reports a failure that persists in status() and keeps the read models at the last good event', async () => {
    const dir = tempDir();
    const store = new InMemoryEventStore();
    const errors: unknown[] = [];
    const runner = new ProjectionRunner({
      store,
      filename: dir.path('read-models.sqlite'),
      projections: [flaky({ failuresLeft: Number.POSITIVE_INFINITY })],
      retryDelayMs: 5,
      maxRetryDelayMs: 10,
      onError: (error) => errors.push(error),
    });
    try {
      await runner.start();
      await store.appendToStream('case-1', [event('Ok')]);
      await runner.waitFor(1);
      await store.appendToStream('case-1', [event('Poison')]);
      await expect(runner.waitFor(2, 200)).rejects.toMatchObject({
        name: 'ProjectionWaitTimeoutError',
        position: 2,
        checkpoint: 1,
      });
      expect(errors.length).toBeGreaterThan(1);
      expect(runner.status()).toMatchObject({
        running: true,
        checkpoint: 1,
        lastError: expect.stringContaining('disk says no'),
      });
      expect(tableRows(runner.db, 'flaky_rows')).toEqual([{ position: 1, type: 'Ok' }]);
    } finally {
      await runner.close();
      dir.remove();
    }
  });
});
