import { Desk } from './fixtures/cases';
import { startTestApp, type Answer, type TestApp } from './fixtures/test-app';

describe('API: POST /api/cases/:id/actions', () => {
  let t: TestApp;
  let desk: Desk;
  beforeAll(async () => {
    t = await startTestApp();
    desk = new Desk(t);
  });
  afterAll(() => t.close());

  /** Runs a request that must be refused and checks that the store did not change. */
  const refused = async (run: () => Promise<Answer>): Promise<Answer> => {
    const before = await t.eventCount();
    const answer = await run();
    expect(await t.eventCount()).toBe(before);
    return answer;
  };

  it('answers {id, state, revision}: one accepted action is one event, revision counting from 0', async () => {
    const { id } = await desk.receive();
    const before = await t.eventCount();
    const answer = await desk.act('verifier', id, 'verify_complete', {}, 0);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ id, state: 'disposition', revision: 1 });
    expect(await t.eventCount()).toBe(before + 1);
    // Read-your-writes: the page shows it at once.
    expect((await desk.get(id)).body).toMatchObject({ state: 'disposition', revision: 1 });
  });

  it('400 for an unknown or missing type, and field by field for each form', async () => {
    const { id } = await desk.receive();
    const unknown = await refused(() => desk.act('verifier', id, 'approve_everything', {}, 0));
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual({
      fields: {
        type: [
          expect.stringMatching(
            /^choose an action: verify_complete, return_incomplete, resubmit, dispose/,
          ),
        ],
      },
    });
    for (const type of ['receive', 'expire', '__proto__', 'constructor']) {
      expect((await refused(() => desk.act('verifier', id, type, {}, 0))).status).toBe(400);
    }
    const token = await desk.token('verifier');
    const post = (body: unknown) =>
      refused(() => t.request('POST', `/api/cases/${id}/actions`, { token, body }));
    expect((await post({ expectedRevision: 0 })).body.details).toEqual({
      fields: { type: [expect.any(String)] },
    });
    expect((await post(undefined)).status).toBe(400);

    const noRevision = await post({ type: 'verify_complete' });
    expect(noRevision.body.details).toEqual({
      fields: {
        expectedRevision: ['give the revision of the case you are looking at (a whole number)'],
      },
    });
    expect((await post({ type: 'verify_complete', expectedRevision: -1 })).body.details).toEqual({
      fields: { expectedRevision: ['give the revision of the case you are looking at'] },
    });
    expect((await post({ type: 'verify_complete', expectedRevision: '0' })).status).toBe(400);

    const returned = await post({
      type: 'return_incomplete',
      expectedRevision: 0,
      missingDocuments: [],
      note: 5,
      by: 'me',
    });
    expect(returned.body.details).toEqual({
      fields: {
        missingDocuments: ['name at least one missing document'],
        note: ['write the note as text'],
        by: ['is not a field of this form'],
      },
    });
    const handOver = await post({
      type: 'hand_over',
      expectedRevision: 0,
      recipientName: ' ',
      relation: 'representative',
    });
    expect(handOver.body.details).toEqual({
      fields: {
        recipientName: ["fill in the recipient's name"],
        recipientIdNumber: ["fill in the representative's identity number"],
      },
    });
    expect(
      (
        await post({
          type: 'hand_over',
          expectedRevision: 0,
          recipientName: 'A',
          relation: 'cousin',
        })
      ).body.details,
    ).toEqual({ fields: { relation: ['choose self or representative'] } });
    expect(
      (await post({ type: 'dispose', expectedRevision: 0, subdivision: 'gudang' })).body.details
        .fields.subdivision[0],
    ).toMatch(/^unknown sub-division "gudang"; choose one of: pengadaan-pemberhentian/);
    expect(
      (await post({ type: 'redispose', expectedRevision: 0, subdivision: 'mutasi' })).body.details,
    ).toEqual({ fields: { reason: ['give the reason for re-routing'] } });
    expect(
      (await post({ type: 'submit_draft', expectedRevision: 0, summary: 'x'.repeat(2001) })).body
        .details,
    ).toEqual({ fields: { summary: ['use up to 2000 characters'] } });
    expect(
      (await post({ type: 'sign', expectedRevision: 0, signature: 'scribble' })).body.details,
    ).toEqual({ fields: { signature: ['is not a field of this form'] } });

    const unknownDocument = await post({
      type: 'return_incomplete',
      expectedRevision: 0,
      missingDocuments: ['SK_CPNS', 'FOTO_KELUARGA'],
    });
    expect(unknownDocument.status).toBe(400);
    expect(unknownDocument.body.details).toEqual({
      fields: { missingDocuments: ['not on the checklist of KP-REG: FOTO_KELUARGA'] },
    });
  });

  it('404 for no such case, 403 when not yours, 409 with both revisions, 422 with the state and what is possible; nothing stored', async () => {
    const { id } = await desk.receive();
    const missing = await refused(() =>
      desk.act('verifier', 'berkas-00000000-0000-4000-8000-000000000000', 'verify_complete', {}, 0),
    );
    expect(missing.status).toBe(404);
    expect(
      (await refused(() => desk.act('verifier', 'nonsense', 'verify_complete', {}, 0))).status,
    ).toBe(404);

    const forbidden = await refused(() => desk.act('dispatcher', id, 'verify_complete', {}, 0));
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.message).toBe(
      'You may not "Confirm complete" this file while it is "Completeness check": it is not yours to do',
    );

    const stale = await refused(() => desk.act('verifier', id, 'verify_complete', {}, 3));
    expect(stale.status).toBe(409);
    expect(stale.body.details).toEqual({ expectedRevision: 3, actualRevision: 0 });

    const notNow = await refused(() => desk.act('front-office', id, 'sign', {}, 0));
    expect(notNow.status).toBe(422);
    expect(notNow.body).toMatchObject({
      message: '"Sign" is not possible while the file is "Completeness check"',
      details: { state: 'verification', allowedActions: ['withdraw'] },
    });

    // The machine refuses content too: the same sub-division again.
    await desk.must('verifier', id, 'verify_complete');
    await desk.must('dispatcher', id, 'dispose', { subdivision: 'kepangkatan' });
    const same = await refused(() =>
      desk.act('dispatcher', id, 'redispose', { subdivision: 'kepangkatan', reason: 'Salah' }),
    );
    expect(same.status).toBe(422);
    expect(same.body.message).toMatch(/already with this sub-division/);
    expect(same.body.details).toEqual({ state: 'processing', allowedActions: ['redispose'] });
  });

  it('Idempotency-Key: the same key from the same user returns the first answer and appends nothing', async () => {
    const { id } = await desk.receive();
    const headers = { 'idempotency-key': 'verify-once' };
    const first = await desk.act('verifier', id, 'verify_complete', {}, 0, headers);
    const before = await t.eventCount();
    const retry = await desk.act('verifier', id, 'verify_complete', {}, 0, headers);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    // Even with another body: the key names the first request.
    const changedMind = await desk.act(
      'verifier',
      id,
      'return_incomplete',
      { missingDocuments: ['SK_CPNS'] },
      0,
      headers,
    );
    expect(changedMind.body).toEqual(first.body);
    expect(await t.eventCount()).toBe(before);
    // Without the key the same request is a new one, decided on the new state.
    expect((await desk.act('verifier', id, 'verify_complete', {}, 0)).status).toBe(409);
  });

  it('counts commands by type and outcome, with latency, in /api/metrics', async () => {
    const { id } = await desk.receive();
    await desk.act('dispatcher', id, 'verify_complete', {}, 0);
    await desk.act('verifier', id, 'verify_complete', {}, 0);
    const text = (await t.request('GET', '/api/metrics', { token: await desk.token('supervisor') }))
      .body as string;
    expect(text).toMatch(/^satupintu_commands_total\{type="receive",outcome="accepted"\} [1-9]/m);
    expect(text).toMatch(
      /^satupintu_commands_total\{type="verify_complete",outcome="forbidden"\} [1-9]/m,
    );
    expect(text).toMatch(
      /^satupintu_commands_total\{type="verify_complete",outcome="accepted"\} [1-9]/m,
    );
    expect(text).toMatch(
      /^satupintu_command_duration_seconds_count\{type="verify_complete",outcome="accepted"\} [1-9]/m,
    );
  });
});
