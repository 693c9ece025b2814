import type { EventStore, RecordedEvent } from '@satupintu/event-store';
import { EVENT_STORE } from '../src/core/tokens';
import { caseForm, Desk, letterService, requiredDocuments } from './fixtures/cases';
import { cliAudit, deleteStoredEvent, editStoredEvent } from './fixtures/tamper';
import { startTestApp, type TestApp } from './fixtures/test-app';

/**
 * An auditor's tools over real HTTP on a real SQLite store: a case's history in three views,
 * its state at any moment, and the replay of its whole history with proof; then the same case
 * tampered with on disk, found out by the HTTP audit and the CLI alike.
 */
describe('API: a case audited', () => {
  let t: TestApp;
  let desk: Desk;
  let store: EventStore;
  let id: string;
  let stored: RecordedEvent[];

  const get = async (path: string, by = 'auditor') =>
    t.request('GET', path, { token: await desk.token(by) });

  beforeAll(async () => {
    t = await startTestApp();
    desk = new Desk(t);
    store = t.app.get<EventStore>(EVENT_STORE);
    const all = requiredDocuments(letterService('KP-REG'));
    ({ id } = await desk.receive(
      caseForm('KP-REG', { submittedDocuments: all.filter((d) => d !== 'SK_CPNS') }),
    ));
    await desk.must('verifier', id, 'return_incomplete', {
      missingDocuments: ['SK_CPNS'],
      note: 'SK CPNS belum dilegalisir',
    });
    await desk.must('front-office', id, 'resubmit', { submittedDocuments: all });
    await desk.must('verifier', id, 'verify_complete');
    await desk.must('dispatcher', id, 'dispose', { subdivision: 'kepangkatan' });
    stored = await store.readStream(id);
  });
  afterAll(() => t.close());

  describe('the history in three views', () => {
    it('compact (the default): one entry per step, who, when, from which state to which', async () => {
      const compact = await get(`/api/cases/${id}/history?view=compact`);
      expect(compact.status).toBe(200);
      expect(
        compact.body.map((e: { type: string; from: string; to: string }) => [e.type, e.from, e.to]),
      ).toEqual([
        ['FileReceived', 'start', 'verification'],
        ['FileReturned', 'verification', 'returned'],
        ['FileResubmitted', 'returned', 'verification'],
        ['FileVerified', 'verification', 'disposition'],
        ['FileDisposed', 'disposition', 'processing'],
      ]);
      expect((await get(`/api/cases/${id}/history`)).body).toEqual(compact.body);
    });

    it('timeline: the same steps with the time between them', async () => {
      const timeline = (await get(`/api/cases/${id}/history?view=timeline`, 'front-office'))
        .body as Array<{
        at: string;
        sincePreviousMs: number | null;
        sinceStartMs: number;
      }>;
      expect(timeline).toHaveLength(5);
      expect(timeline[0]).toMatchObject({ sincePreviousMs: null, sinceStartMs: 0 });
      for (let i = 1; i < timeline.length; i++) {
        expect(timeline[i].sincePreviousMs).toBe(
          Date.parse(timeline[i].at) - Date.parse(timeline[i - 1].at),
        );
        expect(timeline[i].sinceStartMs).toBe(
          Date.parse(timeline[i].at) - Date.parse(timeline[0].at),
        );
      }
    });

    it('raw: the events exactly as stored, metadata and hashes included, for auditors, supervisors and admins only', async () => {
      for (const by of ['auditor', 'supervisor', 'admin']) {
        const raw = await get(`/api/cases/${id}/history?view=raw`, by);
        expect(raw.status).toBe(200);
        expect(raw.body).toEqual(stored);
      }
      expect(stored[1].metadata).toMatchObject({
        prevHash: stored[0].metadata.hash,
        stateBefore: 'verification',
        stateAfter: 'returned',
      });
      expect((await get(`/api/cases/${id}/history?view=raw`, 'front-office')).status).toBe(403);
      expect((await get(`/api/cases/${id}/history?view=timeline`, 'front-office')).status).toBe(
        200,
      );
    });

    it('refuses a view it does not have, and answers 404 for a case that does not exist', async () => {
      const bad = await get(`/api/cases/${id}/history?view=everything`);
      expect(bad).toMatchObject({
        status: 400,
        body: { details: { fields: { view: ['choose one of: compact, timeline, raw'] } } },
      });
      expect(
        (await get('/api/cases/berkas-00000000-0000-4000-8000-000000000000/history?view=raw'))
          .status,
      ).toBe(404);
    });
  });

  describe('the state at any moment', () => {
    it('at a revision: the state and context the machine had after that step, and what it could do then', async () => {
      const afterReturn = await get(`/api/cases/${id}/state?at=1`);
      expect(afterReturn.status).toBe(200);
      expect(afterReturn.body).toMatchObject({
        caseId: id,
        at: '1',
        revision: 1,
        lastRevision: 4,
        workflow: { name: 'berkas', version: 1 },
        state: 'returned',
        status: 'active',
        step: { revision: 1, type: 'FileReturned', occurredAt: stored[1].metadata.occurredAt },
        context: {
          missingDocuments: ['SK_CPNS'],
          returnNote: 'SK CPNS belum dilegalisir',
          subdivision: null,
        },
      });
      expect(afterReturn.body.possibleActions.sort()).toEqual(['expire', 'resubmit', 'withdraw']);
      const now = await get(`/api/cases/${id}/state?at=4`);
      expect(now.body).toMatchObject({
        state: 'processing',
        context: { subdivision: 'kepangkatan', missingDocuments: [] },
      });
      expect(now.body.state).toBe((await desk.get(id)).body.state);
    });

    it('at a time: the steps taken up to then; before the first, the machine as it starts', async () => {
      const atVerification = String(stored[3].metadata.occurredAt);
      // Steps in the same millisecond are all taken by then.
      const takenBy = stored.filter((e) => String(e.metadata.occurredAt) <= atVerification);
      expect(
        (await get(`/api/cases/${id}/state?at=${encodeURIComponent(atVerification)}`)).body,
      ).toMatchObject({
        revision: takenBy[takenBy.length - 1].revision,
        state: takenBy[takenBy.length - 1].metadata.stateAfter,
      });
      const before = new Date(
        Date.parse(String(stored[0].metadata.occurredAt)) - 60_000,
      ).toISOString();
      expect((await get(`/api/cases/${id}/state?at=${before}`)).body).toMatchObject({
        revision: null,
        state: 'start',
        step: null,
        possibleActions: ['receive'],
      });
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      expect((await get(`/api/cases/${id}/state?at=${tomorrow}`)).body).toMatchObject({
        revision: 4,
      });
    });

    it('refuses a moment that is neither a revision of this case nor a time (400), and an unknown case (404)', async () => {
      const beyond = await get(`/api/cases/${id}/state?at=9`);
      expect(beyond).toMatchObject({
        status: 400,
        body: { details: { fields: { at: ['this case has revisions 0 to 4'] } } },
      });
      for (const at of ['yesterday', '2026-03-01T08:00', '-1', '2026-02-30', '']) {
        const answer = await get(`/api/cases/${id}/state?at=${encodeURIComponent(at)}`);
        expect({
          at,
          status: answer.status,
          field: Object.keys(answer.body.details?.fields ?? {}),
        }).toEqual({ at, status: 400, field: ['at'] });
      }
      expect((await get(`/api/cases/${id}/state`)).status).toBe(400);
      expect(
        (await get('/api/cases/berkas-00000000-0000-4000-8000-000000000000/state?at=0')).status,
      ).toBe(404);
      expect((await get('/api/cases/not-a-case/state?at=0')).status).toBe(404);
    });
  });

  describe('replay verification', () => {
    it('replays the history under the version it was recorded with: every step legal, matching and linked', async () => {
      const audit = await get(`/api/cases/${id}/audit`);
      expect(audit.status).toBe(200);
      expect(audit.body).toMatchObject({
        valid: true,
        workflow: { name: 'berkas', version: 1 },
        chain: { intact: true },
      });
      expect(
        audit.body.steps.map(
          (s: {
            revision: number;
            type: string;
            legal: boolean;
            stateMatches: boolean;
            hashOk: boolean;
          }) => [s.revision, s.type, s.legal, s.stateMatches, s.hashOk],
        ),
      ).toEqual(stored.map((e) => [e.revision, e.type, true, true, true]));
      expect(audit.body.chain).not.toHaveProperty('brokenAt');
    });

    it('the CLI says the same of the same store', async () => {
      const http = (await get(`/api/cases/${id}/audit`)).body;
      expect(await cliAudit(t.dataDir, id)).toEqual({ code: 0, report: http });
    });
  });

  describe('tamper evidence', () => {
    it('given an event edited in the SQLite file, then the HTTP audit and the CLI both name the broken link', async () => {
      const { id: victim } = await desk.receive();
      await desk.must('verifier', victim, 'return_incomplete', {
        missingDocuments: ['SK_CPNS'],
        note: 'asli',
      });
      await desk.must('front-office', victim, 'resubmit', {
        submittedDocuments: requiredDocuments(letterService('KP-REG')),
      });
      editStoredEvent(t.dataDir, victim, 1);

      const audit = await get(`/api/cases/${victim}/audit`);
      expect(audit.body).toMatchObject({ valid: false, chain: { intact: false, brokenAt: 1 } });
      expect(audit.body.steps[1]).toMatchObject({
        revision: 1,
        hashOk: false,
        problem: 'content does not match its hash',
      });
      expect(audit.body.steps[0].hashOk).toBe(true);
      expect(audit.body.steps[2].hashOk).toBe(true);
      expect(await cliAudit(t.dataDir, victim)).toEqual({ code: 2, report: audit.body });
    });

    it('given an event deleted from the SQLite file, then both name the revision that is missing', async () => {
      const { id: victim } = await desk.receive();
      await desk.must('verifier', victim, 'return_incomplete', { missingDocuments: ['SK_CPNS'] });
      await desk.must('front-office', victim, 'resubmit', {
        submittedDocuments: requiredDocuments(letterService('KP-REG')),
      });
      await desk.must('verifier', victim, 'verify_complete');
      deleteStoredEvent(t.dataDir, victim, 2);

      const audit = await get(`/api/cases/${victim}/audit`);
      expect(audit.body).toMatchObject({ valid: false, chain: { intact: false, brokenAt: 2 } });
      expect(
        audit.body.steps.map((s: { revision: number; hashOk: boolean }) => [s.revision, s.hashOk]),
      ).toEqual([
        [0, true],
        [1, true],
        [3, false],
      ]);
      expect(audit.body.steps[2].problem).toContain('expected revision 2, found 3');
      expect(await cliAudit(t.dataDir, victim)).toEqual({ code: 2, report: audit.body });
    });
  });

  describe('who may', () => {
    it.each(['front-office', 'verifier', 'dispatcher', 'registrar', 'duty-officer'])(
      '%s may not replay a case or see its state (403)',
      async (by) => {
        expect((await get(`/api/cases/${id}/audit`, by)).status).toBe(403);
        expect((await get(`/api/cases/${id}/state?at=0`, by)).status).toBe(403);
      },
    );

    it('auditors, supervisors and admins may; nobody without logging in', async () => {
      for (const by of ['auditor', 'supervisor', 'admin']) {
        expect((await get(`/api/cases/${id}/audit`, by)).status).toBe(200);
        expect((await get(`/api/cases/${id}/state?at=0`, by)).status).toBe(200);
      }
      expect((await t.request('GET', `/api/cases/${id}/audit`)).status).toBe(401);
      expect((await t.request('GET', `/api/cases/${id}/state?at=0`)).status).toBe(401);
    });
  });
});
