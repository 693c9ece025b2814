import fc from 'fast-check';
import {
  TRACKING_CODE_ALPHABET,
  TRACKING_CODE_PATTERN,
  TRACKING_CODE_RANDOM_LENGTH,
  isTrackingCode,
  normalizeTrackingCode,
  trackingCodeFrom,
} from './tracking-code';

const code = trackingCodeFrom([3, 14, 15, 9, 26, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4]);
const characterPositions = [3, 4, 5, 6, 8, 9, 10, 11, 13, 14, 15, 16, 18, 19, 20, 21];
const replaceAt = (s: string, i: number, c: string) => s.slice(0, i) + c + s.slice(i + 1);

describe('Tracking codes', () => {
  it('carry at least 60 bits of randomness, so that nobody finds a file by guessing', () => {
    expect(TRACKING_CODE_RANDOM_LENGTH * Math.log2(TRACKING_CODE_ALPHABET.length)).toBeGreaterThanOrEqual(60);
    const codes = new Set(Array.from({ length: 1000 }, (_, i) => trackingCodeFrom(Array.from({ length: 15 }, (_, j) => (i * 7919 + j * 104729) % 31))));
    expect([...codes].every((c) => c.length === 'SP-XXXX-XXXX-XXXX-XXXX'.length)).toBe(true);
  });

  it('look like SP-XXXX-XXXX-XXXX-XXXX, in an alphabet without 0, O, 1, I or L', () => {
    expect(code).toMatch(TRACKING_CODE_PATTERN);
    expect(TRACKING_CODE_ALPHABET).toHaveLength(31);
    expect(TRACKING_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('are valid for any fifteen random numbers they are made from', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 15, maxLength: 15 }), (random) => isTrackingCode(trackingCodeFrom(random))),
    );
  });

  it('catch every mistyped character', () => {
    for (const position of characterPositions) {
      for (const other of TRACKING_CODE_ALPHABET) {
        if (other === code[position]) continue;
        expect(isTrackingCode(replaceAt(code, position, other))).toBe(false);
      }
    }
  });

  it('catch two neighbouring characters swapped', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 15, maxLength: 15 }), fc.integer({ min: 0, max: 14 }), (random, i) => {
        const valid = trackingCodeFrom(random);
        const [a, b] = [characterPositions[i], characterPositions[i + 1]];
        if (valid[a] === valid[b]) return true;
        const swapped = replaceAt(replaceAt(valid, a, valid[b]), b, valid[a]);
        return !isTrackingCode(swapped);
      }),
    );
  });

  it('refuse other shapes', () => {
    expect(isTrackingCode(code.replace('SP-', 'XP-'))).toBe(false);
    expect(isTrackingCode(code.replace('-', ''))).toBe(false);
    expect(isTrackingCode(replaceAt(code, 3, '0'))).toBe(false);
    expect(isTrackingCode('')).toBe(false);
  });

  it('are found however the applicant types them', () => {
    expect(isTrackingCode(code.toLowerCase())).toBe(false);
    expect(isTrackingCode(normalizeTrackingCode(` ${code.toLowerCase()} `))).toBe(true);
  });

  it('need seven random numbers', () => {
    expect(() => trackingCodeFrom([1, 2, 3])).toThrow(RangeError);
  });
});
