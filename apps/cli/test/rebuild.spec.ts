import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import Database from 'better-sqlite3';
import type { Actor } from '@satupintu/engine';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { ProjectionRunner } from '@satupintu/projections';
import { ROLE_CODES } from '@satupintu/ptsp';
import {
  accountsReadModels,
  createUser,
  READ_MODEL_PROJECTIONS,
  setHolidays,
  type AdminContext,
} from '@satupintu/read-models';
import { runCli } from '../src/cli';
import type { CliIo } from '../src/io';

interface Run {
  code: number;
  out: string;
  err: string;
  progress: string;
}

async function cli(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const progress = new PassThrough();
  let progressText = '';
  progress.on('data', (chunk: Buffer) => (progressText += chunk.toString('utf8')));
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), progress };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n'), progress: progressText };
}

/**
 * Every table of a read-model file with its rows, in a stable order: what "the same read models"
 * means. A full-text index is compared by what it indexes (its rows by rowid), not by its shadow
 * tables, whose segments depend on how the inserts were batched.
 */
function tablesOf(file: string): Record<string, string[]> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare<[], { name: string; sql: string }>(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all();
    const virtual = tables.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
    const shadow = (name: string) => virtual.some((v) => name.startsWith(`${v}_`));
    return Object.fromEntries(
      tables
        .filter(({ name }) => !shadow(name))
        .map(({ name }) => [
          name,
          db
            .prepare(`SELECT ${virtual.includes(name) ? 'rowid, ' : ''}* FROM "${name}"`)
            .all()
            .map((row) => JSON.stringify(row))
            .sort(),
        ]),
    );
  } finally {
    db.close();
  }
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const ADMIN: Actor = { id: 'cli-spec-admin', name: 'Admin', roles: ['admin'] };

describe('the command line: rebuild', () => {
  let data: string;
  let readModels: string;
  let projectedLive: Record<string, string[]>;
  let head: number;
  let eventCount: number;

  beforeAll(async () => {
    data = mkdtempSync(join(tmpdir(), 'satupintu-cli-rebuild-'));
    readModels = join(data, 'read-models.sqlite');
    expect((await cli('--data', data, 'seed', '--count', '8')).code).toBe(0);

    // Given read models kept live as the server keeps them: a runner on its own connection to the
    // store, caught up, then following more cases and admin decisions as they are recorded.
    const store = new SqliteEventStore(join(data, 'events.sqlite'));
    const runner = new ProjectionRunner({
      store,
      filename: readModels,
      projections: READ_MODEL_PROJECTIONS,
    });
    await runner.start();
    expect((await cli('--data', data, 'seed', '--count', '24')).code).toBe(0);
    const admin: AdminContext = {
      store,
      readModels: accountsReadModels(runner.db),
      waitFor: (position) => runner.waitFor(position),
      knownRoles: ROLE_CODES,
    };
    await createUser(
      admin,
      { username: 'rina', name: 'Rina', roles: ['verifier'], password: 'long enough' },
      ADMIN,
    );
    await setHolidays(admin, 2026, [{ date: '2026-08-17', name: 'Hari Kemerdekaan' }], ADMIN);
    const events = await store.readAll();
    head = events.at(-1)!.position;
    eventCount = events.length;
    await runner.waitFor(head);
    await runner.close();
    await store.close();
    projectedLive = tablesOf(readModels);
    // The anchor ledger beside them, as the app keeps it.
    expect((await cli('--data', data, 'anchors')).code).toBe(0);
  });
  afterAll(() => rmSync(data, { recursive: true, force: true }));

  it('when rebuilt, the read-model tables hold exactly what live projection put in them; the anchor ledger is untouched', async () => {
    expect(projectedLive.users.length).toBeGreaterThan(0);
    expect(Object.keys(projectedLive).length).toBeGreaterThan(10);
    const ledger = sha256(join(data, 'anchors.sqlite'));

    const run = await cli('--data', data, 'rebuild');

    expect(run.code).toBe(0);
    expect(run.out).toBe(
      `Rebuilt the read models in ${readModels}: ${eventCount} events replayed, checkpoint at position ${head}, in ${run.out.match(/in (\d+\.\d) s\.$/)?.[1]} s.`,
    );
    expect(tablesOf(readModels)).toEqual(projectedLive);
    expect(sha256(join(data, 'anchors.sqlite'))).toBe(ledger);
  });

  it('given the read-models file deleted, when rebuilt, then it is created again, equal, and says so (--json)', async () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${readModels}${suffix}`, { force: true });
    expect(existsSync(readModels)).toBe(false);

    const run = await cli('--data', data, 'rebuild', '--json');

    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toEqual({
      file: readModels,
      created: true,
      events: eventCount,
      checkpoint: head,
      tookMs: expect.any(Number),
    });
    expect(tablesOf(readModels)).toEqual(projectedLive);
  });

  it('shows the progress bar, in the style of the export, when asked (--progress)', async () => {
    const run = await cli('--data', data, 'rebuild', '--progress');
    expect(run.code).toBe(0);
    expect(run.progress).toContain(`${head}/${head} events`);
    expect(run.progress).toContain('replaying');
  });

  it('says in its help that it is for a stopped server, and which endpoint a running one uses', async () => {
    const run = await cli('rebuild', '--help');
    expect(run.out).toContain('STOPPED server');
    expect(run.out).toContain('POST /api/admin/read-models/rebuild');
  });

  it('refuses a folder without an event store, and creates nothing there', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'satupintu-cli-rebuild-empty-'));
    try {
      const run = await cli('rebuild', '--data', empty);
      expect(run.code).toBe(1);
      expect(run.err).toMatch(/^error: No event store at .*events\.sqlite/);
      expect(existsSync(join(empty, 'read-models.sqlite'))).toBe(false);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
