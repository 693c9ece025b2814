import { AnalyticsOffice, HOUR, wita } from './testing/analytics-office';
import { slaList, slaPerService } from './queries/sla-overview';
import { throughput } from './queries/throughput';
import { returnedSince } from './queries/expirable';

const DAY = 24 * HOUR;
const MARCH = { from: '2026-03-01', to: '2026-03-31' };
const at = (date: string, time = '09:00') => Date.parse(wita(date, time));

/** KARIS: 7 working days, one official initials (Kasubbid Kesejahteraan), Kabid signs. */
const KARIS_TO_READY = [
  'verify_complete',
  'dispose',
  'submit_draft',
  'initial',
  'sign',
  'assign_number',
];

describe('SLA on working days', () => {
  let office: AnalyticsOffice;

  beforeEach(() => {
    office = new AnalyticsOffice(wita('2026-03-02'));
  });
  afterEach(() => office.close());

  it('given a 7-day promise received Monday 09:00 with a holiday on Wednesday, then it is due Thursday of the next week at 09:00: due soon two working days before, breached an hour after', async () => {
    office.setHolidays(2026, ['2026-03-04']);
    const id = await office.receive('KARIS');
    await office.sync();

    const soon = slaList(office.model.db, 'due_soon', { nowMs: at('2026-03-10') });
    const notYet = slaList(office.model.db, 'due_soon', { nowMs: at('2026-03-10', '08:59') });
    const late = slaList(office.model.db, 'breached', { nowMs: at('2026-03-12', '10:00') });

    expect(soon.items).toEqual([
      {
        caseId: id,
        agendaNumber: expect.stringMatching(/^AG-/),
        serviceCode: 'KARIS',
        state: 'verification',
        subdivision: '',
        dueMs: at('2026-03-12'),
        workingMs: 2 * DAY,
      },
    ]);
    expect(notYet.items).toEqual([]);
    expect(late.items).toEqual([
      expect.objectContaining({ caseId: id, dueMs: at('2026-03-12'), workingMs: HOUR }),
    ]);
    expect(
      slaList(office.model.db, 'breached', { nowMs: at('2026-03-12', '08:00') }).items,
    ).toEqual([]);
  });

  it('given holidays entered after receipt, then the running clocks are counted again', async () => {
    const id = await office.receive('KARIS');
    await office.sync();
    expect(
      slaList(office.model.db, 'due_soon', { nowMs: at('2026-03-09') }).items.map((f) => f.dueMs),
    ).toEqual([at('2026-03-11')]);

    office.setHolidays(2026, ['2026-03-04', '2026-03-05']);

    expect(slaList(office.model.db, 'due_soon', { nowMs: at('2026-03-11') }).items).toEqual([
      expect.objectContaining({ caseId: id, dueMs: at('2026-03-13') }),
    ]);
  });

  it('given the file was returned for a week, then that week does not count: due a week later, and while away it is on no list but counted as paused', async () => {
    const id = await office.receive('KARIS');
    office.at(wita('2026-03-02', '10:00'));
    await office.send(id, 'return_incomplete');
    await office.sync();

    expect(slaList(office.model.db, 'breached', { nowMs: at('2026-04-01') }).items).toEqual([]);
    expect(slaPerService(office.model.db, { nowMs: at('2026-03-05'), period: MARCH })).toEqual([
      {
        serviceCode: 'KARIS',
        running: 0,
        paused: 1,
        breached: 0,
        dueSoon: 0,
        completed: 0,
        completedLate: 0,
      },
    ]);
    expect(returnedSince(office.model.db, at('2026-03-02', '10:00'), 10)).toEqual([
      { caseId: id, returnedAtMs: at('2026-03-02', '10:00') },
    ]);

    office.at(wita('2026-03-09', '10:00'));
    await office.send(id, 'resubmit');
    await office.sync();

    // One hour ran before the return; the other 6 days 23 hours run from Monday 9 March 10:00.
    expect(slaList(office.model.db, 'due_soon', { nowMs: at('2026-03-16') }).items).toEqual([
      expect.objectContaining({ caseId: id, dueMs: at('2026-03-18') }),
    ]);
    expect(returnedSince(office.model.db, at('2026-04-30'), 10)).toEqual([]);
  });

  it('given files completed on time and late, then the period counts both and the late ones; completed files leave the lists', async () => {
    const onTime = await office.receive('KARIS');
    const late = await office.receive('KARIS');
    await office.moves(onTime, ...KARIS_TO_READY);
    office.at(wita('2026-03-12'));
    await office.moves(late, ...KARIS_TO_READY);
    await office.sync();

    expect(slaPerService(office.model.db, { nowMs: at('2026-03-20'), period: MARCH })).toEqual([
      {
        serviceCode: 'KARIS',
        running: 0,
        paused: 0,
        breached: 0,
        dueSoon: 0,
        completed: 2,
        completedLate: 1,
      },
    ]);
    expect(slaList(office.model.db, 'breached', { nowMs: at('2026-03-20') }).items).toEqual([]);
  });

  it('lists page by page along the due date, most overdue first', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push(await office.receive('KARIS'));
      office.later(60);
    }
    await office.sync();

    const first = slaList(office.model.db, 'breached', { nowMs: at('2026-04-01'), limit: 2 });
    const second = slaList(office.model.db, 'breached', {
      nowMs: at('2026-04-01'),
      limit: 2,
      cursor: first.nextCursor,
    });

    expect([...first.items, ...second.items].map((f) => f.caseId)).toEqual(ids);
    expect(second.nextCursor).toBeNull();
  });
});

