import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { CommandRejectedError, stateName } from '@satupintu/engine';
import { ProjectionRunner, type ReadModelDb } from '@satupintu/projections';
import { berkas, konsultasi } from '@satupintu/ptsp';
import { outboxProjection } from '../outbox/outbox-projection';
import { surveyProjection } from '../survey/survey-projection';
import { TestOffice } from '../testing/test-office';
import { analyticsProjection } from './projection/analytics-projection';
import { remindersProjection } from './reminders/reminders-projection';
import { waitsPerPost } from './queries/waits';

const PROJECTIONS = [analyticsProjection, remindersProjection, outboxProjection, surveyProjection];
const LETTER_SERVICES = ['KP-REG', 'MUT-MASUK', 'KARIS', 'CLTN'];

const step = fc.record({
  pick: fc.nat(),
  command: fc.nat(),
  service: fc.constantFrom(...LETTER_SERVICES),
  waitMinutes: fc.constantFrom(10, 60, 24 * 60, 31 * 24 * 60),
});

function contents(db: ReadModelDb) {
  const rowsOf = (table: string) =>
    db
      .prepare(`SELECT * FROM ${table}`)
      .all()
      .map((row) => JSON.stringify(row))
      .sort();
  return Object.fromEntries(
    PROJECTIONS.flatMap((p) => p.tables).map((table) => [table, rowsOf(table)]),
  );
}

function commandsIn(caseId: string, state: string): string[] {
  const permissions = caseId.startsWith('konsultasi-')
    ? konsultasi.konsultasiPermissions
    : berkas.berkasPermissions;
  return Object.keys((permissions as Record<string, object>)[state] ?? {});
}

describe('supervisors, outbox and survey read models: live equals rebuild', () => {
  it('for any valid sequence of commands over days and months, the tables kept event by event equal a rebuild from scratch', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 5, maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        async (steps, syncEvery) => {
          const dir = mkdtempSync(join(tmpdir(), 'satupintu-analytics-rebuild-'));
          const office = new TestOffice();
          const runner = new ProjectionRunner({
            store: office.store,
            filename: join(dir, 'rm.sqlite'),
            projections: PROJECTIONS,
          });
          const caseIds: string[] = [];
          const head = async () => (await office.store.readAll()).at(-1)?.position ?? 0;
          try {
            await runner.start();
            for (const [i, { pick, command, service, waitMinutes }] of steps.entries()) {
              office.later(waitMinutes);
              const target = pick % (caseIds.length + 1);
              if (target === caseIds.length) {
                caseIds.push(
                  command % 5 === 0 ? await office.ask() : await office.receive(service),
                );
              } else {
                const id = caseIds[target];
                const choices = commandsIn(
                  id,
                  stateName((await office.engine.load(id))!.snapshot.value),
                );
                if (choices.length > 0) {
                  const type = choices[command % choices.length];
                  const payload =
                    type === 'redispose'
                      ? { subdivision: 'mutasi', reason: 'Salah disposisi' }
                      : undefined;
                  try {
                    await office.send(id, type, payload);
                  } catch (error) {
                    if (!(error instanceof CommandRejectedError)) throw error;
                  }
                }
              }
              if (i % syncEvery === 0) await runner.waitFor(await head(), 5000);
            }
            await runner.waitFor(await head(), 5000);
            const live = contents(runner.db);
            const waits = waitsPerPost(runner.db);

            await runner.rebuild();

            expect(contents(runner.db)).toEqual(live);
            expect(waitsPerPost(runner.db)).toEqual(waits);
          } finally {
            await runner.close();
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
