import { statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { InMemoryEventStore } from '@satupintu/event-store';
import { ProjectionRunner } from '../src';
import { tempDir } from './fixtures/temp-dir';
import { event, eventLog, tableRows } from './fixtures/test-projections';

async function eventually(check: () => boolean, what: string): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 10) {
    if (check()) return;
    await sleep(10);
  }
  throw new Error(`Not within 10 s: ${what}`);
}

describe('ProjectionRunner: the WAL checkpointed off the event loop', () => {
  it('copies applied pages into the database file from a thread of its own while running, and leaves checkpoints to the connection once stopped', async () => {
    const dir = tempDir();
    const file = dir.path('read-models.sqlite');
    const store = new InMemoryEventStore();
    const runner = new ProjectionRunner({
      store,
      filename: file,
      projections: [eventLog()],
      walCheckpointIntervalMs: 10,
    });
    const autocheckpoint = () => runner.db.pragma('wal_autocheckpoint', { simple: true });
    try {
      // Given a running runner whose checkpointer thread has started
      await runner.start();
      await eventually(
        () => autocheckpoint() === 0,
        "the runner's connection stops checkpointing on commit",
      );

      // When events are applied (far fewer pages than SQLite's own 1,000-page checkpoint)
      const { position: last } = await store.appendToStream(
        'log-1',
        Array.from({ length: 400 }, () => event('Noted')),
      );
      await runner.waitFor(last);

      // Then the database file itself, not only the WAL, soon holds every page of them
      const pages = () => Number(runner.db.pragma('page_count', { simple: true }));
      const pageSize = Number(runner.db.pragma('page_size', { simple: true }));
      expect(pages()).toBeGreaterThan(10);
      await eventually(
        () => statSync(file).size >= pages() * pageSize,
        'the database file holds every page',
      );
      expect(tableRows(runner.db, 'event_log')).toHaveLength(400);

      // And once stopped, the connection checkpoints by itself again
      await runner.stop();
      expect(autocheckpoint()).toBe(1000);
    } finally {
      await runner.close();
      dir.remove();
    }
  });

  it('runs no thread for an in-memory file, which has no WAL', async () => {
    const store = new InMemoryEventStore();
    const runner = new ProjectionRunner({ store, filename: ':memory:', projections: [eventLog()] });
    try {
      await runner.start();
      const { position } = await store.appendToStream('log-1', [event('Noted')]);
      await runner.waitFor(position);
      expect(tableRows(runner.db, 'event_log')).toHaveLength(1);
    } finally {
      await runner.close();
    }
  });
});
