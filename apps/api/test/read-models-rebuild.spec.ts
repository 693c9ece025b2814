import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProjectionRunner, ReadModelRunner } from '@satupintu/projections';
import type { Actor } from '@satupintu/engine';
import { InMemoryEventStore } from '@satupintu/event-store';
import { READ_MODEL_PROJECTIONS } from '@satupintu/read-models';
import { loadConfig } from '../src/config/app-config';
import { ApiException } from '../src/errors/api-error';
import { ReadModelsRebuildService } from '../src/read-models-admin/read-models-rebuild.service';
import { caseForm, Desk } from './fixtures/cases';
import { startTestApp, type TestApp } from './fixtures/test-app';

const REBUILD = '/api/admin/read-models/rebuild';
const MAINTENANCE_STREAM = 'maintenance-read-models';
const HOUR = 3_600_000;

describe('API: rebuilding the read models (POST /api/admin/read-models/rebuild)', () => {
  let t: TestApp;
  let desk: Desk;
  beforeAll(async () => {
    t = await startTestApp({ demoCases: 12 });
    desk = new Desk(t);
  });
  afterAll(() => t.close());

  it('is for admins only: 401 without a token, 403 for every other role, and nothing is recorded for them', async () => {
    const before = await t.eventCount();
    expect((await t.request('POST', REBUILD)).status).toBe(401);
    for (const username of ['supervisor', 'auditor', 'front-office', 'verifier']) {
      const answer = await t.request('POST', REBUILD, { token: await desk.token(username) });
      expect([username, answer.status]).toEqual([username, 403]);
    }
    expect(await t.eventCount()).toBe(before);
  });

  describe('given cases in every state and admin changes (an account, a Plh, holidays)', () => {
    const views = async () => {
      const admin = await desk.token('admin');
      const auditor = await desk.token('auditor');
      const supervisor = await desk.token('supervisor');
      const list = await t.request('GET', '/api/cases?limit=100', { token: auditor });
      const ids = (list.body.items as Array<{ id: string }>).map((item) => item.id);
      const cases = [];
      for (const id of ids) {
        cases.push({
          case: (await t.request('GET', `/api/cases/${id}`, { token: auditor })).body,
          history: (await t.request('GET', `/api/cases/${id}/history`, { token: auditor })).body,
        });
      }
      return {
        list: list.body,
        mine: (
          await t.request('GET', '/api/cases?mine=true', { token: await desk.token('verifier') })
        ).body,
        cases,
        throughput: (await t.request('GET', '/api/analytics/throughput', { token: supervisor }))
          .body,
        // asOf is when it was asked; the figures are what must not change.
        sla: {
          ...(await t.request('GET', '/api/analytics/sla', { token: supervisor })).body,
          asOf: null,
        },
        users: (await t.request('GET', '/api/users', { token: admin })).body,
        delegations: (await t.request('GET', '/api/delegations', { token: admin })).body,
        holidays: (await t.request('GET', '/api/holidays?year=2026', { token: admin })).body,
      };
    };

    let before: Awaited<ReturnType<typeof views>>;
    let rebuilt: {
      status: number;
      body: { checkpoint: number; tookMs: number; startedAt: string };
    };
    let adminId: string;

    beforeAll(async () => {
      const admin = await desk.token('admin');
      const users = (await t.request('GET', '/api/users', { token: admin })).body as Array<{
        id: string;
        username: string;
      }>;
      const idOf = (username: string) => users.find((u) => u.username === username)!.id;
      adminId = idOf('admin');
      const created = await t.request('POST', '/api/users', {
        token: admin,
        body: {
          username: 'rebuild-staff',
          name: 'Rina',
          roles: ['verifier'],
          password: 'long enough',
        },
      });
      expect(created.status).toBe(201);
      const now = Date.now();
      const granted = await t.request('POST', '/api/delegations', {
        token: admin,
        body: {
          fromUserId: idOf('kasubbid-kepangkatan'),
          toUserId: created.body.id,
          startsAt: new Date(now - HOUR).toISOString(),
          endsAt: new Date(now + 48 * HOUR).toISOString(),
          reason: 'Dinas luar',
        },
      });
      expect(granted.status).toBe(201);
      const holidays = await t.request('PUT', '/api/holidays/2026', {
        token: admin,
        body: { days: [{ date: '2026-08-17', name: 'Hari Kemerdekaan' }] },
      });
      expect(holidays.status).toBe(200);

      before = await views();
      rebuilt = await t.request('POST', REBUILD, { token: admin });
    });

    it('when rebuilt, answers 200 once caught up: the checkpoint is the newest event (the rebuild recorded)', async () => {
      expect(rebuilt.status).toBe(200);
      expect(rebuilt.body).toEqual({
        checkpoint: await t.headPosition(),
        tookMs: expect.any(Number),
        startedAt: expect.any(String),
      });
      const health = await t.request('GET', '/api/health');
      expect(health.body.projections.checkpoint).toBe(rebuilt.body.checkpoint);
    });

    it('then every read model answers as before: case list, queue, each case and its history, analytics, users, Plh, holidays', async () => {
      expect(before.list.items.length).toBeGreaterThanOrEqual(12);
      expect(before.users.some((u: { username: string }) => u.username === 'rebuild-staff')).toBe(
        true,
      );
      expect(before.delegations).toHaveLength(1);
      expect(await views()).toEqual(before);
    });

    it('then auditors see who rebuilt and when in the log, on a hash chain of its own', async () => {
      const auditor = await desk.token('auditor');
      const log = await t.request('GET', `/api/audit/log?stream=${MAINTENANCE_STREAM}`, {
        token: auditor,
      });
      expect(log.status).toBe(200);
      const items = log.body.items as Array<{
        type: string;
        occurredAt: string;
        actor: { id: string };
        data: Record<string, unknown>;
      }>;
      expect(items.map((item) => item.type)).toEqual([
        'ReadModelsRebuildStarted',
        'ReadModelsRebuilt',
      ]);
      expect(items.every((item) => item.actor.id === adminId)).toBe(true);
      expect(items[0].occurredAt).toBe(rebuilt.body.startedAt);
      expect(items[1].data).toEqual({
        checkpoint: expect.any(Number),
        tookMs: rebuilt.body.tookMs,
      });
      const chain = await t.request('GET', `/api/audit/streams/${MAINTENANCE_STREAM}`, {
        token: auditor,
      });
      expect(chain.body.chain.intact).toBe(true);
      expect(chain.body.links).toHaveLength(2);
    });

    it('then a command right after answers with read-your-writes: the next reads show it', async () => {
      const received = await desk.receive(caseForm('KP-REG'));
      expect((await desk.get(received.id)).body.state).toBe('verification');
      await desk.must('verifier', received.id, 'verify_complete');
      expect((await desk.get(received.id)).body.state).toBe('disposition');
      const list = await t.request('GET', '/api/cases?state=disposition&limit=100', {
        token: await desk.token('auditor'),
      });
      expect(list.body.items.map((item: { id: string }) => item.id)).toContain(received.id);
    });

    it('a second rebuild is recorded after the first, continuing the chain', async () => {
      const again = await t.request('POST', REBUILD, { token: await desk.token('admin') });
      expect(again.status).toBe(200);
      expect(again.body.checkpoint).toBe(await t.headPosition());
      const chain = await t.request('GET', `/api/audit/streams/${MAINTENANCE_STREAM}`, {
        token: await desk.token('auditor'),
      });
      expect(chain.body.chain.intact).toBe(true);
      expect(chain.body.links.map((link: { type: string }) => link.type)).toEqual([
        'ReadModelsRebuildStarted',
        'ReadModelsRebuilt',
        'ReadModelsRebuildStarted',
        'ReadModelsRebuilt',
      ]);
    });
  });
});

