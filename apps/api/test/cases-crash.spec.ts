import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ProjectionRunner } from '@satupintu/projections';
import { API_PROJECTIONS } from '../src/core/read-model-projections';
import { caseForm } from './fixtures/cases';
import { startChildServer, type ChildServer } from './support/child-server';
import { openStoreOf } from './support/store-under-test';

/** Every row of every read-model table (with the rowid, where a table has one), in a stable order. */
function dumpReadModels(file: string): Record<string, string[]> {
  const db = new Database(file, { readonly: true });
  const rows = (table: string): object[] => {
    const withoutRowid = /WITHOUT ROWID/i.test(
      (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(table) as { sql: string })
        .sql,
    );
    return db
      .prepare(`SELECT ${withoutRowid ? '' : 'rowid AS _rowid, '}* FROM "${table}"`)
      .all() as object[];
  };
  try {
    const tables = API_PROJECTIONS.flatMap((projection) => projection.tables);
    return Object.fromEntries(
      tables.map((table) => [
        table,
        rows(table)
          .map((row) => JSON.stringify(row))
          .sort(),
      ]),
    );
  } finally {
    db.close();
  }
}

/** The steps of a KP-REG file after receipt, by the demo account that may take each. */
const STEPS: Array<[string, string, Record<string, unknown>]> = [
  ['verifier', 'verify_complete', {}],
  ['dispatcher', 'dispose', { subdivision: 'kepangkatan' }],
  ['pengelola-kepangkatan', 'submit_draft', { summary: 'Konsep SK' }],
  ['kasubbid-kepangkatan', 'initial', {}],
  ['kabid-pengembangan-mutasi-dan-promosi', 'initial', {}],
  ['kepala-badan', 'sign', {}],
  ['numberer', 'assign_number', {}],
  ['duty-officer', 'hand_over', { recipientName: 'Yang bersangkutan', relation: 'self' }],
];

interface Acknowledged {
  caseId: string;
  revision: number;
  action: string;
}

describe('API: crash (SIGKILL under load) and restart on the same data', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'satupintu-crash-'));
  let server: ChildServer | undefined;
  afterAll(async () => {
    await server?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every command that got a 2xx, and the read models equal a rebuild', async () => {
    server = await startChildServer(dataDir);
    const tokens = new Map<string, string>();
    for (const username of ['front-office', ...STEPS.map(([by]) => by), 'auditor']) {
      const answer = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'demo' }),
      });
      tokens.set(username, ((await answer.json()) as { token: string }).token);
    }
    const post = async (by: string, path: string, body: unknown) => {
      inFlight += 1;
      try {
        return await fetch(`${server!.url}${path}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${tokens.get(by)}`,
          },
          body: JSON.stringify(body),
        });
      } finally {
        inFlight -= 1;
      }
    };

    // Workers take files through their lifecycle until the server dies under them.
    const acknowledged: Acknowledged[] = [];
    let dead = false;
    let inFlight = 0;
    const worker = async () => {
      while (!dead) {
        try {
          const receipt = await post('front-office', '/api/cases', caseForm('KP-REG'));
          if (receipt.status !== 201) throw new Error(`receipt ${receipt.status}`);
          const { id } = (await receipt.json()) as { id: string };
          acknowledged.push({ caseId: id, revision: 0, action: 'receive' });
          for (const [i, [by, type, payload]] of STEPS.entries()) {
            const answer = await post(by, `/api/cases/${id}/actions`, {
              type,
              expectedRevision: i,
              ...payload,
            });
            if (answer.status !== 200)
              throw new Error(`${type} ${answer.status} ${await answer.text()}`);
            const { revision } = (await answer.json()) as { revision: number };
            acknowledged.push({ caseId: id, revision, action: type });
          }
        } catch (error) {
          if (!dead) throw error;
        }
      }
    };
    const workers = Array.from({ length: 6 }, worker);
    while (acknowledged.length < 150) await new Promise((done) => setTimeout(done, 20));
    dead = true;
    const inFlightAtKill = inFlight;
    await server.kill('SIGKILL');
    await Promise.all(workers);
    const atKill = acknowledged.length;
    expect(inFlightAtKill).toBeGreaterThan(0);

    // Restarted on the same data: every acknowledged command is in its file's history.
    server = await startChildServer(dataDir);
    const histories = new Map<string, Array<{ revision: number; type: string }>>();
    for (const caseId of new Set(acknowledged.map((a) => a.caseId))) {
      const answer = await fetch(`${server.url}/api/cases/${caseId}/history`, {
        headers: { authorization: `Bearer ${tokens.get('auditor')}` },
      });
      expect(answer.status).toBe(200);
      histories.set(caseId, (await answer.json()) as Array<{ revision: number; type: string }>);
    }
    const eventTypes: Record<string, string> = {
      receive: 'FileReceived',
      verify_complete: 'FileVerified',
      dispose: 'FileDisposed',
      submit_draft: 'DraftSubmitted',
      initial: 'DraftInitialled',
      sign: 'LetterSigned',
      assign_number: 'LetterNumbered',
      hand_over: 'FileHandedOver',
    };
    for (const ack of acknowledged.slice(0, atKill)) {
      const step = histories.get(ack.caseId)!.find((entry) => entry.revision === ack.revision);
      expect({ ...ack, type: step?.type }).toEqual({ ...ack, type: eventTypes[ack.action] });
    }
    // It continues where it stopped: a new file is received.
    const after = await post('front-office', '/api/cases', caseForm('KARIS'));
    expect(after.status).toBe(201);
    await server.kill('SIGTERM');
    server = undefined;

    // The read models the server kept equal those rebuilt from the events alone.
    const rebuiltFile = join(dataDir, 'rebuilt.sqlite');
    const store = await openStoreOf(dataDir);
    const runner = new ProjectionRunner({
      store,
      filename: rebuiltFile,
      projections: API_PROJECTIONS,
    });
    try {
      await runner.start();
    } finally {
      await runner.close();
      await store.close();
    }
    const kept = dumpReadModels(join(dataDir, 'read-models.sqlite'));
    const rebuilt = dumpReadModels(rebuiltFile);
    expect(kept.cases.length).toBeGreaterThan(10);
    expect(kept).toEqual(rebuilt);
  }, 120_000);
});
