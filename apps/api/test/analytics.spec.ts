import type { UserView } from '@satupintu/read-models';
import { ReminderScheduler } from '../src/notifications/reminders/reminder-scheduler';
import { caseForm, Desk } from './fixtures/cases';
import { TestClock } from './fixtures/follow-up';
import { startTestApp, type TestApp } from './fixtures/test-app';

/** WITA wall-clock time as an ISO instant. 1 March 2027 is a Monday. */
const wita = (date: string, time = '09:00') => new Date(`${date}T${time}:00+08:00`).toISOString();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const ENDPOINTS = [
  '/api/analytics/bottlenecks',
  '/api/analytics/initials',
  '/api/analytics/sla',
  '/api/analytics/sla/breached',
  '/api/analytics/sla/due-soon',
  '/api/analytics/throughput',
  '/api/analytics/heatmap',
  '/api/analytics/ikm',
];

describe('API analytics: who may read them', () => {
  let t: TestApp;
  let desk: Desk;
  beforeAll(async () => {
    t = await startTestApp();
    desk = new Desk(t);
  });
  afterAll(() => t.close());

  it.each(['supervisor', 'auditor', 'admin'])(
    '%s reads every analytics endpoint',
    async (username) => {
      for (const path of ENDPOINTS) {
        const answer = await t.request('GET', path, { token: await desk.token(username) });
        expect([path, answer.status]).toEqual([path, 200]);
      }
    },
  );

  it.each([
    'front-office',
    'verifier',
    'dispatcher',
    'kasubbid-kepangkatan',
    'pengelola-kepangkatan',
    'duty-officer',
  ])(
    '%s gets 403 from every analytics endpoint, and nobody logged in gets 401',
    async (username) => {
      for (const path of ENDPOINTS) {
        expect([
          path,
          (await t.request('GET', path, { token: await desk.token(username) })).status,
        ]).toEqual([path, 403]);
        expect([path, (await t.request('GET', path)).status]).toEqual([path, 401]);
      }
    },
  );

  it('answers a wrong period or breakdown with a 400 that names the field', async () => {
    const token = await desk.token('supervisor');
    const ask = (query: string) =>
      t.request('GET', `/api/analytics/bottlenecks?${query}`, { token });

    expect((await ask('from=2027-02-30')).body).toMatchObject({
      statusCode: 400,
      details: { fields: { from: expect.any(Array) } },
    });
    expect((await ask('from=2027-03-10&to=2027-03-01')).body).toMatchObject({
      statusCode: 400,
      message: 'The period ends before it starts',
    });
    expect((await ask('from=2000-01-01&to=2027-03-01')).status).toBe(400);
    expect((await ask('groupBy=colour')).body).toMatchObject({
      statusCode: 400,
      details: { fields: { groupBy: expect.any(Array) } },
    });
    expect((await ask('to=yesterday')).status).toBe(400);
    expect(
      (await t.request('GET', '/api/analytics/heatmap?thresholds=72,24', { token })).status,
    ).toBe(400);
    expect(
      (await t.request('GET', '/api/analytics/sla/breached?cursor=nonsense', { token })).status,
    ).toBe(400);
  });
});

