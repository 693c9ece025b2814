import type { EventStore } from '@satupintu/event-store';
import { EVENT_STORE } from '../src/core/tokens';
import { caseForm, Desk } from './fixtures/cases';
import { TestClock } from './fixtures/follow-up';
import { startTestApp, type TestApp } from './fixtures/test-app';

const wita = (date: string, time = '09:00') => new Date(`${date}T${time}:00+08:00`).toISOString();
const ELEMENTS = [
  'requirements',
  'procedure',
  'completion_time',
  'cost',
  'product',
  'competence',
  'behaviour',
  'complaints',
  'facilities',
];
const scores = (...values: number[]) =>
  Object.fromEntries(ELEMENTS.map((code, i) => [code, values[i]]));

/** KARIS from the desk to the applicant's hands. */
const TO_HANDOVER: Array<[string, string, Record<string, unknown>]> = [
  ['verifier', 'verify_complete', {}],
  ['dispatcher', 'dispose', { subdivision: 'kesejahteraan' }],
  ['pengelola-kesejahteraan', 'submit_draft', { summary: 'Konsep Karis' }],
  ['kasubbid-kesejahteraan', 'initial', {}],
  ['kabid-hukum-kesejahteraan-dan-pemberhentian', 'sign', {}],
  ['numberer', 'assign_number', {}],
  ['duty-officer', 'hand_over', { recipientName: 'Ahmad Fauzan', relation: 'self' }],
];

