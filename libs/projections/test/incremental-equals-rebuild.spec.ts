import fc from 'fast-check';
import { InMemoryEventStore, type JsonObject, type RecordedEvent } from '@satupintu/event-store';
import { ProjectionRunner } from '../src';
import { tempDir } from './fixtures/temp-dir';
import { counterTotals, event, eventLog, tableRows } from './fixtures/test-projections';

const append = fc.record({
  stream: fc.constantFrom('counter-a', 'counter-b', 'counter-c', 'other-x'),
  events: fc.array(
    fc.record({
      type: fc.constantFrom('Added', 'Added', 'Reset', 'Noted'),
      amount: fc.integer({ min: -50, max: 50 }),
    }),
    { minLength: 1, maxLength: 5 },
  ),
});
/** Groups of appends: a group is appended concurrently, groups one after the other. */
const history = fc.array(fc.array(append, { minLength: 1, maxLength: 6 }), {
  minLength: 1,
  maxLength: 8,
});

/** The totals computed straight from the log, without the runner. */
function expectedTotals(events: RecordedEvent[]): unknown[] {
  const totals = new Map<string, { stream_id: string; total: number; events: number }>();
  for (const e of events) {
    if (!e.streamId.startsWith('counter-') || (e.type !== 'Added' && e.type !== 'Reset')) continue;
    const row = totals.get(e.streamId) ?? { stream_id: e.streamId, total: 0, events: 0 };
    row.total = e.type === 'Reset' ? 0 : row.total + Number((e.data as JsonObject).amount);
    row.events += 1;
    totals.set(e.streamId, row);
  }
  return [...totals.values()].sort((a, b) => a.stream_id.localeCompare(b.stream_id));
}

describe('ProjectionRunner: incremental equals rebuild', () => {
  it('for any mix of events appended while it runs, the tables equal a rebuild and a direct fold', async () => {
    await fc.assert(
      fc.asyncProperty(history, fc.integer({ min: 1, max: 20 }), async (groups, maxBatchSize) => {
        const dir = tempDir();
        const store = new InMemoryEventStore();
        const runner = new ProjectionRunner({
          store,
          filename: dir.path('read-models.sqlite'),
          projections: [counterTotals(), eventLog()],
          maxBatchSize,
        });
        try {
          await runner.start();
          for (const group of groups) {
            const results = await Promise.all(
              group.map((a) =>
                store.appendToStream(
                  a.stream,
                  a.events.map((e) => event(e.type, { amount: e.amount })),
                ),
              ),
            );
            await runner.waitFor(Math.max(...results.map((r) => r.position)), 5000);
          }
          const incremental = {
            totals: tableRows(runner.db, 'counter_totals'),
            log: tableRows(runner.db, 'event_log'),
          };
          const all = await store.readAll();

          await runner.rebuild();
          expect({
            totals: tableRows(runner.db, 'counter_totals'),
            log: tableRows(runner.db, 'event_log'),
          }).toEqual(incremental);
          expect(incremental.totals).toEqual(expectedTotals(all));
          expect(incremental.log).toHaveLength(all.length);
          expect(runner.checkpoint()).toBe(all[all.length - 1].position);
        } finally {
          await runner.close();
          dir.remove();
        }
      }),
      { numRuns: 40 },
    );
  });
});
