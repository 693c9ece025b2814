import { slaStatus } from './sla';

// WITA is UTC+8: 09:00 WITA is 01:00Z. 2 March 2026 is a Monday.
const wita = (date: string, time = '09:00') => new Date(`${date}T${time}:00+08:00`).toISOString();
const DAY = 24 * 60 * 60 * 1000;

describe('SLA clock', () => {
  it('given a 1-day promise received on Monday 09:00, then it is due Tuesday 09:00 and breached after that', () => {
    const clock = { receivedAt: wita('2026-03-02'), slaWorkingDays: 1 };

    expect(slaStatus(clock, { now: wita('2026-03-03', '08:59') })).toMatchObject({
      dueAt: wita('2026-03-03'),
      breached: false,
      remainingWorkingMs: 60_000,
    });
    expect(slaStatus(clock, { now: wita('2026-03-03', '09:01') }).breached).toBe(true);
  });

  it('given receipt on Friday, then the weekend does not count', () => {
    const status = slaStatus({ receivedAt: wita('2026-03-06'), slaWorkingDays: 2 }, { now: wita('2026-03-08') });

    expect(status.dueAt).toBe(wita('2026-03-10'));
    expect(status.elapsedWorkingMs).toBe(15 * 60 * 60 * 1000);
  });

  it('given receipt on Saturday, then the clock starts on Monday at midnight WITA', () => {
    expect(slaStatus({ receivedAt: wita('2026-03-07', '10:00'), slaWorkingDays: 1 }, { now: wita('2026-03-07') }).dueAt).toBe(
      wita('2026-03-10', '00:00'),
    );
  });

  it('given holidays in the period, then they do not count either', () => {
    const clock = { receivedAt: wita('2026-03-16'), slaWorkingDays: 5 };

    expect(slaStatus(clock, { now: wita('2026-03-16') }).dueAt).toBe(wita('2026-03-23'));
    // Nyepi and the joint leave day around it.
    expect(slaStatus(clock, { now: wita('2026-03-16'), holidays: ['2026-03-18', '2026-03-19'] }).dueAt).toBe(wita('2026-03-25'));
  });

  it('given the file was returned for a week, then the clock paused while the applicant had it', () => {
    const clock = {
      receivedAt: wita('2026-03-02'),
      slaWorkingDays: 3,
      returnedPeriods: [{ from: wita('2026-03-02', '10:00'), to: wita('2026-03-09', '10:00') }],
    };

    const status = slaStatus(clock, { now: wita('2026-03-11', '12:00') });

    // One hour ran before the return; the remaining 71 hours run from Monday 9 March 10:00.
    expect(status.dueAt).toBe(wita('2026-03-12', '09:00'));
    expect(status.elapsedWorkingMs).toBe(DAY * 2 + 3 * 60 * 60 * 1000);
    expect(status.breached).toBe(false);
  });

  it('given the file is with the applicant now, then the clock is paused and the due date moves with each day away', () => {
    const clock = { receivedAt: wita('2026-03-02'), slaWorkingDays: 1, returnedPeriods: [{ from: wita('2026-03-02', '10:00') }] };

    const early = slaStatus(clock, { now: wita('2026-03-04', '10:00') });
    const late = slaStatus(clock, { now: wita('2026-03-05', '10:00') });

    expect(early).toMatchObject({ paused: true, breached: false, elapsedWorkingMs: 60 * 60 * 1000, dueAt: wita('2026-03-05', '09:00') });
    expect(late.dueAt).toBe(wita('2026-03-06', '09:00'));
  });

  it('given the office finished the work, then the clock stopped there: late work stays late, work on time stays on time', () => {
    const received = { receivedAt: wita('2026-03-02'), slaWorkingDays: 1 };
    const muchLater = { now: wita('2026-04-30') };

    expect(slaStatus({ ...received, stoppedAt: wita('2026-03-02', '15:00') }, muchLater)).toMatchObject({ stopped: true, breached: false });
    expect(slaStatus({ ...received, stoppedAt: wita('2026-03-04') }, muchLater)).toMatchObject({ stopped: true, breached: true });
  });
});
