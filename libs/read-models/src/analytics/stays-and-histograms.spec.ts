import fc from 'fast-check';
import { analyticsProjection } from './projection/analytics-projection';
import { recordStay, rolledUpThrough } from './projection/stay-recorder';
import { timeInState } from './queries/time-in-state';
import { exactStats } from './stats/quantiles';
import { RELATIVE_PRECISION, bucketOf, bucketRepresentative } from './stats/duration-buckets';
import { blockEnd, blockStart, planPeriod, GRAINS } from './time/blocks';
import { dateOfDay, dayOfDate, witaDayStartMs } from './time/wita-days';
import { tempReadModel, type TempReadModel } from '../testing/temp-read-model';

const MINUTE = 60_000;
const FIRST_DAY = dayOfDate('2025-12-20')!;

describe('duration buckets', () => {
  it('a bucket reports a value within RELATIVE_PRECISION (2.2 %) of any duration in it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 * 24 * 60 * MINUTE }), (ms) => {
        const reported = bucketRepresentative(bucketOf(ms));
        expect(Math.abs(reported - ms)).toBeLessThanOrEqual(ms * RELATIVE_PRECISION + 0.5);
      }),
    );
    expect(RELATIVE_PRECISION).toBeCloseTo(0.0219, 4);
  });
});

describe('period plans', () => {
  it('split any period into rolled-up blocks and days that cover each day exactly once, blocks only up to the watermark', () => {
    fc.assert(
      fc.property(
        fc.nat(800),
        fc.nat(800),
        fc.integer({ min: -1, max: 900 }),
        (a, length, mark) => {
          const from = FIRST_DAY + a;
          const to = from + length;
          const watermark = FIRST_DAY + mark;
          const plan = planPeriod(from, to, watermark);
          const covered: number[] = [];
          for (const grain of GRAINS) {
            for (const start of plan.blocks[grain]) {
              expect(blockStart(grain, start)).toBe(start);
              expect(blockEnd(grain, start)).toBeLessThanOrEqual(Math.min(to, watermark));
              for (let d = start; d <= blockEnd(grain, start); d++) covered.push(d);
            }
          }
          for (const [f, t] of plan.days) for (let d = f; d <= t; d++) covered.push(d);
          expect(covered.sort((x, y) => x - y)).toEqual(
            Array.from({ length: to - from + 1 }, (_v, i) => from + i),
          );
        },
      ),
    );
  });

  it('a year is a block, then months, dekads and days; days after the watermark are read stay by stay', () => {
    const show = (plan: ReturnType<typeof planPeriod>) => ({
      ...Object.fromEntries(GRAINS.map((grain) => [grain, plan.blocks[grain].map(dateOfDay)])),
      days: plan.days.map(([f, t]) => [dateOfDay(f), dateOfDay(t)]),
    });

    expect(
      show(
        planPeriod(dayOfDate('2025-01-01')!, dayOfDate('2026-03-21')!, dayOfDate('2026-12-31')!),
      ),
    ).toEqual({
      year: ['2025-01-01'],
      month: ['2026-01-01', '2026-02-01'],
      dekad: ['2026-03-01', '2026-03-11'],
      day: ['2026-03-21'],
      days: [],
    });
    expect(
      show(
        planPeriod(dayOfDate('2026-02-27')!, dayOfDate('2026-03-21')!, dayOfDate('2026-03-13')!),
      ),
    ).toEqual({
      year: [],
      month: [],
      dekad: ['2026-03-01'],
      day: ['2026-02-27', '2026-02-28', '2026-03-11', '2026-03-12', '2026-03-13'],
      days: [['2026-03-14', '2026-03-21']],
    });
  });
});

