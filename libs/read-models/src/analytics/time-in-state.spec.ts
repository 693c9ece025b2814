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
