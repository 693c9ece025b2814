import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { CommandRejectedError, stateName } from '@satupintu/engine';
import { ProjectionRunner, type ReadModelDb } from '@satupintu/projections';
import { berkas, konsultasi, ptspPresentations } from '@satupintu/ptsp';
import { getCase, listCases } from './cases';
import { caseProjections } from './ptsp-projections';
import { TestOffice } from './testing/test-office';

const LETTER_SERVICES = ['KP-REG', 'KP-FUNG', 'MUT-MASUK', 'PEN-BUP', 'PEN-JD', 'KARIS', 'IZIN-BELAJAR', 'CLTN'];
const TABLES = [
  'cases',
  'case_queue',
  'case_state_counts',
  'case_timeline',
  'agenda_register',
  'letter_register',
  'tracking',
  'tracking_checklists',
];

/** One step of a random office day: open a case or move one on, after some time. */
const step = fc.record({
  pick: fc.nat(),
  command: fc.nat(),
  service: fc.constantFrom(...LETTER_SERVICES),
  waitMinutes: fc.constantFrom(10, 60, 24 * 60, 31 * 24 * 60),
});

/** Every table's rows in a fixed order, and what the name search finds, as one comparable value. */
function contents(db: ReadModelDb, names: string[]) {
  const rowsOf = (table: string) => db.prepare(`SELECT * FROM ${table}`).all().map((row) => JSON.stringify(row)).sort();
  const tables = Object.fromEntries(TABLES.map((table) => [table, rowsOf(table)]));
  const searches = names.map((name) => listCases(db, { q: name.split(' ')[0] }).items.map((c) => c.id));
  return { tables, searches };
}

/** The commands the workflow knows in the case's current state. */
function commandsIn(caseId: string, state: string): string[] {
  const permissions = caseId.startsWith('konsultasi-') ? konsultasi.konsultasiPermissions : berkas.berkasPermissions;
  return Object.keys((permissions as Record<string, object>)[state] ?? {});
}

describe('case read models: incremental equals rebuild', () => {
  it('for any valid sequence of commands, the tables built event by event equal a rebuild from scratch, and agree with the machine', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 35 }), fc.integer({ min: 1, max: 7 }), async (steps, syncEvery) => {
        const dir = mkdtempSync(join(tmpdir(), 'satupintu-rebuild-'));
        const office = new TestOffice();
        const runner = new ProjectionRunner({ store: office.store, filename: join(dir, 'rm.sqlite'), projections: caseProjections });
        const caseIds: string[] = [];
        try {
          await runner.start();
          for (const [i, { pick, command, service, waitMinutes }] of steps.entries()) {
            office.later(waitMinutes);
            const target = pick % (caseIds.length + 1);
            if (target === caseIds.length) {
              caseIds.push(command % 5 === 0 ? await office.ask() : await office.receive(service));
            } else {
              const id = caseIds[target];
              const state = stateName((await office.engine.load(id))!.snapshot.value);
              const choices = commandsIn(id, state);
              if (choices.length > 0) await sendUnlessRefused(office, id, choices[command % choices.length]);
            }
            if (i % syncEvery === 0) await runner.waitFor(await headOf(office), 5000);
          }
          await runner.waitFor(await headOf(office), 5000);
          const names = caseIds.map((id) => getCase(runner.db, id)?.applicant.name ?? 'x');
          const incremental = contents(runner.db, names);

          for (const id of caseIds) {
            const instance = (await office.engine.load(id))!;
            const kind = id.startsWith('konsultasi-') ? 'konsultasi' : 'berkas';
            expect(getCase(runner.db, id)).toMatchObject({
              state: stateName(instance.snapshot.value),
              revision: instance.revision,
              waitingOn: ptspPresentations[kind].waitingOn(instance.snapshot),
            });
          }

          await runner.rebuild();
          expect(contents(runner.db, names)).toEqual(incremental);
        } finally {
          await runner.close();
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 30 },
    );
  });
});

async function headOf(office: TestOffice): Promise<number> {
  return (await office.store.readAll()).at(-1)?.position ?? 0;
}

/** Random content is sometimes refused by the machine's rules (e.g. expiry before 30 days): nothing is stored then. */
async function sendUnlessRefused(office: TestOffice, id: string, type: string): Promise<void> {
  const payloads: Record<string, object> = { redispose: { subdivision: 'mutasi', reason: 'Salah disposisi' } };
  try {
    await office.send(id, type, payloads[type] as never);
  } catch (error) {
    if (!(error instanceof CommandRejectedError)) throw error;
  }
}