describe('stays rolled up into histograms', () => {
  let model: TempReadModel;
  beforeEach(() => {
    model = tempReadModel([analyticsProjection]);
  });
  afterEach(() => model.remove());

  const stay = fc.record({
    day: fc.nat(120),
    minutes: fc.integer({ min: 0, max: 60 * 24 * 20 }),
    state: fc.constantFrom('verification', 'initials'),
    service: fc.constantFrom('KP-REG', 'KARIS'),
  });

  it('given stays recorded in any order (some on days already rolled up), then every period reads the same figures as the stays themselves: exact, or within RELATIVE_PRECISION from the histograms', () => {
    fc.assert(
      fc.property(
        fc.array(stay, { minLength: 1, maxLength: 120 }),
        fc.nat(120),
        fc.nat(120),
        (stays, a, b) => {
          model.db.exec(
            'DELETE FROM analytics_stays; DELETE FROM analytics_stay_blocks; DELETE FROM analytics_meta;',
          );
          stays.forEach((s, i) =>
            recordStay(model.db, {
              state: s.state,
              serviceCode: s.service,
              subdivision: '',
              endedAtMs: witaDayStartMs(FIRST_DAY + s.day) + 3_600_000,
              durationMs: s.minutes * MINUTE,
              position: i + 1,
            }),
          );
          const [fromDay, toDay] = [FIRST_DAY + Math.min(a, b), FIRST_DAY + Math.max(a, b)];
          const period = { from: dateOfDay(fromDay), to: dateOfDay(toDay) };
          // By service (the blocks' full detail) and by state alone (the overview's own blocks).
          for (const by of [['service'], []] as const) {
            const exact = timeInState(model.db, { period, by });
            const approximate = timeInState(model.db, { period, by, exactLimit: 0 });
            for (const state of ['verification', 'initials']) {
              for (const service of by.length === 0 ? [undefined] : ['KP-REG', 'KARIS']) {
                const durations = stays
                  .filter(
                    (s) =>
                      s.state === state &&
                      (service === undefined || s.service === service) &&
                      s.day >= Math.min(a, b) &&
                      s.day <= Math.max(a, b),
                  )
                  .map((s) => s.minutes * MINUTE)
                  .sort((x, y) => x - y);
                const find = (rows: typeof exact.rows) =>
                  rows.find((r) => r.state === state && r.serviceCode === service)?.finished ??
                  null;
                if (durations.length === 0) {
                  expect(find(exact.rows)).toBeNull();
                  expect(find(approximate.rows)).toBeNull();
                  continue;
                }
                const truth = exactStats(durations);
                expect(find(exact.rows)).toEqual(truth);
                const estimate = find(approximate.rows)!;
                expect({
                  count: estimate.count,
                  maxMs: estimate.maxMs,
                  meanMs: estimate.meanMs,
                }).toEqual({
                  count: truth.count,
                  maxMs: truth.maxMs,
                  meanMs: truth.meanMs,
                });
                expect(Math.abs(estimate.medianMs - truth.medianMs)).toBeLessThanOrEqual(
                  truth.medianMs * RELATIVE_PRECISION + 1,
                );
                expect(Math.abs(estimate.p90Ms - truth.p90Ms)).toBeLessThanOrEqual(
                  truth.p90Ms * RELATIVE_PRECISION + 1,
                );
              }
            }
          }
          const exact = timeInState(model.db, { period });
          const approximate = timeInState(model.db, { period, exactLimit: 0 });
          expect(exact.quantiles).toBe('exact');
          const inPeriod = stays.filter(
            (s) => s.day >= Math.min(a, b) && s.day <= Math.max(a, b),
          ).length;
          expect(approximate.quantiles).toBe(inPeriod > 0 ? 'approximate' : 'exact');
        },
      ),
      { numRuns: 150 },
    );
  });

  it('given the first stay of a new day, then the days before it are rolled up; a stay dated on a rolled-up day goes straight into its blocks', () => {
    const at = (date: string) => witaDayStartMs(dayOfDate(date)!) + 10 * 3_600_000;
    const record = (date: string, position: number) =>
      recordStay(model.db, {
        state: 'verification',
        serviceCode: 'KP-REG',
        subdivision: '',
        endedAtMs: at(date),
        durationMs: 600_000,
        position,
      });
    const blocks = (grain: string) =>
      (
        model.db
          .prepare(
            "SELECT block_start, n FROM analytics_stay_blocks WHERE grain = ? AND detail = 'full' ORDER BY block_start",
          )
          .all(grain) as {
          block_start: number;
          n: number;
        }[]
      ).map((b) => [dateOfDay(b.block_start), b.n]);

    record('2026-03-05', 1);
    expect(dateOfDay(rolledUpThrough(model.db)!)).toBe('2026-03-04');
    expect(blocks('day')).toEqual([]);

    record('2026-03-07', 2);
    expect(dateOfDay(rolledUpThrough(model.db)!)).toBe('2026-03-06');
    expect(blocks('day')).toEqual([['2026-03-05', 1]]);

    record('2026-03-05', 3);
    expect(blocks('day')).toEqual([['2026-03-05', 2]]);
    expect(blocks('dekad')).toEqual([['2026-03-01', 2]]);
    expect(blocks('month')).toEqual([['2026-03-01', 2]]);
    expect(blocks('year')).toEqual([['2026-01-01', 2]]);
  });
});
