import { caseForm, Desk } from './fixtures/cases';
import { startTestApp, type TestApp } from './fixtures/test-app';

describe('API: GET /api/track/:code (public status by tracking code)', () => {
  let t: TestApp;
  let desk: Desk;
  beforeAll(async () => {
    t = await startTestApp();
    desk = new Desk(t);
  });
  afterAll(() => t.close());

  it('shows service, state, steps and the promised date without a login, and nothing personal', async () => {
    const form = caseForm('KP-REG', {
      applicant: { nip: '198712242012122001', name: 'Rahmawati Anshari', phone: '081251239876' },
    });
    const { id, trackingCode } = await desk.receive(form);
    await desk.must('verifier', id, 'return_incomplete', {
      missingDocuments: ['SK_CPNS'],
      note: 'Legalisir dulu',
    });
    const page = (await desk.get(id)).body;

    const answer = await t.request('GET', `/api/track/${trackingCode}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      trackingCode,
      service: { id: 'Kenaikan Pangkat Reguler', en: 'Regular promotion' },
      stateLabel: {
        id: 'Dikembalikan, menunggu kelengkapan',
        en: 'Returned, awaiting missing documents',
      },
      steps: [
        {
          label: { id: 'Pemeriksaan kelengkapan', en: 'Completeness check' },
          at: expect.any(String),
        },
        {
          label: {
            id: 'Dikembalikan, menunggu kelengkapan',
            en: 'Returned, awaiting missing documents',
          },
          at: expect.any(String),
        },
      ],
      sla: { dueAt: page.sla.dueAt },
      missingDocuments: [
        { code: 'SK_CPNS', name: expect.objectContaining({ en: expect.any(String) }) },
      ],
    });
    const text = JSON.stringify(answer.body);
    for (const personal of [
      'Rahmawati',
      'Anshari',
      '198712242012122001',
      '81251239876',
      'Legalisir',
      '(demo)',
      'Petugas',
      id,
    ]) {
      expect(text).not.toContain(personal);
    }
    // As people type it: lower case, spaces around.
    const typed = await t.request(
      'GET',
      `/api/track/${encodeURIComponent(` ${trackingCode.toLowerCase()} `)}`,
    );
    expect(typed.body.trackingCode).toBe(trackingCode);
  });

  it('404 for an unknown code, a code with a wrong check character and anything else', async () => {
    const { trackingCode } = await desk.receive();
    const last = trackingCode.at(-1)!;
    const mistyped = trackingCode.slice(0, -1) + (last === '2' ? '3' : '2');
    for (const code of [mistyped, 'SP-2222-2222-2222-2222', 'nothing', 'x'.repeat(90), '%00']) {
      const answer = await t.request('GET', `/api/track/${encodeURIComponent(code)}`);
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        message: 'No file has this tracking code; check the code on your receipt',
      });
    }
  });

  it('is rate-limited per address: a burst, then 429 with Retry-After', async () => {
    const answers = [];
    for (let i = 0; i < 25; i++)
      answers.push(await t.request('GET', '/api/track/SP-2222-2222-2222-2222'));
    const limited = answers.filter((a) => a.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(answers.slice(0, 10).every((a) => a.status === 404)).toBe(true);
    expect(limited[0].body.message).toBe(
      'Too many look-ups from this address; please wait a moment',
    );
    expect(Number(limited[0].headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
