import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../src/config/app-config';
import { ExpiryCheck } from '../src/expiry/expiry-check';
import { caseForm, Desk } from './fixtures/cases';
import { manualFollowUp, TestClock } from './fixtures/follow-up';
import { startTestApp, type TestApp } from './fixtures/test-app';

const wita = (date: string, time = '09:00') => new Date(`${date}T${time}:00+08:00`).toISOString();

describe('API expiry: returned files not completed within 30 calendar days close as expired', () => {
  const clock = new TestClock(wita('2027-03-01'));
  let t: TestApp;
  let desk: Desk;
  beforeAll(async () => {
    t = await startTestApp({ clock: clock.now });
    desk = new Desk(t);
  });
  afterAll(() => t.close());

  it('the check closes a file returned 30 days ago, as the system, and tells the applicant; not a minute earlier, and not one resubmitted', async () => {
    clock.set(wita('2027-03-01', '10:00'));
    const { id } = await desk.receive(caseForm('KP-REG'));
    await desk.must('verifier', id, 'return_incomplete', { missingDocuments: ['KARPEG'] });
    const { id: resubmitted } = await desk.receive(caseForm('KP-REG'));
    await desk.must('verifier', resubmitted, 'return_incomplete', { missingDocuments: ['KARPEG'] });
    clock.set(wita('2027-03-20'));
    await desk.must('front-office', resubmitted, 'resubmit', {
      submittedDocuments: caseForm('KP-REG').submittedDocuments,
    });
    const check = t.app.get(ExpiryCheck);

    clock.set(wita('2027-03-31', '09:59'));
    await check.runOnce();
    expect((await desk.get(id)).body.state).toBe('returned');

    clock.set(wita('2027-03-31', '10:00'));
    await check.runOnce();

    expect((await desk.get(id)).body.state).toBe('expired');
    expect((await desk.get(resubmitted)).body.state).toBe('verification');
    const history = (
      await t.request('GET', `/api/cases/${id}/history`, { token: await desk.token('auditor') })
    ).body;
    expect(history.at(-1)).toMatchObject({
      type: 'FileExpired',
      at: wita('2027-03-31', '10:00'),
      actor: { id: 'system', roles: ['system'] },
      from: 'returned',
      to: 'expired',
      notifications: [
        expect.objectContaining({
          kind: 'expired',
          status: 'pending',
          text: expect.stringContaining('ditutup'),
        }),
      ],
    });
    const throughput = await t.request(
      'GET',
      '/api/analytics/throughput?from=2027-03-31&to=2027-03-31',
      { token: await desk.token('supervisor') },
    );
    expect(throughput.body.days[0]).toMatchObject({ expired: 1 });

    const events = await t.eventCount();
    await check.runOnce();
    expect(await t.eventCount()).toBe(events);
  });
});

describe('API expiry: the check runs on its own at the configured interval', () => {
  const clock = new TestClock(wita('2027-03-01'));
  let t: TestApp;
  afterAll(() => t.close());

  it('closes an overdue file without being asked', async () => {
    const base = loadConfig({}).followUp;
    t = await startTestApp({
      clock: clock.now,
      followUp: { ...manualFollowUp(base), expiryIntervalMs: 50 },
    });
    const desk = new Desk(t);
    const { id } = await desk.receive(caseForm('KARIS'));
    await desk.must('verifier', id, 'return_incomplete', { missingDocuments: ['AKTA_NIKAH'] });

    clock.set(wita('2027-04-01'));
    let state = 'returned';
    for (let waited = 0; state === 'returned' && waited < 10_000; waited += 50) {
      await sleep(50);
      state = (await desk.get(id)).body.state as string;
    }

    expect(state).toBe('expired');
  });
});
