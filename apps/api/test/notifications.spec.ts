import type { EventStore } from '@satupintu/event-store';
import { EVENT_STORE } from '../src/core/tokens';
import { manualFollowUp, TestClock } from './fixtures/follow-up';
import { OutboxWorker } from '../src/notifications/outbox/outbox-worker';
import { loadConfig } from '../src/config/app-config';
import { caseForm, Desk } from './fixtures/cases';
import { startTestApp, type TestApp } from './fixtures/test-app';
import { FakeSmsGateway } from './support/fake-sms-gateway';

const wita = (date: string, time = '09:00') => new Date(`${date}T${time}:00+08:00`).toISOString();

describe('API notifications: applicants are told by SMS through the outbox', () => {
  const clock = new TestClock(wita('2027-03-01'));
  let gateway: FakeSmsGateway;
  let t: TestApp;
  let desk: Desk;
  let worker: OutboxWorker;

  beforeEach(async () => {
    gateway = await new FakeSmsGateway().start();
    const base = loadConfig({}).followUp;
    t = await startTestApp({
      clock: clock.now,
      followUp: {
        ...manualFollowUp(base),
        sms: {
          intervalMs: 0,
          maxAttempts: 3,
          gateway: {
            kind: 'http',
            url: gateway.url,
            token: 'sms-secret',
            timeoutMs: 2_000,
            retries: 2,
            backoffMs: 5,
          },
        },
      },
    });
    desk = new Desk(t);
    worker = t.app.get(OutboxWorker);
  });
  afterEach(async () => {
    await t.close();
    await gateway.stop();
  });

  async function returnedFile(): Promise<{ id: string; eventId: string }> {
    const { id } = await desk.receive(caseForm('KP-REG'));
    await desk.must('verifier', id, 'return_incomplete', {
      missingDocuments: ['KARPEG', 'SK_CPNS'],
    });
    const events = await t.app.get<EventStore>(EVENT_STORE).readStream(id);
    return { id, eventId: events[1].id };
  }

  const historyOf = async (id: string) =>
    (await t.request('GET', `/api/cases/${id}/history`, { token: await desk.token('supervisor') }))
      .body as {
      type: string;
      notifications?: Record<string, unknown>[];
    }[];

  it('a returned file: the gateway gets one message listing the missing documents, keyed by the event id; the history shows it sent', async () => {
    const { id, eventId } = await returnedFile();
    expect((await historyOf(id))[1].notifications).toEqual([
      expect.objectContaining({ kind: 'returned', status: 'pending', attempts: 0 }),
    ]);

    await worker.runOnce();

    expect(gateway.requests).toEqual([
      {
        idempotencyKey: eventId,
        authorization: 'Bearer sms-secret',
        body: {
          to: '+6281234567890',
          idempotencyKey: eventId,
          message: expect.stringContaining(
            'Dokumen yang kurang: 1) Salinan sah SK CPNS; 2) Salinan Kartu Pegawai (Karpeg).',
          ),
        },
      },
    ]);
    expect((await historyOf(id))[1].notifications).toEqual([
      {
        channel: 'sms',
        kind: 'returned',
        to: '+6281*****7890',
        text: gateway.requests[0].body.message,
        status: 'sent',
        attempts: 1,
        sentAt: clock.now().toISOString(),
        nextAttemptAt: null,
        lastError: null,
      },
    ]);
    await worker.runOnce();
    expect(gateway.requests).toHaveLength(1);
  });

  it('a gateway that is briefly down (503, then no answer) is tried again with backoff within one attempt', async () => {
    await returnedFile();
    gateway.answerNext(503, 'hang_up');

    await worker.runOnce();

    expect(gateway.requests).toHaveLength(3);
    expect(gateway.delivered.size).toBe(1);
    expect(new Set(gateway.requests.map((r) => r.idempotencyKey)).size).toBe(1);
  });

  it('a gateway that stays down: the message waits a minute and goes out on the next attempt; a refusal (4xx) fails it at once', async () => {
    const { id } = await returnedFile();
    gateway.answerNext(503, 503, 503);
    await worker.runOnce();
    expect((await historyOf(id))[1].notifications).toEqual([
      expect.objectContaining({
        status: 'pending',
        attempts: 1,
        lastError: 'the SMS gateway answered 503',
        nextAttemptAt: new Date(clock.now().getTime() + 60_000).toISOString(),
      }),
    ]);

    await worker.runOnce();
    expect(gateway.requests).toHaveLength(3);
    clock.later(1);
    await worker.runOnce();
    expect((await historyOf(id))[1].notifications).toEqual([
      expect.objectContaining({ status: 'sent', attempts: 2 }),
    ]);

    const refused = await returnedFile();
    gateway.answerNext(400);
    await worker.runOnce();
    expect((await historyOf(refused.id))[1].notifications).toEqual([
      expect.objectContaining({
        status: 'failed',
        attempts: 1,
        lastError: 'the SMS gateway answered 400',
        nextAttemptAt: null,
      }),
    ]);
  });

  it('ready for pickup: the applicant is told to collect the letter', async () => {
    const { id } = await desk.receive(caseForm('KARIS'));
    await desk.must('verifier', id, 'verify_complete');
    await desk.must('dispatcher', id, 'dispose', { subdivision: 'kesejahteraan' });
    await desk.must('pengelola-kesejahteraan', id, 'submit_draft', { summary: 'Konsep Karis' });
    await desk.must('kasubbid-kesejahteraan', id, 'initial');
    await desk.must('kabid-hukum-kesejahteraan-dan-pemberhentian', id, 'sign');
    await desk.must('numberer', id, 'assign_number');

    await worker.runOnce();

    expect(gateway.requests.map((r) => r.body.message)).toEqual([
      expect.stringContaining('sudah selesai dan dapat diambil di loket PTSP'),
    ]);
    expect((await historyOf(id)).at(-1)).toMatchObject({
      type: 'LetterNumbered',
      notifications: [expect.objectContaining({ kind: 'ready', status: 'sent' })],
    });
  });
});
