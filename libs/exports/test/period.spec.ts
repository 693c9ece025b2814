import { parsePeriod, PeriodError } from '../src';

describe('periods as operators type them', () => {
  it('a day is a whole office day in WITA: from its midnight, to (and including) it', () => {
    expect(parsePeriod('2026-03-01', '2026-03-31')).toEqual({
      from: new Date('2026-02-28T16:00:00.000Z'),
      to: new Date('2026-03-31T16:00:00.000Z'),
    });
  });

  it('an instant keeps its zone', () => {
    expect(parsePeriod('2026-03-01T08:00:00+08:00', '2026-03-01T10:00Z')).toEqual({
      from: new Date('2026-03-01T00:00:00.000Z'),
      to: new Date('2026-03-01T10:00:00.000Z'),
    });
  });

  it('open ends read everything', () => {
    expect(parsePeriod(undefined, '')).toEqual({});
  });

  it.each([
    ['2026-02-30', undefined, 'from', '2026-02-30 is not a day of the calendar'],
    [
      '2026-03-01T08:00:00',
      undefined,
      'from',
      'give a day (2026-03-01) or a time with its zone (2026-03-01T08:00:00+08:00)',
    ],
    [
      undefined,
      'yesterday',
      'to',
      'give a day (2026-03-01) or a time with its zone (2026-03-01T08:00:00+08:00)',
    ],
    ['2026-03-02', '2026-03-01', 'to', 'must come after from'],
  ])('refuses from=%s to=%s, naming the field', (from, to, field, message) => {
    const attempt = () => parsePeriod(from, to);
    expect(attempt).toThrow(PeriodError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as PeriodError).field).toBe(field);
    }
  });

  it.each([
    ['2026-02-30', undefined, { kind: 'notACalendarDay', text: '2026-02-30' }],
    [undefined, 'yesterday', { kind: 'notADayOrTime' }],
    ['2026-03-01T25:00:00Z', undefined, { kind: 'notAPointInTime', text: '2026-03-01T25:00:00Z' }],
    ['2026-03-02', '2026-03-01', { kind: 'toNotAfterFrom' }],
  ])('names the problem of from=%s to=%s as facts, for words in another language', (from, to, problem) => {
    let thrown: unknown;
    try {
      parsePeriod(from, to);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PeriodError);
    expect((thrown as PeriodError).problem).toEqual(problem);
  });
});
