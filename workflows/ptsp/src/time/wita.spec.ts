import { witaDate, witaYear, witaYearMonth } from './wita';

describe('WITA (UTC+8) calendar', () => {
  it('moves to the next day at 16:00 UTC', () => {
    expect(witaDate('2026-03-31T15:59:59.999Z')).toBe('2026-03-31');
    expect(witaDate('2026-03-31T16:00:00.000Z')).toBe('2026-04-01');
  });

  it('starts the new year at 16:00 UTC on 31 December', () => {
    expect(witaYear('2026-12-31T15:59:59.999Z')).toBe(2026);
    expect(witaYear(new Date('2026-12-31T16:00:00.000Z'))).toBe(2027);
    expect(witaYearMonth('2026-12-31T16:00:00.000Z')).toBe(202701);
  });

  it('refuses what is not a point in time', () => {
    expect(() => witaDate('yesterday')).toThrow(RangeError);
  });
});
