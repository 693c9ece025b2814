import { InMemoryEventStore, type RecordedEvent } from '@satupintu/event-store';
import { ProjectionRunner, prepared, type Projection } from '../src';
import { tempDir } from './fixtures/temp-dir';
import { event } from './fixtures/test-projections';

/** A row per event; throws once on the first Poison event, like a disk that fails for a moment. */
function failingOnce(): Projection {
  let failed = false;
  return {
    name: 'rows',
    version: 1,
    tables: ['rows'],
    setup: (db) => db.exec('CREATE TABLE IF NOT EXISTS rows (position INTEGER PRIMARY KEY)'),
    apply(db, e) {
      if (e.type === 'Poison' && !failed) {
        failed = true;
        throw new Error('disk says no');
      }
      prepared(db, 'INSERT INTO rows VALUES (?)').run(e.position);
    },
  };
}

interface Run {
  after: number;
  positions: number[];
}

/** The runs as told, and whether each one starts where the one before it ended. */
function joined(runs: Run[], from = 0): boolean {
  let end = from;
  for (const run of runs) {
    if (run.after !== end) return false;
    end = run.positions.at(-1) ?? end;
  }
  return true;
}

describe('ProjectionRunner onBatch: the events of each commit, for work that need not read them again', () => {
  it('given a batch whose apply fails midway, then the events it tells follow each other without a gap or a repeat, and only committed ones', async () => {
    const dir = tempDir();
    const store = new InMemoryEventStore();
    const runs: Run[] = [];
    const committedWhenTold: number[] = [];
    const runner: ProjectionRunner = new ProjectionRunner({
      store,
      filename: dir.path('read-models.sqlite'),
      projections: [failingOnce()],
      retryDelayMs: 10,
      onError: () => undefined,
      onBatch: (after, events: readonly RecordedEvent[]) => {
        runs.push({ after, positions: events.map((e) => e.position) });
        committedWhenTold.push(runner.checkpoint());
      },
    });
    try {
      await store.appendToStream('case-1', [event('Ok'), event('Poison'), event('Ok')]);
      await runner.start();
      const { position } = await store.appendToStream('case-2', [event('Ok'), event('Ok')]);
      await runner.waitFor(position);

      expect(runs.flatMap((run) => run.positions)).toEqual([1, 2, 3, 4, 5]);
      expect(joined(runs)).toBe(true);
      // The failing batch first told only the event before the failure: it was all that committed.
      expect(runs[0]).toEqual({ after: 0, positions: [1] });
      expect(committedWhenTold).toEqual(runs.map((run) => run.positions.at(-1)));
    } finally {
      await runner.close();
      dir.remove();
    }
  });

  it('given a restart on the same file, then the first run after it starts at the checkpoint', async () => {
    const dir = tempDir();
    const store = new InMemoryEventStore();
    const file = dir.path('read-models.sqlite');
    const runs: Run[] = [];
    const open = () =>
      new ProjectionRunner({
        store,
        filename: file,
        projections: [failingOnce()],
        onBatch: (after, events) => runs.push({ after, positions: events.map((e) => e.position) }),
      });
    await store.appendToStream('case-1', [event('Ok'), event('Ok')]);
    const first = open();
    await first.start();
    await first.close();
    const { position } = await store.appendToStream('case-1', [event('Ok')], {
      expectedRevision: 1,
    });
    const second = open();
    try {
      await second.start();
      await second.waitFor(position);
      expect(runs.at(-1)).toEqual({ after: 2, positions: [3] });
      expect(joined(runs)).toBe(true);
    } finally {
      await second.close();
      dir.remove();
    }
  });
});
