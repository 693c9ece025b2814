import type { UserView } from '@satupintu/read-models';
import { caseForm, Desk, letterService, requiredDocuments } from './fixtures/cases';
import { startTestApp, type TestApp } from './fixtures/test-app';

const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();

/**
 * One file from the desk to the applicant's hands over real HTTP: returned and resubmitted,
 * re-routed, a draft sent back by an initialer, initials by a Plh under a delegation, the whole
 * chain, signature, numbering and handover; then its history and its public status.
 */
describe('API: a file through its whole lifecycle', () => {
  let t: TestApp;
  let desk: Desk;
  let users: Map<string, UserView>;
  beforeAll(async () => {
    t = await startTestApp();
    desk = new Desk(t);
    const list = (await t.request('GET', '/api/users', { token: await desk.token('admin') }))
      .body as UserView[];
    users = new Map(list.map((user) => [user.username, user]));
  });
  afterAll(() => t.close());

  it('goes from receipt to handover, and its history and tracking tell the story', async () => {
    const service = letterService('KP-REG');
    const all = requiredDocuments(service);
    const applicant = {
      nip: '198208172006041002',
      name: 'Muhammad Syahrul Hidayat',
      phone: '+62 813-5200-1122',
    };
    const { id, trackingCode } = await desk.receive(
      caseForm('KP-REG', { applicant, submittedDocuments: all.filter((d) => d !== 'SK_CPNS') }),
    );
    const state = async (by = 'auditor') => (await desk.get(id, by)).body;

    // Verification: complete it cannot be; returned with what is missing, then resubmitted.
    const incomplete = await desk.act('verifier', id, 'verify_complete');
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.message).toMatch(/Required documents missing/);
    await desk.must('verifier', id, 'return_incomplete', {
      missingDocuments: ['SK_CPNS'],
      note: 'SK CPNS belum dilegalisir',
    });
    expect(await state()).toMatchObject({
      state: 'returned',
      missingDocuments: ['SK_CPNS'],
      sla: { breached: false },
    });
    expect((await t.request('GET', `/api/track/${trackingCode}`)).body.missingDocuments).toEqual([
      { code: 'SK_CPNS', name: expect.any(Object) },
    ]);
    expect((await state('front-office')).allowedActions).toEqual(['resubmit', 'withdraw']);
    await desk.must('front-office', id, 'resubmit', { submittedDocuments: all });
    await desk.must('verifier', id, 'verify_complete');

    // Disposition to the wrong sub-division, re-routed.
    await desk.must('dispatcher', id, 'dispose', { subdivision: 'mutasi' });
    expect((await state('pengelola-mutasi')).allowedActions).toEqual(['submit_draft']);
    await desk.must('dispatcher', id, 'redispose', {
      subdivision: 'kepangkatan',
      reason: 'KP reguler ditangani Sub Bidang Kepangkatan',
    });
    expect((await desk.act('pengelola-mutasi', id, 'submit_draft', { summary: 'x' })).status).toBe(
      403,
    );
    await desk.must('pengelola-kepangkatan', id, 'submit_draft', {
      summary: 'Konsep SK kenaikan pangkat III/c',
    });

    // The chain: the first official initials, the second sends the draft back.
    const atInitials = await state();
    expect(atInitials.waitingOn).toEqual([
      {
        userId: users.get('kasubbid-kepangkatan')!.id,
        name: users.get('kasubbid-kepangkatan')!.name,
        position: 'Kasubbid Kepangkatan',
      },
    ]);
    expect((await desk.act('kabid-pengembangan-mutasi-dan-promosi', id, 'initial')).status).toBe(
      403,
    );
    await desk.must('kasubbid-kepangkatan', id, 'initial');
    expect((await state('kabid-pengembangan-mutasi-dan-promosi')).allowedActions).toEqual([
      'initial',
      'send_back',
    ]);
    await desk.must('kabid-pengembangan-mutasi-dan-promosi', id, 'send_back', {
      reason: 'Masa kerja golongan belum sesuai',
    });
    expect(await state()).toMatchObject({ state: 'processing' });
    await desk.must('pengelola-kepangkatan', id, 'submit_draft', {
      summary: 'Konsep SK kenaikan pangkat III/c, masa kerja diperbaiki',
    });

    // The Kasubbid is away: the Kasubbid Mutasi is named Plh and initials in their place.
    expect((await state('kasubbid-mutasi')).allowedActions).toEqual([]);
    const delegation = await t.request('POST', '/api/delegations', {
      token: await desk.token('admin'),
      body: {
        fromUserId: users.get('kasubbid-kepangkatan')!.id,
        toUserId: users.get('kasubbid-mutasi')!.id,
        startsAt: hours(-1),
        endsAt: hours(48),
        reason: 'Dinas luar',
      },
    });
    expect(delegation.status).toBe(201);
    expect((await state('kasubbid-mutasi')).allowedActions).toEqual(['initial', 'send_back']);
    expect((await state()).waitingOn).toContainEqual({
      userId: users.get('kasubbid-mutasi')!.id,
      name: users.get('kasubbid-mutasi')!.name,
      position: 'Kasubbid Mutasi',
      actingFor: {
        userId: users.get('kasubbid-kepangkatan')!.id,
        name: users.get('kasubbid-kepangkatan')!.name,
        position: 'Kasubbid Kepangkatan',
      },
    });
    const queue = await t.request('GET', '/api/cases?mine=true', {
      token: await desk.token('kasubbid-mutasi'),
    });
    expect(queue.body.items.map((c: { id: string }) => c.id)).toContain(id);
    await desk.must('kasubbid-mutasi', id, 'initial');
    await desk.must('kabid-pengembangan-mutasi-dan-promosi', id, 'initial');

    // Signature by the service's signer (a signer holding another post may not), numbering, handover.
    expect(await state()).toMatchObject({ state: 'signature' });
    expect((await desk.act('signer', id, 'sign')).status).toBe(403);
    await desk.must('kepala-badan', id, 'sign');
    await desk.must('numberer', id, 'assign_number');
    const ready = await state();
    expect(ready).toMatchObject({
      state: 'ready',
      letterNumber: expect.stringMatching(/^800\.1\.3\.2\/\d{4}\/BKD\/\d{4}$/),
    });
    const handedOver = await desk.must('duty-officer', id, 'hand_over', {
      recipientName: 'Noor Halimah',
      relation: 'representative',
      recipientIdNumber: '6371045708850001',
    });
    expect(handedOver.body).toEqual({ id, state: 'handed_over', revision: 14 });
    const done = await state('duty-officer');
    expect(done).toMatchObject({
      state: 'handed_over',
      stateLabel: { en: 'Handed over' },
      allowedActions: [],
      waitingOn: [],
    });

    // The history: every step, in order, by whom, from and to.
    const history = (
      await t.request('GET', `/api/cases/${id}/history`, { token: await desk.token('auditor') })
    ).body as Array<{
      revision: number;
      type: string;
      actor: { id: string; name: string; actingFor?: Array<{ id: string; position: string }> };
      from: string;
      to: string;
    }>;
    expect(history.map((step) => step.revision)).toEqual([...Array(15).keys()]);
    expect(history.map((step) => `${step.from}→${step.to}`)).toEqual([
      'start→verification',
      'verification→returned',
      'returned→verification',
      'verification→disposition',
      'disposition→processing',
      'processing→processing',
      'processing→initials',
      'initials→initials',
      'initials→processing',
      'processing→initials',
      'initials→initials',
      'initials→signature',
      'signature→numbering',
      'numbering→ready',
      'ready→handed_over',
    ]);
    const names = history.map((step) => step.actor.name);
    expect(names[0]).toBe(users.get('front-office')!.name);
    expect(names.at(-1)).toBe(users.get('duty-officer')!.name);
    const plh = history.find((step) => step.actor.actingFor !== undefined)!;
    expect(plh.actor).toMatchObject({
      id: users.get('kasubbid-mutasi')!.id,
      actingFor: [{ id: users.get('kasubbid-kepangkatan')!.id, position: 'Kasubbid Kepangkatan' }],
    });

    // The public status: the steps, no one's name or number.
    const tracking = await t.request('GET', `/api/track/${trackingCode}`);
    expect(tracking.body.stateLabel).toEqual({ id: 'Sudah diserahkan', en: 'Handed over' });
    expect(tracking.body.steps.map((step: { label: { en: string } }) => step.label.en)).toEqual(
      expect.arrayContaining([
        'Completeness check',
        'Returned, awaiting missing documents',
        'Awaiting initials',
        'Awaiting signature',
        'Ready for pickup',
        'Handed over',
      ]),
    );
    const text = JSON.stringify(tracking.body);
    for (const personal of [
      'Syahrul',
      '198208172006041002',
      '5200',
      'Noor Halimah',
      '6371045708850001',
      '(demo)',
      'Kasubbid',
      ready.letterNumber,
    ]) {
      expect(text).not.toContain(personal);
    }
  });
});