describe('API survey (SKM): the applicant answers through the receipt link, the supervisor sees the index', () => {
  const clock = new TestClock(wita('2027-03-01'));
  let t: TestApp;
  let desk: Desk;
  beforeAll(async () => {
    t = await startTestApp({ clock: clock.now });
    desk = new Desk(t);
  });
  afterAll(() => t.close());

  async function handedOver(): Promise<{ id: string; token: string }> {
    const { id } = await desk.receive(caseForm('KARIS'));
    const link = await t.request('GET', `/api/survey/links/${id}`, {
      token: await desk.token('front-office'),
    });
    expect(link.status).toBe(200);
    for (const [by, type, payload] of TO_HANDOVER) await desk.must(by, id, type, payload);
    return { id, token: link.body.token as string };
  }

  it('the receipt link opens the form only after handover; it is answered once, and stored as an event', async () => {
    const { id } = await desk.receive(caseForm('KARIS'));
    const early = (
      await t.request('GET', `/api/survey/links/${id}`, { token: await desk.token('front-office') })
    ).body;
    expect(early).toEqual({
      caseId: id,
      token: expect.stringMatching(/^[2-9A-HJKMNP-Z]{16}\.[A-Za-z0-9_-]{22}$/),
      path: `/survey/${early.token}`,
    });
    expect((await t.request('GET', `/api/survey/${early.token}`)).body).toMatchObject({
      serviceCode: 'KARIS',
      status: 'not_yet',
    });
    expect(
      (
        await t.request('POST', `/api/survey/${early.token}`, {
          body: { scores: scores(4, 4, 4, 4, 4, 4, 4, 4, 4) },
        })
      ).status,
    ).toBe(422);

    const { id: done, token } = await handedOver();
    const form = await t.request('GET', `/api/survey/${token}`);
    expect(form.body).toMatchObject({
      serviceCode: 'KARIS',
      serviceName: { id: 'Kartu Istri / Kartu Suami' },
      status: 'open',
    });
    expect(form.body.elements).toHaveLength(9);
    expect(form.body.scores.map((s: { score: number }) => s.score)).toEqual([1, 2, 3, 4]);

    const answered = await t.request('POST', `/api/survey/${token}`, {
      body: { scores: scores(4, 3, 3, 4, 3, 4, 4, 2, 3), suggestion: 'Ruang tunggu kurang kursi' },
    });
    expect(answered.status).toBe(204);
    expect((await t.request('GET', `/api/survey/${token}`)).body.status).toBe('answered');
    expect(
      (
        await t.request('POST', `/api/survey/${token}`, {
          body: { scores: scores(1, 1, 1, 1, 1, 1, 1, 1, 1) },
        })
      ).status,
    ).toBe(409);

    const stored = await t.app.get<EventStore>(EVENT_STORE).readStream(`survey-${done}`);
    expect(stored.map((e) => [e.type, e.data])).toEqual([
      [
        'SurveyAnswered',
        {
          caseId: done,
          serviceCode: 'KARIS',
          scores: scores(4, 3, 3, 4, 3, 4, 4, 2, 3),
          suggestion: 'Ruang tunggu kurang kursi',
        },
      ],
    ]);
  });

  it('refuses a forged or mistyped link (404), a wrong form (400 field by field), and staff without a desk role the link (403)', async () => {
    const { token } = await handedOver();
    const forged = `${token.slice(0, 17)}${token[17] === 'A' ? 'B' : 'A'}${token.slice(18)}`;
    expect((await t.request('GET', `/api/survey/${forged}`)).status).toBe(404);
    expect((await t.request('GET', '/api/survey/not-a-token')).status).toBe(404);
    expect(
      (
        await t.request('POST', `/api/survey/${forged}`, {
          body: { scores: scores(4, 4, 4, 4, 4, 4, 4, 4, 4) },
        })
      ).status,
    ).toBe(404);

    const wrong = await t.request('POST', `/api/survey/${token}`, {
      body: { scores: { ...scores(4, 4, 4, 4, 5, 4, 4, 4, 4), cost: undefined } },
    });
    expect(wrong.status).toBe(400);
    expect(Object.keys(wrong.body.details.fields).sort()).toEqual([
      'scores.cost',
      'scores.product',
    ]);
    expect(
      (
        await t.request('POST', `/api/survey/${token}`, {
          body: { scores: scores(4, 4, 4, 4, 4, 4, 4, 4, 4), extra: 1 },
        })
      ).status,
    ).toBe(400);

    const { id } = await desk.receive(caseForm('KARIS'));
    expect(
      (await t.request('GET', `/api/survey/links/${id}`, { token: await desk.token('verifier') }))
        .status,
    ).toBe(403);
    expect(
      (
        await t.request('GET', '/api/survey/links/berkas-00000000-0000-4000-8000-000000000000', {
          token: await desk.token('admin'),
        })
      ).status,
    ).toBe(404);
  });

  it('the supervisor sees the IKM per service and period, with the exact 1/9 weight', async () => {
    const second = await handedOver();
    await t.request('POST', `/api/survey/${second.token}`, {
      body: { scores: scores(3, 3, 3, 3, 3, 3, 3, 3, 3) },
    });

    const march = await t.request('GET', '/api/analytics/ikm?from=2027-03-01&to=2027-03-31', {
      token: await desk.token('supervisor'),
    });
    const april = await t.request('GET', '/api/analytics/ikm?from=2027-04-01&to=2027-04-30', {
      token: await desk.token('supervisor'),
    });

    // Two respondents: scores summing to 30 and 27, so 25 × 57 / 18 = 79.17.
    expect(march.body).toMatchObject({
      period: { from: '2027-03-01', to: '2027-03-31' },
      overall: { respondents: 2, index: 79.17, grade: 'B', gradeLabel: { id: 'Baik', en: 'Good' } },
      services: [{ serviceCode: 'KARIS', respondents: 2, index: 79.17, grade: 'B' }],
    });
    expect(march.body.overall.elements[0]).toEqual({
      code: 'requirements',
      label: { id: 'Persyaratan', en: 'Requirements' },
      average: 3.5,
    });
    expect(april.body).toEqual({
      period: { from: '2027-04-01', to: '2027-04-30' },
      overall: null,
      services: [],
    });
    expect(
      (await t.request('GET', '/api/analytics/ikm', { token: await desk.token('front-office') }))
        .status,
    ).toBe(403);
  });
});