describe('API analytics: time in state, heatmap and throughput from known timings', () => {
  const clock = new TestClock(wita('2027-03-01', '08:00'));
  let t: TestApp;
  let desk: Desk;
  beforeAll(async () => {
    t = await startTestApp({ clock: clock.now });
    desk = new Desk(t);
    // Three files received at 08:00, found complete after 1, 2 and 4 hours.
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await desk.receive(caseForm('KP-REG'))).id);
    for (const [i, time] of ['09:00', '10:00', '12:00'].entries()) {
      clock.set(wita('2027-03-01', time));
      await desk.must('verifier', ids[i], 'verify_complete');
    }
  });
  afterAll(() => t.close());

  it('bottlenecks: verification took a median of 2 h, p90 and max 4 h; the three files wait in disposition since 09:00', async () => {
    const answer = await t.request(
      'GET',
      '/api/analytics/bottlenecks?from=2027-03-01&to=2027-03-01',
      {
        token: await desk.token('supervisor'),
      },
    );

    expect(answer.body).toEqual({
      period: { from: '2027-03-01', to: '2027-03-01' },
      groupBy: [],
      quantiles: 'exact',
      precision: 0,
      rows: [
        {
          state: 'verification',
          stateLabel: { id: 'Pemeriksaan kelengkapan', en: 'Completeness check' },
          wip: { count: 0, oldestSince: null },
          finished: {
            count: 3,
            medianMs: 2 * HOUR,
            p90Ms: 4 * HOUR,
            maxMs: 4 * HOUR,
            meanMs: (7 * HOUR) / 3,
          },
        },
        {
          state: 'disposition',
          stateLabel: { id: 'Menunggu disposisi', en: 'Awaiting disposition' },
          wip: { count: 3, oldestSince: wita('2027-03-01', '09:00') },
          finished: null,
        },
      ],
    });
  });

  it('bottlenecks by service and sub-division, over the default period (the 30 days up to today)', async () => {
    const answer = await t.request(
      'GET',
      '/api/analytics/bottlenecks?groupBy=service,subdivision&kind=berkas',
      {
        token: await desk.token('auditor'),
      },
    );

    expect(answer.body.period).toEqual({ from: '2027-01-31', to: '2027-03-01' });
    expect(answer.body.groupBy).toEqual(['service', 'subdivision']);
    expect(
      answer.body.rows.map(
        (r: { state: string; serviceCode: string; subdivision: string | null }) => [
          r.state,
          r.serviceCode,
          r.subdivision,
        ],
      ),
    ).toEqual([
      ['verification', 'KP-REG', null],
      ['disposition', 'KP-REG', null],
    ]);
  });

  it('heatmap: every state of the file workflow with its median hours and the level the thresholds give it; or its files in progress', async () => {
    const token = await desk.token('supervisor');
    const median = await t.request(
      'GET',
      '/api/analytics/heatmap?from=2027-03-01&to=2027-03-01&thresholds=1,3',
      { token },
    );
    const wip = await t.request('GET', '/api/analytics/heatmap?metric=wip&thresholds=2', { token });

    expect(median.body).toMatchObject({
      workflow: 'berkas',
      metric: 'median',
      unit: 'hours',
      thresholds: [1, 3],
      diagram: '/api/workflows/berkas',
    });
    const states = median.body.states as {
      state: string;
      value: number | null;
      level: number | null;
    }[];
    expect(states.map((s) => s.state)).toEqual([
      'verification',
      'returned',
      'expired',
      'disposition',
      'processing',
      'initials',
      'signature',
      'numbering',
      'ready',
      'handed_over',
      'withdrawn',
    ]);
    expect(states.find((s) => s.state === 'verification')).toMatchObject({ value: 2, level: 1 });
    expect(states.find((s) => s.state === 'disposition')).toMatchObject({
      value: null,
      level: null,
    });
    expect((wip.body.states as typeof states).find((s) => s.state === 'disposition')).toMatchObject(
      { value: 3, level: 1 },
    );
    expect((wip.body.states as typeof states).find((s) => s.state === 'initials')).toMatchObject({
      value: 0,
      level: 0,
    });
  });

  it('throughput: three files received on 1 March, every day of the period listed', async () => {
    const answer = await t.request(
      'GET',
      '/api/analytics/throughput?from=2027-02-28&to=2027-03-02',
      { token: await desk.token('admin') },
    );

    expect(
      answer.body.days.map((d: { date: string; received: number }) => [d.date, d.received]),
    ).toEqual([
      ['2027-02-28', 0],
      ['2027-03-01', 3],
      ['2027-03-02', 0],
    ]);
    expect(answer.body.services).toEqual([
      {
        serviceCode: 'KP-REG',
        received: 3,
        completed: 0,
        completedLate: 0,
        returned: 0,
        expired: 0,
        withdrawn: 0,
      },
    ]);
  });
});

