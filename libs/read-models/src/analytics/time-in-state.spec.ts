import { AnalyticsOffice, HOUR, wita } from './testing/analytics-office';
import { timeInState } from './queries/time-in-state';

describe('time in state', () => {
  let office: AnalyticsOffice;

  beforeEach(() => {
    office = new AnalyticsOffice(wita('2026-03-02', '08:00'));
  });
  afterEach(() => office.close());

  it('given three files verified after 1, 2 and 4 hours, then verification took a median of 2 h, p90 4 h, max 4 h; the three now wait in disposition', async () => {
    const files = [
      await office.receive('KP-REG'),
      await office.receive('KP-REG'),
      await office.receive('KARIS'),
    ];
    for (const [i, hours] of [1, 2, 4].entries()) {
      office.at(new Date(Date.parse(wita('2026-03-02', '08:00')) + hours * HOUR).toISOString());
      await office.send(files[i], 'verify_complete');
    }
    await office.sync();

    const figures = timeInState(office.model.db, {
      period: { from: '2026-03-01', to: '2026-03-31' },
    });

    expect(figures.quantiles).toBe('exact');
    expect(figures.rows.find((r) => r.state === 'verification')).toEqual({
      state: 'verification',
      wip: { count: 0, oldestSinceMs: null },
      finished: {
        count: 3,
        medianMs: 2 * HOUR,
        p90Ms: 4 * HOUR,
        maxMs: 4 * HOUR,
        meanMs: (7 * HOUR) / 3,
      },
    });
    expect(figures.rows.find((r) => r.state === 'disposition')).toEqual({
      state: 'disposition',
      wip: { count: 3, oldestSinceMs: Date.parse(wita('2026-03-02', '09:00')) },
      finished: null,
    });
  });
});

describe('time in state, broken down', () => {
  let office: AnalyticsOffice;

  beforeEach(() => {
    office = new AnalyticsOffice(wita('2026-03-02', '08:00'));
  });
  afterEach(() => office.close());

  it('given a file re-routed to another sub-division, then its processing counts at each sub-division for the time it spent there', async () => {
    const id = await office.receive('KP-REG');
    await office.moves(id, 'verify_complete', 'dispose'); // processing at kepangkatan from 10:00
    office.later(3 * 60);
    await office.send(id, 'redispose', { subdivision: 'mutasi', reason: 'Salah sub bidang' });
    office.later(5 * 60);
    await office.send(id, 'submit_draft', { summary: 'Konsep SK' }, undefined);
    await office.sync();

    const rows = timeInState(office.model.db, {
      period: { from: '2026-03-02', to: '2026-03-02' },
      by: ['subdivision'],
    }).rows;

    expect(
      rows
        .filter((r) => r.state === 'processing')
        .map((r) => [r.subdivision, r.finished?.medianMs]),
    ).toEqual([
      ['kepangkatan', 3 * HOUR],
      ['mutasi', 5 * HOUR],
    ]);
    expect(rows.find((r) => r.state === 'verification')).toMatchObject({
      subdivision: '',
      finished: { medianMs: HOUR },
    });
  });

  it('given two services, then a breakdown by service keeps them apart and a filter keeps one', async () => {
    const slow = await office.receive('KP-REG');
    const quick = await office.receive('KARIS');
    office.later(30);
    await office.send(quick, 'verify_complete');
    office.later(90);
    await office.send(slow, 'verify_complete');
    await office.sync();
    const period = { from: '2026-03-02', to: '2026-03-02' };

    const byService = timeInState(office.model.db, { period, by: ['service'] }).rows.filter(
      (r) => r.state === 'verification',
    );
    const onlyKaris = timeInState(office.model.db, { period, serviceCode: 'KARIS' }).rows;

    expect(byService.map((r) => [r.serviceCode, r.finished?.maxMs])).toEqual([
      ['KARIS', 30 * 60_000],
      ['KP-REG', 120 * 60_000],
    ]);
    expect(onlyKaris.map((r) => [r.state, r.wip.count, r.finished?.count ?? 0])).toEqual([
      ['disposition', 1, 0],
      ['verification', 0, 1],
    ]);
  });

  it('given stays that ended outside the period, then they do not count; files open now count whatever the period', async () => {
    const id = await office.receive('KP-REG');
    office.at(wita('2026-03-03'));
    await office.send(id, 'verify_complete');
    await office.sync();

    const march2 = timeInState(office.model.db, {
      period: { from: '2026-03-02', to: '2026-03-02' },
    }).rows;

    expect(march2).toEqual([
      {
        state: 'disposition',
        wip: { count: 1, oldestSinceMs: Date.parse(wita('2026-03-03')) },
        finished: null,
      },
    ]);
  });
});
