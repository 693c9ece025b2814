import { isValidPhone, normalizePhone, validatePhone } from './phone';

const codesOf = (phone: string) => validatePhone(phone).map((p) => p.code);

describe('Indonesian mobile numbers', () => {
  it.each([
    ['08…', '081234567890'],
    ['+628…', '+6281234567890'],
    ['628…', '6281234567890'],
    ['with dashes', '0812-3456-7890'],
    ['with spaces', '+62 812 3456 7890'],
    ['with dots and brackets', '(0812) 3456.7890'],
  ])('accepts %s and normalizes it to +628…', (_form, phone) => {
    expect(validatePhone(phone)).toEqual([]);
    expect(normalizePhone(phone)).toBe('+6281234567890');
  });

  it('accepts 10 to 13 digits (with the leading 0), and nothing shorter or longer', () => {
    expect(isValidPhone('0812345678')).toBe(true);
    expect(isValidPhone('0812345678901')).toBe(true);
    expect(codesOf('081234567')).toEqual(['phone.length']);
    expect(codesOf('08123456789012')).toEqual(['phone.length']);
  });

  it.each([
    ['a Banjarmasin landline', '0511-3312345'],
    ['08 followed by 0', '0801234567'],
    ['+62 followed by a landline', '+62 21 5551234'],
  ])('refuses %s as not a mobile number', (_what, phone) => {
    expect(codesOf(phone)).toEqual(['phone.not_mobile']);
  });

  it.each([
    ['letters', '0812-abc-7890'],
    ['a foreign number', '+1 812 345 6789'],
    ['no trunk prefix', '81234567890'],
    ['nothing', ''],
  ])('refuses %s as malformed', (_what, phone) => {
    expect(codesOf(phone)).toEqual(['phone.format']);
  });

  it('gives no normalized form for an invalid number', () => {
    expect(normalizePhone('0511-3312345')).toBeUndefined();
  });

  it('explains each problem in Indonesian and English', () => {
    const [problem] = validatePhone('0511-3312345');
    expect(problem.message).toEqual({ id: expect.stringContaining('bukan nomor HP'), en: expect.stringContaining('not a mobile') });
  });
});