describe('API analytics: waiting for initials, with delegations and reminders', () => {
  const clock = new TestClock(wita('2027-03-01', '08:00'));
  let t: TestApp;
  let desk: Desk;
  let users: Map<string, UserView>;
  let id: string;
  beforeAll(async () => {
    t = await startTestApp({ clock: clock.now });
    desk = new Desk(t);
    const list = (await t.request('GET', '/api/users', { token: await desk.token('admin') }))
      .body as UserView[];
    users = new Map(list.map((user) => [user.username, user]));
    id = (await desk.receive(caseForm('KP-REG'))).id;
    await desk.must('verifier', id, 'verify_complete');
    await desk.must('dispatcher', id, 'dispose', { subdivision: 'kepangkatan' });
    clock.set(wita('2027-03-02', '10:00'));
    await desk.must('pengelola-kepangkatan', id, 'submit_draft', {
      summary: 'Konsep SK kenaikan pangkat',
    });
  });
  afterAll(() => t.close());

  it('lists the file under the official whose initials it waits for, since the draft reached them', async () => {
    clock.set(wita('2027-03-02', '16:00'));
    const answer = await t.request('GET', '/api/analytics/initials', {
      token: await desk.token('supervisor'),
    });

    expect(answer.body).toEqual({
      asOf: wita('2027-03-02', '16:00'),
      officials: [
        {
          post: 'Kasubbid Kepangkatan',
          officials: [
            {
              userId: users.get('kasubbid-kepangkatan')!.id,
              name: users.get('kasubbid-kepangkatan')!.name,
            },
          ],
          count: 1,
          oldestSince: wita('2027-03-02', '10:00'),
          longestWaitMs: 6 * HOUR,
          delegation: null,
          files: [
            {
              caseId: id,
              agendaNumber: expect.stringMatching(/^AG-2027-/),
              serviceCode: 'KP-REG',
              state: 'initials',
              since: wita('2027-03-02', '10:00'),
              waitingMs: 6 * HOUR,
            },
          ],
        },
      ],
    });
  });

  it('shows whether a delegation (Plh) covers the official now', async () => {
    const official = users.get('kasubbid-kepangkatan')!;
    const deputy = users.get('kasubbid-mutasi')!;
    const granted = await t.request('POST', '/api/delegations', {
      token: await desk.token('admin'),
      body: {
        fromUserId: official.id,
        toUserId: deputy.id,
        startsAt: wita('2027-03-02', '12:00'),
        endsAt: wita('2027-03-12', '12:00'),
        reason: 'Dinas luar',
      },
    });
    expect(granted.status).toBe(201);

    const answer = await t.request('GET', '/api/analytics/initials', {
      token: await desk.token('supervisor'),
    });

    expect(answer.body.officials[0].delegation).toEqual({
      id: granted.body.id,
      forUserId: official.id,
      acting: { userId: deputy.id, name: deputy.name },
      startsAt: wita('2027-03-02', '12:00'),
      endsAt: wita('2027-03-12', '12:00'),
    });
  });

  it('reminds the official (and their Plh) after 24 hours, their supervisor after 72, once each: an event and a notification', async () => {
    const reminders = t.app.get(ReminderScheduler);
    const mine = async (username: string) =>
      (await t.request('GET', '/api/notifications', { token: await desk.token(username) }))
        .body as { level: string; caseId: string; message: { id: string } }[];

    clock.set(wita('2027-03-03', '09:59'));
    await reminders.runOnce();
    expect(await mine('kasubbid-kepangkatan')).toEqual([]);

    clock.set(wita('2027-03-03', '10:00'));
    await reminders.runOnce();
    const [reminder] = await mine('kasubbid-kepangkatan');
    expect(reminder).toMatchObject({
      level: 'official',
      caseId: id,
      post: 'Kasubbid Kepangkatan',
      state: 'initials',
    });
    expect(reminder.message.id).toMatch(
      /^Berkas AG-2027-\d+ \(KP-REG\) menunggu paraf Anda sejak 2 Maret 2027 pukul 10\.00 WITA\.$/,
    );
    expect(await mine('kasubbid-mutasi')).toEqual([
      expect.objectContaining({ level: 'official', caseId: id }),
    ]);
    expect(await mine('kabid-pengembangan-mutasi-dan-promosi')).toEqual([]);

    clock.set(wita('2027-03-05', '10:00'));
    await reminders.runOnce();
    expect(await mine('kabid-pengembangan-mutasi-dan-promosi')).toEqual([
      expect.objectContaining({
        level: 'supervisor',
        caseId: id,
        message: expect.objectContaining({
          id: expect.stringContaining('menunggu paraf Kasubbid Kepangkatan'),
        }),
      }),
    ]);

    // Each reminder is an event in the log, the auditor's to read: the official's, then the supervisor's.
    const log = await t.request('GET', '/api/audit/log?type=WaitReminderSent', {
      token: await desk.token('auditor'),
    });
    expect(
      (
        log.body.items as {
          streamId: string;
          occurredAt: string;
          data: { caseId: string; level: string; post: string; recipients: { userId: string }[] };
        }[]
      ).map((event) => ({
        stream: event.streamId,
        at: event.occurredAt,
        level: event.data.level,
        caseId: event.data.caseId,
        post: event.data.post,
        recipients: event.data.recipients.map((recipient) => recipient.userId),
      })),
    ).toEqual([
      {
        stream: expect.stringMatching(new RegExp(`^reminder-${id}-\\d+$`)),
        at: wita('2027-03-03', '10:00'),
        level: 'official',
        caseId: id,
        post: 'Kasubbid Kepangkatan',
        recipients: expect.arrayContaining([
          users.get('kasubbid-kepangkatan')!.id,
          users.get('kasubbid-mutasi')!.id,
        ]),
      },
      {
        stream: expect.stringMatching(new RegExp(`^reminder-${id}-\\d+$`)),
        at: wita('2027-03-05', '10:00'),
        level: 'supervisor',
        caseId: id,
        post: 'Kasubbid Kepangkatan',
        recipients: [users.get('kabid-pengembangan-mutasi-dan-promosi')!.id],
      },
    ]);

    const events = await t.eventCount();
    clock.set(wita('2027-03-09', '10:00'));
    await reminders.runOnce();
    expect(await t.eventCount()).toBe(events);
    expect(await mine('kasubbid-kepangkatan')).toHaveLength(1);
  });

  it('after the initials, the file waits on the next official from then', async () => {
    clock.set(wita('2027-03-09', '11:00'));
    await desk.must('kasubbid-kepangkatan', id, 'initial');
    const answer = await t.request('GET', '/api/analytics/initials', {
      token: await desk.token('admin'),
    });

    expect(
      answer.body.officials.map((o: { post: string; oldestSince: string }) => [
        o.post,
        o.oldestSince,
      ]),
    ).toEqual([['Kabid Pengembangan, Mutasi dan Promosi', wita('2027-03-09', '11:00')]]);
    expect(answer.body.officials[0].delegation).toBeNull();
  });
});

