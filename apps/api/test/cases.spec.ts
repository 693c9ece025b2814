import { isTrackingCode } from '@satupintu/ptsp';
import { caseForm, Desk, letterService, requiredDocuments } from './fixtures/cases';
import { startTestApp, type TestApp } from './fixtures/test-app';

const CASE_ID = /^berkas-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('API: cases (receipt, page, list, history)', () => {
  let t: TestApp;
  let desk: Desk;
  beforeAll(async () => {
    t = await startTestApp();
    desk = new Desk(t);
  });
  afterAll(() => t.close());

  it('GET /api/services: the catalogue with checklists, chains and signers; only for logged-in staff', async () => {
    const answer = await t.request('GET', '/api/services', { token: await desk.token('verifier') });
    expect(answer.status).toBe(200);
    const kpReg = answer.body.find((s: { code: string }) => s.code === 'KP-REG');
    const service = letterService('KP-REG');
    expect(kpReg).toEqual({
      code: 'KP-REG',
      name: service.name,
      subdivision: 'kepangkatan',
      slaWorkingDays: service.slaWorkingDays,
      documents: service.documents,
      initialsChain: ['Kasubbid Kepangkatan', 'Kabid Pengembangan, Mutasi dan Promosi'],
      signer: 'Kepala Badan',
      classificationCode: '800.1.3.2',
    });
    expect(kpReg.documents.find((d: { required: boolean }) => !d.required).condition).toEqual(
      expect.objectContaining({ en: expect.any(String) }),
    );
    expect((await t.request('GET', '/api/services')).status).toBe(401);
  });

  it('POST /api/cases: 201 with a berkas-<uuid> id, an unguessable tracking code, an agenda number, revision 0', async () => {
    const before = await t.eventCount();
    const answer = await t.request('POST', '/api/cases', {
      token: await desk.token('front-office'),
      body: caseForm('KP-REG', { note: 'Diantar OPD' }),
    });
    expect(answer.status).toBe(201);
    expect(Object.keys(answer.body).sort()).toEqual([
      'agendaNumber',
      'id',
      'revision',
      'state',
      'trackingCode',
    ]);
    expect(answer.body).toMatchObject({
      state: 'verification',
      revision: 0,
      agendaNumber: expect.stringMatching(/^AG-\d{4}-\d{6}$/),
    });
    expect(answer.body.id).toMatch(CASE_ID);
    expect(isTrackingCode(answer.body.trackingCode)).toBe(true);
    // The receipt and the agenda number's claim.
    expect(await t.eventCount()).toBe(before + 2);

    const page = await desk.get(answer.body.id);
    expect(page.body).toMatchObject({
      serviceCode: 'KP-REG',
      applicant: { nip: '198503122010031001', name: 'Ahmad Fauzan', phone: '+6281234567890' },
    });
    const registrar = await t.request('POST', '/api/cases', {
      token: await desk.token('registrar'),
      body: caseForm('KARIS'),
    });
    expect(registrar.status).toBe(201);
  });

  it('POST /api/cases refuses, naming the problem, and stores nothing: unknown service or documents, bad NIP or phone, unknown fields', async () => {
    const token = await desk.token('front-office');
    const before = await t.eventCount();
    const post = (body: unknown) => t.request('POST', '/api/cases', { token, body });

    const unknownService = await post(caseForm('KP-REG', { serviceCode: 'KP-XYZ' }));
    expect(unknownService.status).toBe(400);
    expect(unknownService.body.details.fields.serviceCode[0]).toMatch(
      /^unknown service "KP-XYZ"; choose one of: KP-REG/,
    );

    const unknownDocuments = await post(
      caseForm('KP-REG', { submittedDocuments: ['SK_CPNS', 'IJAZAH_PALSU', 'FOTO'] }),
    );
    expect(unknownDocuments.status).toBe(400);
    expect(unknownDocuments.body.message).toBe(
      'Please correct submittedDocuments: not on the checklist of KP-REG: IJAZAH_PALSU, FOTO',
    );
    expect(unknownDocuments.body.details).toEqual({
      fields: { submittedDocuments: ['not on the checklist of KP-REG: IJAZAH_PALSU, FOTO'] },
    });

    const badPerson = await post(
      caseForm('KP-REG', {
        applicant: { nip: '198513122010031001', name: '  ', phone: '0511-3351234' },
      }),
    );
    expect(badPerson.status).toBe(400);
    expect(badPerson.body.details.fields).toEqual({
      'applicant.nip': ['Birth date 19851312 in the NIP is not a real date'],
      'applicant.name': ["fill in the applicant's name"],
      'applicant.phone': ['This is not a mobile number (it must be 08…)'],
    });
    const sexDigit = await post(
      caseForm('KP-REG', {
        applicant: { nip: '198503122010033001', name: 'A', phone: '081234567890' },
      }),
    );
    expect(sexDigit.body.details.fields['applicant.nip']).toEqual([
      'Sex digit 3 in the NIP must be 1 or 2',
    ]);

    const extra = await post({
      ...caseForm(),
      agendaNumber: 'AG-1999-000001',
      trackingCode: 'SP-AAAA',
    });
    expect(extra.status).toBe(400);
    expect(extra.body.details.fields).toEqual({
      agendaNumber: ['is not a field of this form'],
      trackingCode: ['is not a field of this form'],
    });
    expect(
      (await post({ ...caseForm(), submittedDocuments: ['SK_CPNS', 'SK_CPNS'] })).body.details
        .fields.submittedDocuments,
    ).toEqual(['lists a document twice']);
    expect((await post([caseForm()])).status).toBe(400);

    const verifier = await t.request('POST', '/api/cases', {
      token: await desk.token('verifier'),
      body: caseForm(),
    });
    expect(verifier.status).toBe(403);
    expect(await t.eventCount()).toBe(before);
  });

  it('POST /api/cases with an Idempotency-Key: a retry gets the first answer and nothing is stored twice', async () => {
    const token = await desk.token('front-office');
    const headers = { 'idempotency-key': 'receipt-7f3a' };
    const before = await t.eventCount();
    const first = await t.request('POST', '/api/cases', {
      token,
      body: caseForm('PEN-BUP'),
      headers,
    });
    const again = await t.request('POST', '/api/cases', {
      token,
      body: caseForm('PEN-BUP'),
      headers,
    });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await t.eventCount()).toBe(before + 2);

    // The key is the user's own: another clerk's same key is another receipt.
    const other = await t.request('POST', '/api/cases', {
      token: await desk.token('registrar'),
      body: caseForm('PEN-BUP'),
      headers,
    });
    expect(other.status).toBe(201);
    expect(other.body.id).not.toBe(first.body.id);

    const bad = await t.request('POST', '/api/cases', {
      token,
      body: caseForm(),
      headers: { 'idempotency-key': 'with space' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields['Idempotency-Key']).toEqual([
      'use 1 to 200 visible characters, e.g. a UUID',
    ]);
  });

  it('GET /api/cases/:id: the contract, allowed actions per user computed by the machine, who it waits on, the SLA', async () => {
    const { id, trackingCode, agendaNumber } = await desk.receive(caseForm('KP-REG'));
    const asVerifier = await desk.get(id, 'verifier');
    expect(asVerifier.status).toBe(200);
    const service = letterService('KP-REG');
    expect(asVerifier.body).toEqual({
      id,
      kind: 'berkas',
      trackingCode,
      agendaNumber,
      serviceCode: 'KP-REG',
      serviceName: service.name,
      applicant: { nip: '198503122010031001', name: 'Ahmad Fauzan', phone: '+6281234567890' },
      state: 'verification',
      stateLabel: { id: 'Pemeriksaan kelengkapan', en: 'Completeness check' },
      revision: 0,
      allowedActions: ['verify_complete', 'return_incomplete'],
      submittedDocuments: requiredDocuments(service),
      missingDocuments: [],
      subdivision: null,
      waitingOn: [
        { userId: expect.any(String), name: 'Petugas pemeriksa berkas (demo)', position: null },
      ],
      sla: { dueAt: expect.any(String), breached: false },
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    // 14 working days: at least 18 calendar days ahead.
    expect(
      Date.parse(asVerifier.body.sla.dueAt) - Date.parse(asVerifier.body.createdAt),
    ).toBeGreaterThan(18 * 86_400_000);
    expect((await desk.get(id, 'front-office')).body.allowedActions).toEqual(['withdraw']);
    expect((await desk.get(id, 'dispatcher')).body.allowedActions).toEqual([]);

    expect((await desk.get('berkas-00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await desk.get('../../etc/passwd')).status).toBe(404);
    expect((await t.request('GET', `/api/cases/${id}`)).status).toBe(401);
  });

  it('GET /api/cases: filters, the search box, my queue (mine=true), keyset paging', async () => {
    const a = await desk.receive(
      caseForm('IZIN-BELAJAR', {
        applicant: { nip: '199001012015032002', name: 'Siti Norhayati', phone: '081351234567' },
      }),
    );
    const b = await desk.receive(caseForm('IZIN-BELAJAR'));
    await desk.must('verifier', b.id, 'verify_complete');
    const token = await desk.token('supervisor');
    const list = (query: string, as = token) =>
      t.request('GET', `/api/cases?${query}`, { token: as });

    const izin = (await list('serviceCode=IZIN-BELAJAR')).body.items.map(
      (c: { id: string }) => c.id,
    );
    expect(izin).toEqual([a.id, b.id]);
    expect(
      (await list('serviceCode=IZIN-BELAJAR&state=disposition')).body.items.map(
        (c: { id: string }) => c.id,
      ),
    ).toEqual([b.id]);
    expect(
      (await list(`q=${encodeURIComponent(a.trackingCode.toLowerCase())}`)).body.items.map(
        (c: { id: string }) => c.id,
      ),
    ).toEqual([a.id]);
    expect((await list('q=norhay')).body.items.map((c: { id: string }) => c.id)).toEqual([a.id]);
    const item = (await list(`q=${a.trackingCode}`)).body.items[0];
    expect(item).toMatchObject({
      id: a.id,
      state: 'verification',
      stateLabel: { en: 'Completeness check' },
      sla: { breached: false },
    });

    const dispatcherQueue = (
      await list('mine=true', await desk.token('dispatcher'))
    ).body.items.map((c: { id: string }) => c.id);
    expect(dispatcherQueue).toContain(b.id);
    expect(dispatcherQueue).not.toContain(a.id);
    const verifierQueue = (
      await list('mine=true&serviceCode=IZIN-BELAJAR', await desk.token('verifier'))
    ).body.items.map((c: { id: string }) => c.id);
    expect(verifierQueue).toEqual([a.id]);
    expect((await list('mine=true', await desk.token('auditor'))).body.items).toEqual([]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } =
        await list(`limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((c) => c.id));
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    const all = (await list('limit=200')).body.items.map((c: { id: string }) => c.id);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);

    expect((await list('cursor=not-a-cursor')).status).toBe(400);
    expect((await list('limit=0')).body.details.fields.limit).toEqual([
      'ask for at least 1 case a page',
    ]);
    expect((await list('limit=abc')).status).toBe(400);
    expect((await list('mine=yes')).status).toBe(400);
    expect((await list('state=a&state=b')).status).toBe(400);
    expect((await list('sort=id')).body.details.fields.sort).toEqual([
      'is not a field of this form',
    ]);
  });

  it('GET /api/cases/:id/history: every step with who, when, from and to', async () => {
    const { id } = await desk.receive(caseForm('KARIS'));
    await desk.must('verifier', id, 'return_incomplete', {
      missingDocuments: ['SK_CPNS'],
      note: 'SK CPNS belum dilegalisir',
    });
    const history = await t.request('GET', `/api/cases/${id}/history`, {
      token: await desk.token('auditor'),
    });
    expect(history.status).toBe(200);
    expect(history.body).toEqual([
      {
        revision: 0,
        type: 'FileReceived',
        at: expect.any(String),
        actor: {
          id: expect.any(String),
          name: 'Petugas penerima berkas (demo)',
          roles: ['front_office'],
          position: null,
        },
        from: 'start',
        to: 'verification',
        data: expect.objectContaining({ serviceCode: 'KARIS', agendaNumber: expect.any(String) }),
      },
      {
        revision: 1,
        type: expect.any(String),
        at: expect.any(String),
        actor: {
          id: expect.any(String),
          name: 'Petugas pemeriksa berkas (demo)',
          roles: ['verifier'],
          position: null,
        },
        from: 'verification',
        to: 'returned',
        data: { missingDocuments: ['SK_CPNS'], note: 'SK CPNS belum dilegalisir' },
        // The return told the applicant by SMS (issue 5): the message and its delivery status.
        notifications: [
          expect.objectContaining({ channel: 'sms', kind: 'returned', status: 'pending' }),
        ],
      },
    ]);
    expect(
      (
        await t.request('GET', '/api/cases/berkas-00000000-0000-4000-8000-000000000000/history', {
          token: await desk.token('auditor'),
        })
      ).status,
    ).toBe(404);
  });
});