describe('throughput', () => {
  let office: AnalyticsOffice;

  beforeEach(() => {
    office = new AnalyticsOffice(wita('2026-03-02'));
  });
  afterEach(() => office.close());

  it('counts files received, completed, returned, expired and withdrawn per WITA day and service, with every day of the period listed', async () => {
    const returned = await office.receive('KP-REG');
    const withdrawn = await office.receive('KP-REG');
    const completed = await office.receive('KARIS');
    await office.moves(returned, 'return_incomplete');
    await office.moves(withdrawn, 'withdraw');
    office.at(wita('2026-03-03', '07:30'));
    await office.moves(completed, ...KARIS_TO_READY);
    office.at(wita('2026-04-02'));
    await office.send(returned, 'expire');
    await office.sync();

    const march = throughput(office.model.db, { period: { from: '2026-03-01', to: '2026-03-04' } });
    const both = throughput(office.model.db, { period: { from: '2026-03-01', to: '2026-04-30' } });

    expect(
      march.days.map((d) => [d.date, d.received, d.completed, d.returned, d.withdrawn]),
    ).toEqual([
      ['2026-03-01', 0, 0, 0, 0],
      ['2026-03-02', 3, 0, 1, 1],
      ['2026-03-03', 0, 1, 0, 0],
      ['2026-03-04', 0, 0, 0, 0],
    ]);
    expect(both.services).toEqual([
      {
        serviceCode: 'KARIS',
        received: 1,
        completed: 1,
        completedLate: 0,
        returned: 0,
        expired: 0,
        withdrawn: 0,
      },
      {
        serviceCode: 'KP-REG',
        received: 2,
        completed: 0,
        completedLate: 0,
        returned: 1,
        expired: 1,
        withdrawn: 1,
      },
    ]);
    expect(both.rows.find((r) => r.date === '2026-04-02')).toMatchObject({
      serviceCode: 'KP-REG',
      expired: 1,
    });
  });

  it('filters by service', async () => {
    await office.receive('KP-REG');
    await office.receive('KARIS');
    await office.sync();

    expect(
      throughput(office.model.db, {
        period: { from: '2026-03-02', to: '2026-03-02' },
        serviceCode: 'KARIS',
      }).days,
    ).toEqual([
      {
        date: '2026-03-02',
        received: 1,
        completed: 0,
        completedLate: 0,
        returned: 0,
        expired: 0,
        withdrawn: 0,
      },
    ]);
  });
});