describe('API analytics: SLA on working days', () => {
  const clock = new TestClock(wita('2027-03-01'));
  let t: TestApp;
  let desk: Desk;
  let running: string;
  beforeAll(async () => {
    t = await startTestApp({ clock: clock.now });
    desk = new Desk(t);
    const holidays = await t.request('PUT', '/api/holidays/2027', {
      token: await desk.token('admin'),
      body: { days: [{ date: '2027-03-03', name: 'Libur (uji)' }] },
    });
    expect(holidays.status).toBe(200);
    running = (await desk.receive(caseForm('KARIS'))).id;
    const returned = (await desk.receive(caseForm('KARIS'))).id;
    clock.set(wita('2027-03-01', '10:00'));
    await desk.must('verifier', returned, 'return_incomplete', {
      missingDocuments: ['AKTA_NIKAH'],
    });
  });
  afterAll(() => t.close());

  it('two working days before the due date (7 working days, the Wednesday a holiday: Thursday 11 March 09:00) the file is due soon; the returned one is paused', async () => {
    clock.set(wita('2027-03-09'));
    const answer = await t.request('GET', '/api/analytics/sla?from=2027-03-01&to=2027-03-31', {
      token: await desk.token('supervisor'),
    });

    expect(answer.body).toMatchObject({
      asOf: wita('2027-03-09'),
      dueSoonWorkingDays: 2,
      dueSoonUntil: wita('2027-03-11'),
      services: [
        {
          serviceCode: 'KARIS',
          running: 1,
          paused: 1,
          breached: 0,
          dueSoon: 1,
          completed: 0,
          completedLate: 0,
          onTimeRate: null,
        },
      ],
      breached: { items: [], nextCursor: null },
      dueSoon: {
        items: [
          {
            caseId: running,
            agendaNumber: expect.stringMatching(/^AG-2027-/),
            serviceCode: 'KARIS',
            state: 'verification',
            stateLabel: { id: 'Pemeriksaan kelengkapan', en: 'Completeness check' },
            subdivision: null,
            dueAt: wita('2027-03-11'),
            remainingWorkingMs: 2 * DAY,
          },
        ],
        nextCursor: null,
      },
    });
    expect((await desk.get(running, 'supervisor')).body.sla).toEqual({
      dueAt: wita('2027-03-11'),
      breached: false,
    });
  });

  it('an hour past the due date the file is breached, by one working hour', async () => {
    clock.set(wita('2027-03-11', '10:00'));
    const answer = await t.request('GET', '/api/analytics/sla/breached', {
      token: await desk.token('auditor'),
    });

    expect(answer.body).toEqual({
      items: [
        expect.objectContaining({
          caseId: running,
          dueAt: wita('2027-03-11'),
          overdueWorkingMs: HOUR,
        }),
      ],
      nextCursor: null,
    });
    expect((await desk.get(running, 'auditor')).body.sla).toEqual({
      dueAt: wita('2027-03-11'),
      breached: true,
    });
  });
});