/** A runner whose rebuild the test finishes (or fails) when it chooses. */
class HeldRunner extends ProjectionRunner {
  private release: ((error?: Error) => void) | undefined;
  rebuilds = 0;

  override rebuild(): Promise<void> {
    this.rebuilds++;
    return new Promise((resolve, reject) => {
      this.release = (error) => (error === undefined ? resolve() : reject(error));
    });
  }

  finish(error?: Error): void {
    this.release?.(error);
  }
}

describe('ReadModelsRebuildService: one rebuild at a time', () => {
  let dir: string;
  let store: InMemoryEventStore;
  let runner: HeldRunner;
  let service: ReadModelsRebuildService;
  const actor: Actor = { id: 'admin-1', name: 'Admin Satu', roles: ['admin'] };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'satupintu-rebuild-'));
    store = new InMemoryEventStore();
    runner = new HeldRunner({
      store,
      filename: join(dir, 'read-models.sqlite'),
      projections: READ_MODEL_PROJECTIONS,
    });
    await runner.start();
    const config = loadConfig({ SATUPINTU_DATA: dir });
    service = new ReadModelsRebuildService(
      runner satisfies ReadModelRunner,
      store,
      (position) => runner.waitFor(position),
      config,
    );
  });
  afterEach(async () => {
    await runner.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const types = async () => (await store.readStream(MAINTENANCE_STREAM)).map((e) => e.type);
  const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setImmediate(resolve));
  };

  it('given a rebuild running, when another is asked for, then it is refused with 409 naming who began it, and the first completes', async () => {
    const first = service.rebuild(actor);
    await until(() => runner.rebuilds === 1);

    const second = await service.rebuild({ ...actor, id: 'admin-2', name: 'Admin Dua' }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(second).toBeInstanceOf(ApiException);
    const problem = (second as ApiException).problem;
    expect(problem.statusCode).toBe(409);
    expect(problem.message.key).toBe('readModels.rebuildRunning');
    expect(problem.details).toEqual({ startedAt: expect.any(String), startedBy: 'Admin Satu' });
    expect(runner.rebuilds).toBe(1);

    runner.finish();
    expect((await first).checkpoint).toBe(runner.checkpoint());
    expect(await types()).toEqual(['ReadModelsRebuildStarted', 'ReadModelsRebuilt']);
  });

  it('given a rebuild that fails, then the failure is recorded with its reason and the next rebuild may start', async () => {
    const failing = service.rebuild(actor);
    await until(() => runner.rebuilds === 1);
    runner.finish(new Error('disk full'));
    await expect(failing).rejects.toThrow('disk full');
    const [, failed] = await store.readStream(MAINTENANCE_STREAM);
    expect(failed).toMatchObject({
      type: 'ReadModelsRebuildFailed',
      data: { reason: 'disk full' },
    });

    const next = service.rebuild(actor);
    await until(() => runner.rebuilds === 2);
    runner.finish();
    expect((await next).checkpoint).toBe(runner.checkpoint());
    expect(await types()).toEqual([
      'ReadModelsRebuildStarted',
      'ReadModelsRebuildFailed',
      'ReadModelsRebuildStarted',
      'ReadModelsRebuilt',
    ]);
  });
});
