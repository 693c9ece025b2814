import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { StreamAnchoring } from '../src/audit/anchors/stream-anchoring.service';
import { READ_MODELS_FILE } from '../src/core/core.module';
import { letterService, requiredDocuments, Desk } from './fixtures/cases';
import { cliAudit } from './fixtures/tamper';
import { deleteNewestEvents, rewriteWithRecomputedHashes } from './fixtures/tamper-store';
import { startTestApp, type TestApp } from './fixtures/test-app';
import { storeUnderTest } from './support/store-under-test';

/**
 * Events cut off at a stream's end, and a stream rewritten with every hash recomputed, leave a
 * hash chain that holds: the anchor ledger (anchors.sqlite in the data folder, kept by the app in
 * the background) remembers how far each stream reached and with which hash, and the audits
 * compare. In both store modes; the CLI (which reads the embedded store) in SQLite mode.
 */
describe(`API: a stream's end checked against the anchor ledger (${storeUnderTest})`, () => {
  let t: TestApp;
  let desk: Desk;

  const audit = async (id: string) =>
    t.request('GET', `/api/cases/${id}/audit`, { token: await desk.token('auditor') });
  const chainOf = async (streamId: string) =>
    t.request('GET', `/api/audit/streams/${streamId}`, { token: await desk.token('auditor') });
  /** The background anchoring, done now rather than at its next tick. */
  const anchorNow = () => t.app.get(StreamAnchoring).catchUp();

  let bystanderYear = 2040;
  /**
   * An admin's decision after the case: the case's events are then not the newest of the whole
   * log. (Deleting the log's own newest events would hand their positions to the next appends,
   * which the read models, past them already, would never see: the app itself would break.)
   */
  async function anotherStreamMovesOn(): Promise<void> {
    const set = await t.request('PUT', `/api/holidays/${bystanderYear++}`, {
      token: await desk.token('admin'),
      body: { days: [] },
    });
    expect(set.status).toBe(200);
  }

  /** Given: a file received, returned, resubmitted and verified (revisions 0 to 3), and anchored. */
  async function givenAnAnchoredCaseOfFourSteps(): Promise<string> {
    const all = requiredDocuments(letterService('KP-REG'));
    const { id } = await desk.receive();
    await desk.must('verifier', id, 'return_incomplete', { missingDocuments: ['SK_CPNS'] });
    await desk.must('front-office', id, 'resubmit', { submittedDocuments: all });
    await desk.must('verifier', id, 'verify_complete');
    await anotherStreamMovesOn();
    await anchorNow();
    return id;
  }

  /**
   * The CLI reads the same data folder's store and ledger (SQLite mode only: it opens the embedded
   * store). It prints the engine's report as it is, so with the facts behind the chain's reason
   * (`chain.finding`), which the API answers only in words.
   */
  async function expectTheCliToSay(id: string, code: number, report: unknown): Promise<void> {
    if (storeUnderTest !== 'sqlite') return;
    const said = await cliAudit(t.dataDir, id);
    const { finding: _finding, ...chain } = (said.report as { chain: Record<string, unknown> }).chain;
    expect({ code: said.code, report: { ...(said.report as object), chain } }).toEqual({ code, report });
  }

  beforeAll(async () => {
    t = await startTestApp();
    desk = new Desk(t);
  });
  afterAll(() => t.close());

  it('given an untouched case, anchored, then the audit is valid and the chain intact, with no reason', async () => {
    const id = await givenAnAnchoredCaseOfFourSteps();
    const answer = await audit(id);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ valid: true, chain: { intact: true } });
    expect(answer.body.chain).toEqual({ intact: true });
    expect(existsSync(join(t.dataDir, 'anchors.sqlite'))).toBe(true);
    await expectTheCliToSay(id, 0, answer.body);
  });

  it('when the newest event is deleted by hand, then the audit says not intact, from the first missing revision, and why', async () => {
    const id = await givenAnAnchoredCaseOfFourSteps();
    expect(deleteNewestEvents(t.dataDir, id, 1)).toEqual([3]);

    const answer = await audit(id);
    expect(answer.body).toMatchObject({
      valid: false,
      chain: {
        intact: false,
        brokenAt: 3,
        reason: 'events after revision 2 are missing: the anchor saw revision 3',
      },
    });
    // What is left links up: only the anchor can tell.
    expect(answer.body.steps.map((s: { revision: number; hashOk: boolean }) => [s.revision, s.hashOk])).toEqual([
      [0, true],
      [1, true],
      [2, true],
    ]);
    await expectTheCliToSay(id, 2, answer.body);
  });

  it('given Accept-Language: id, then why the chain breaks is said in Indonesian, by the case audit and the stream chain check alike', async () => {
    const id = await givenAnAnchoredCaseOfFourSteps();
    deleteNewestEvents(t.dataDir, id, 1);
    const token = await desk.token('auditor');
    const headers = { 'accept-language': 'id' };

    const replay = await t.request('GET', `/api/cases/${id}/audit`, { token, headers });
    const chain = await t.request('GET', `/api/audit/streams/${id}`, { token, headers });

    const inIndonesian = {
      intact: false,
      brokenAt: 3,
      reason: 'peristiwa sesudah revisi 2 hilang: jangkar mencatat sampai revisi 3',
    };
    expect(replay.body.chain).toEqual(inIndonesian);
    expect(chain.body.chain).toEqual(inIndonesian);
    expect((await audit(id)).body.chain).toEqual({
      ...inIndonesian,
      reason: 'events after revision 2 are missing: the anchor saw revision 3',
    });
  });

  it('when the two newest events are deleted, then it breaks at the first of them', async () => {
    const id = await givenAnAnchoredCaseOfFourSteps();
    deleteNewestEvents(t.dataDir, id, 2);
    expect((await audit(id)).body.chain).toEqual({
      intact: false,
      brokenAt: 2,
      reason: 'events after revision 1 are missing: the anchor saw revision 3',
    });
  });

  it('when every event of a case is deleted, then the audit still answers: every event is missing', async () => {
    const id = await givenAnAnchoredCaseOfFourSteps();
    deleteNewestEvents(t.dataDir, id, 4);
    const answer = await audit(id);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      valid: false,
      steps: [],
      chain: { intact: false, brokenAt: 0, reason: 'every event is missing: the anchor saw revision 3' },
    });
    await expectTheCliToSay(id, 2, answer.body);
  });

  it('when the whole stream is rewritten with recomputed hashes, then the anchored event no longer matches', async () => {
    const id = await givenAnAnchoredCaseOfFourSteps();
    rewriteWithRecomputedHashes(t.dataDir, id, 0);

    const answer = await audit(id);
    expect(answer.body.steps.every((s: { hashOk: boolean }) => s.hashOk)).toBe(true);
    // The earliest revision the ledger anchored breaks: 3 when one round saw the four steps, lower
    // when a round ran between them (the ledger anchors in the background).
    const { brokenAt } = answer.body.chain as { brokenAt: number };
    expect(brokenAt).toBeGreaterThanOrEqual(0);
    expect(brokenAt).toBeLessThanOrEqual(3);
    expect(answer.body).toMatchObject({
      valid: false,
      chain: {
        intact: false,
        brokenAt,
        reason: `the event at revision ${brokenAt} is not the one the anchor saw (another hash): the stream was rewritten at or before it`,
      },
    });
    await expectTheCliToSay(id, 2, answer.body);
  });

  it('given an admin’s stream cut at its end, then the stream chain check says so too', async () => {
    const admin = await desk.token('admin');
    for (const name of ['Tahun Baru', 'Tahun Baru Masehi']) {
      const set = await t.request('PUT', '/api/holidays/2034', {
        token: admin,
        body: { days: [{ date: '2034-01-01', name }] },
      });
      expect(set.status).toBe(200);
    }
    await anotherStreamMovesOn();
    await anchorNow();
    expect((await chainOf('calendar-2034')).body.chain).toEqual({ intact: true });
    deleteNewestEvents(t.dataDir, 'calendar-2034', 1);
    const answer = await chainOf('calendar-2034');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      chain: { intact: false, brokenAt: 1, reason: 'events after revision 0 are missing: the anchor saw revision 1' },
      links: [{ revision: 0, hashOk: true }],
    });
  });

  it('a rebuild of the read models, in place or from a deleted file at restart, does not erase the anchors', async () => {
    const id = await givenAnAnchoredCaseOfFourSteps();
    deleteNewestEvents(t.dataDir, id, 1);
    const before = (await audit(id)).body;
    expect(before.chain).toMatchObject({ intact: false, brokenAt: 3 });

    // The admin's rebuild of a running server's read models (it drops and replays them all).
    const rebuilt = await t.request('POST', '/api/admin/read-models/rebuild', {
      token: await desk.token('admin'),
    });
    expect(rebuilt.status).toBe(200);
    expect((await audit(id)).body).toEqual(before);

    await t.stop();
    for (const file of [READ_MODELS_FILE, `${READ_MODELS_FILE}-wal`, `${READ_MODELS_FILE}-shm`]) {
      rmSync(join(t.dataDir, file), { force: true });
    }
    t = await startTestApp({}, t.dataDir);
    desk = new Desk(t);
    expect((await audit(id)).body).toEqual(before);
  });

  it('an unknown case is still 404: nothing stored, nothing anchored', async () => {
    expect((await audit('berkas-00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await chainOf('calendar-1999')).status).toBe(404);
  });
});
