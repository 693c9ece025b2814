import { barPercent, durationParts, workingDays } from '../src/figures/durations';
import {
  addDays,
  checkThresholds,
  officeToday,
  openPeriodProblem,
  periodFromSearch,
  periodProblem,
  periodToSearch,
} from '../src/oversight/period';
import { bucketDays, niceMax } from '../src/oversight/throughput-buckets';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('Durations as supervisors read them', () => {
  it('gives minutes under an hour, hours under two days, then days, to one decimal', () => {
    expect(durationParts(12 * 60_000 + 20_000)).toEqual({ unit: 'minutes', value: 12 });
    expect(durationParts(59 * 60_000)).toEqual({ unit: 'minutes', value: 59 });
    expect(durationParts(85 * 60_000)).toEqual({ unit: 'hours', value: 1.4 });
    expect(durationParts(30 * HOUR)).toEqual({ unit: 'hours', value: 30 });
    expect(durationParts(8 * DAY + 2 * HOUR)).toEqual({ unit: 'days', value: 8.1 });
    expect(durationParts(-5)).toEqual({ unit: 'minutes', value: 0 });
  });

  it('counts the SLA clock in working days of 24 hours', () => {
    expect(workingDays(DAY * 2.5)).toBe(2.5);
    expect(workingDays(391_320_000)).toBe(4.5);
  });

  it('draws bars in proportion, a sliver for a small non-zero figure, nothing for zero', () => {
    expect(barPercent(3, 6)).toBe(50);
    expect(barPercent(1, 1000)).toBe(1.5);
    expect(barPercent(0, 10)).toBe(0);
    expect(barPercent(5, 0)).toBe(0);
    expect(barPercent(12, 10)).toBe(100);
  });
});

describe('The period the oversight page shows', () => {
  it('is today in WITA, whatever the device clock says', () => {
    // 17:30 UTC is already 01:30 the next day in Makassar.
    expect(officeToday(new Date('2026-03-01T17:30:00Z'))).toBe('2026-03-02');
    expect(officeToday(new Date('2026-03-01T15:59:00Z'))).toBe('2026-03-01');
  });

  it('defaults to the 30 days up to today, and reads and writes the address', () => {
    const today = '2026-03-31';
    expect(periodFromSearch(new URLSearchParams(''), today)).toEqual({
      from: '2026-03-02',
      to: '2026-03-31',
      serviceCode: '',
    });
    const chosen = { from: '2026-01-01', to: '2026-01-31', serviceCode: 'KP-REG' };
    expect(periodFromSearch(new URLSearchParams(periodToSearch(chosen)), today)).toEqual(chosen);
    expect(periodToSearch({ ...chosen, serviceCode: '' })).toEqual({
      dari: '2026-01-01',
      sampai: '2026-01-31',
    });
    // A broken period in the address falls back to the default, keeping the service.
    expect(
      periodFromSearch(
        new URLSearchParams('dari=2026-02-30&sampai=2026-03-01&layanan=KARIS'),
        today,
      ),
    ).toEqual({ from: '2026-03-02', to: '2026-03-31', serviceCode: 'KARIS' });
  });

  it('says what is wrong with a period as typed', () => {
    expect(periodProblem('2026-03-01', '2026-03-01')).toBeUndefined();
    expect(periodProblem('2026-02-30', '2026-03-01')).toBe('date');
    expect(periodProblem('', '2026-03-01')).toBe('date');
    expect(periodProblem('2026-03-02', '2026-03-01')).toBe('order');
    expect(periodProblem('2010-01-01', '2026-03-01')).toBe('tooLong');
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('lets an export period stay open at either end', () => {
    expect(openPeriodProblem('', '')).toBeUndefined();
    expect(openPeriodProblem('2026-03-01', '')).toBeUndefined();
    expect(openPeriodProblem('', '2026-13-01')).toBe('date');
    expect(openPeriodProblem('2026-03-02', '2026-03-01')).toBe('order');
  });
});

describe("The heatmap's thresholds as the supervisor fills them in", () => {
  it('takes one or two positive, ascending numbers, a decimal comma included', () => {
    expect(checkThresholds('24', '72')).toEqual({ thresholds: [24, 72] });
    expect(checkThresholds(' 2,5 ', '')).toEqual({ thresholds: [2.5] });
    expect(checkThresholds('', '72')).toEqual({ problem: 'required' });
    expect(checkThresholds('0', '')).toEqual({ problem: 'positive' });
    expect(checkThresholds('dua', '')).toEqual({ problem: 'positive' });
    expect(checkThresholds('72', '24')).toEqual({ problem: 'ascending' });
    expect(checkThresholds('24', '24')).toEqual({ problem: 'ascending' });
  });
});

describe('The throughput chart', () => {
  const days = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      date: addDays('2026-01-01', i),
      received: 1,
      completed: i % 2,
      returned: 0,
      expired: 0,
      withdrawn: 0,
    }));

  it('draws one column a day while they fit', () => {
    const buckets = bucketDays(days(30));
    expect(buckets).toHaveLength(30);
    expect(buckets[3]).toMatchObject({ from: '2026-01-04', to: '2026-01-04', received: 1 });
  });

  it('groups a long period by weeks, every day counted once', () => {
    const buckets = bucketDays(days(365));
    expect(buckets.length).toBeLessThanOrEqual(62);
    expect(buckets[0]).toMatchObject({ from: '2026-01-01', to: '2026-01-07', received: 7 });
    expect(buckets.reduce((sum, b) => sum + b.received, 0)).toBe(365);
    expect(buckets.at(-1)!.to).toBe('2026-12-31');
  });

  it('rounds its scale up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 10, 11, 48, 230].map(niceMax)).toEqual([1, 1, 5, 10, 10, 20, 50, 500]);
  });
});
