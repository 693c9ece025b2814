import { formatNip, normalizeNip, parseNip, validateNip } from './nip';

const today = '2026-03-02T01:00:00.000Z';
const codesOf = (nip: string, at: string = today) => validateNip(nip, { today: at }).map((p) => p.code);

describe('NIP validation', () => {
  it('accepts a well-formed NIP: born 12 March 1985, in service since March 2010, male, number 001', () => {
    expect(validateNip('198503122010031001', { today })).toEqual([]);
  });

  it('accepts a woman born on 29 February of a leap year', () => {
    expect(codesOf('198402292008032005')).toEqual([]);
  });

  it.each([
    ['17 digits', '19850312201003100'],
    ['19 digits', '1985031220100310011'],
    ['letters', '19850312201003100A'],
    ['spaces (normalize first)', '19850312 201003 1 001'],
    ['nothing', ''],
  ])('refuses %s as not 18 digits, and says only that', (_what, nip) => {
    expect(codesOf(nip)).toEqual(['nip.format']);
  });

  it.each([
    ['30 February', '198502302010031001'],
    ['29 February of a common year', '198502292010031001'],
    ['month 13', '198513012010031001'],
    ['day 00', '198503002010031001'],
    ['a birth year before 1900', '189903122010031001'],
  ])('refuses a birth date that is not real: %s', (_what, nip) => {
    expect(codesOf(nip)).toContain('nip.birth_date');
  });

  it('refuses a birth date after today', () => {
    expect(codesOf('202703122045031001')).toContain('nip.birth_date_future');
  });

  it.each([
    ['00', '198503122010001001'],
    ['13', '198503122010131001'],
  ])('refuses civil-service start month %s', (_month, nip) => {
    expect(codesOf(nip)).toEqual(['nip.start_month']);
  });

  it('refuses a civil-service start before the birth year + 18, and accepts that very year', () => {
    expect(codesOf('199001012007011001')).toEqual(['nip.start_too_early']);
    expect(codesOf('199001012008011001')).toEqual([]);
  });

  it('refuses a civil-service start after the current month, and accepts the current month', () => {
    expect(codesOf('199001012026041001')).toEqual(['nip.start_future']);
    expect(codesOf('199001012026031001')).toEqual([]);
  });

  it('judges "today" in WITA: at 00:30 WITA on 1 April (16:30 UTC the day before) an April start is not in the future', () => {
    expect(codesOf('199001012026041001', '2026-03-31T16:30:00.000Z')).toEqual([]);
    expect(codesOf('199001012026041001', '2026-03-31T15:30:00.000Z')).toEqual(['nip.start_future']);
  });

  it.each(['0', '3', '9'])('refuses sex digit %s (only 1 or 2)', (digit) => {
    expect(codesOf(`19850312201003${digit}001`)).toEqual(['nip.sex']);
  });

  it('refuses sequence number 000', () => {
    expect(codesOf('198503122010031000')).toEqual(['nip.sequence']);
  });

  it('reports every problem at once, each in Indonesian and English', () => {
    const problems = validateNip('198513012010133000', { today });
    expect(problems.map((p) => p.code)).toEqual(['nip.birth_date', 'nip.start_month', 'nip.sex', 'nip.sequence']);
    for (const { message } of problems) {
      expect(message.id).not.toEqual('');
      expect(message.en).not.toEqual('');
      expect(message.id).not.toEqual(message.en);
    }
  });

  it('normalizes the way people type it and formats it the way letters print it', () => {
    expect(normalizeNip('19850312 201003 1 001')).toBe('198503122010031001');
    expect(normalizeNip('19850312.201003.1.001')).toBe('198503122010031001');
    expect(formatNip('198503122010031001')).toBe('19850312 201003 1 001');
  });

  it('parses a valid NIP into its parts and gives nothing for an invalid one', () => {
    expect(parseNip('198402292008032005', { today })).toEqual({
      birthDate: '1984-02-29',
      serviceStart: '2008-03',
      sex: 'female',
      sequence: '005',
    });
    expect(parseNip('198402302008032005', { today })).toBeUndefined();
  });
});
