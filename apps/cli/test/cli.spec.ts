import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { appendChained } from '@satupintu/engine';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { runCli } from '../src/cli';
import type { CliIo } from '../src/io';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function cli(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the operators\' command line', () => {
  let data: string;
  let caseIds: string[];

  beforeAll(async () => {
    data = mkdtempSync(join(tmpdir(), 'satupintu-cli-'));
    const seeded = await cli('--data', data, 'seed', '--count', '16');
    expect(seeded).toMatchObject({ code: 0 });
    expect(seeded.out).toMatch(/^Seeded \d+ demo cases: \d+ events appended, 0 already there\.$/);
    const db = new Database(join(data, 'events.sqlite'), { readonly: true });
    caseIds = (
      db.prepare("SELECT stream_id FROM events WHERE stream_id LIKE 'berkas-%' AND revision = 0 ORDER BY position").all() as Array<{ stream_id: string }>
    ).map((r) => r.stream_id);
    db.close();
  });
  afterAll(() => rmSync(data, { recursive: true, force: true }));

  it('seeding twice adds nothing', async () => {
    const again = await cli('--data', data, 'seed', '--count', '16');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/: 0 events appended, \d+ already there\.$/);
  });

  it('prints a case history: who, when, from which state to which', async () => {
    const run = await cli('--data', data, 'history', caseIds[caseIds.length - 1]);
    expect(run.code).toBe(0);
    const lines = run.out.split('\n');
    expect(lines[0]).toMatch(/^History of berkas-[0-9a-f-]+ \(\d+ events\)$/);
    expect(lines[1]).toMatch(/^#0 {2}\d{4}-\d\d-\d\dT[\d:.]+Z {2}FileReceived +start → verification {2}by .+ \(demo-[a-z_-]+\)/);
  });

  it('prints the history as JSON on request', async () => {
    const run = await cli('--data', data, 'history', caseIds[0], '--json');
    const rows = JSON.parse(run.out) as Array<{ revision: number; type: string; from: string; to: string }>;
    expect(rows[0]).toMatchObject({ revision: 0, type: 'FileReceived', from: 'start', to: 'verification' });
  });

  it('replays every seeded case and finds every step legal and unaltered', async () => {
    for (const id of caseIds) {
      const run = await cli('--data', data, 'audit', id);
      expect({ id, code: run.code }).toEqual({ id, code: 0 });
      expect(run.out).toContain('Every step was legal and unaltered.');
    }
  });

  it('given an event edited in the SQLite file, the audit fails and names the broken link', async () => {
    const target = caseIds[caseIds.length - 1];
    const db = new Database(join(data, 'events.sqlite'));
    db.prepare("UPDATE events SET data = json_set(data, '$.tampered', 1) WHERE stream_id = ? AND revision = 1").run(target);
    db.close();
    const run = await cli('--data', data, 'audit', target);
    expect(run.code).toBe(2);
    expect(run.out).toContain('FAIL #1');
    expect(run.out).toContain('Hash chain broken at revision 1.');
    expect(run.out).toContain('The history does NOT verify.');
  });

  it('checks the hash chain of a stream the engine did not write (an admin’s decisions), and names an edited link', async () => {
    const store = new SqliteEventStore(join(data, 'events.sqlite'));
    const decision = (name: string) => ({ id: randomUUID(), type: 'HolidaysSet', data: { days: [{ date: '2030-01-01', name }] } });
    await appendChained(store, 'calendar-2030', 'no_stream', [decision('Tahun Baru')]);
    await appendChained(store, 'calendar-2030', 0, [decision('Tahun Baru Masehi')]);
    await store.close();

    const intact = await cli('--data', data, 'audit', 'calendar-2030');
    expect(intact).toEqual({
      code: 0,
      out: [
        'Hash chain of calendar-2030 (2 events)',
        'OK   #0 HolidaysSet',
        'OK   #1 HolidaysSet',
        'Hash chain intact: no event was altered or removed.',
        'No anchor ledger in this data folder: events cut off at the end would not show.',
      ].join('\n'),
      err: '',
    });

    const db = new Database(join(data, 'events.sqlite'));
    db.prepare("UPDATE events SET data = json_set(data, '$.days[0].name', 'Libur') WHERE stream_id = 'calendar-2030' AND revision = 0").run();
    db.close();
    const broken = await cli('--data', data, 'audit', 'calendar-2030', '--json');
    expect(broken.code).toBe(2);
    expect(JSON.parse(broken.out)).toMatchObject({
      streamId: 'calendar-2030',
      chain: { intact: false, brokenAt: 0 },
      links: [{ revision: 0, hashOk: false, problem: 'content does not match its hash' }, { revision: 1, hashOk: true }],
    });
    expect((await cli('--data', data, 'audit', 'calendar-1999')).err).toBe('error: No stream calendar-1999 in this store.');
  });

  describe('the anchor ledger (anchors.sqlite beside the store)', () => {
    it('anchors every stream’s newest event, checks every row, and prints the newest row’s hash to hand outside', async () => {
      const run = await cli('--data', data, 'anchors');
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/^Anchor ledger: \d+ rows, up to position \d+ of the store\.\nEvery row holds\. Newest row's hash: [0-9a-f]{64}$/);
      const again = JSON.parse((await cli('--data', data, 'anchors', '--json')).out) as { intact: boolean; headRowHash: string };
      expect(again).toMatchObject({ intact: true, headRowHash: run.out.slice(-64) });
    });

    it('given the newest event of a case deleted after it was anchored, then the audit names the first missing revision and why', async () => {
      const victim = caseIds[1];
      expect((await cli('--data', data, 'anchors')).code).toBe(0);
      const db = new Database(join(data, 'events.sqlite'));
      const { last } = db.prepare('SELECT MAX(revision) AS last FROM events WHERE stream_id = ?').get(victim) as { last: number };
      db.prepare('DELETE FROM events WHERE stream_id = ? AND revision = ?').run(victim, last);
      db.close();

      const run = await cli('--data', data, 'audit', victim);
      expect(run.code).toBe(2);
      expect(run.out).toContain(
        `Hash chain broken at revision ${last}. (events after revision ${last - 1} are missing: the anchor saw revision ${last})`,
      );
      expect(run.out).not.toContain('FAIL');
      expect(run.out).toContain('The history does NOT verify.');
    });

    it('given a row of the ledger edited by hand, then anchors says the ledger does not hold, and where', async () => {
      const db = new Database(join(data, 'anchors.sqlite'));
      db.prepare("UPDATE anchors SET event_hash = 'ff' WHERE seq = 2").run();
      db.close();
      const run = await cli('--data', data, 'anchors');
      expect(run.code).toBe(2);
      expect(run.out).toContain('The ledger does NOT hold: row 2: row 2 does not match its hash.');
    });
  });

  it('says clearly when a case does not exist', async () => {
    const run = await cli('--data', data, 'history', 'berkas-00000000-0000-4000-8000-000000000000');
    expect(run).toEqual({ code: 1, out: '', err: 'error: No case berkas-00000000-0000-4000-8000-000000000000 in this store.' });
  });

  it('says clearly when the store path is wrong, without creating a store there', async () => {
    const missing = join(data, 'nope');
    const run = await cli('--data', missing, 'audit', 'x');
    expect(run.code).toBe(1);
    expect(run.err).toBe(`error: No event store at ${join(missing, 'events.sqlite')}. Give the data folder with --data (or SATUPINTU_DATA).`);
    const file = join(data, 'a-file');
    writeFileSync(file, 'x');
    expect((await cli('--data', file, 'history', 'x')).err).toBe(`error: ${file} is not a folder. Give the data folder with --data.`);
  });

  it('refuses a bad --count', async () => {
    const run = await cli('--data', data, 'seed', '--count', 'lots');
    expect(run.code).toBe(1);
    expect(run.err).toContain('--count must be a whole number from 1 to 100000, not "lots"');
  });

  it('runs as a real process through npm run cli', async () => {
    const root = resolve(__dirname, '../../..');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['-r', './scripts/register.cjs', 'apps/cli/src/main.ts', '--data', data, 'history', caseIds[0]],
      { cwd: root },
    );
    expect(stdout).toMatch(/^History of berkas-/);
    const failed = await promisify(execFile)(process.execPath, ['-r', './scripts/register.cjs', 'apps/cli/src/main.ts', '--data', data, 'history', 'berkas-x'], { cwd: root }).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1, stderr: 'error: No case berkas-x in this store.\n' });
  });
});
