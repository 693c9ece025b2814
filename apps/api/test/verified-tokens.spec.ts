import { VerifiedTokens } from '../src/auth/verified-tokens';

describe('VerifiedTokens: tokens verified lately, so a request need not check the signature again', () => {
  let now: number;
  let tokens: VerifiedTokens;
  beforeEach(() => {
    now = 1_000_000;
    tokens = new VerifiedTokens({ capacity: 3, maxAgeMs: 60_000, now: () => now });
  });

  it('given a token remembered, when asked before it expires, then it names its user; an unknown token names nobody', () => {
    tokens.remember('token-a', 'user-a', now + 3_600_000);
    now += 59_999;
    expect(tokens.userIdOf('token-a')).toBe('user-a');
    expect(tokens.userIdOf('token-b')).toBeUndefined();
  });

  it('given a token that expires in 10 s, when asked at its expiry, then it is no longer answered (the signature must be checked again)', () => {
    tokens.remember('token-a', 'user-a', now + 10_000);
    now += 9_999;
    expect(tokens.userIdOf('token-a')).toBe('user-a');
    now += 1;
    expect(tokens.userIdOf('token-a')).toBeUndefined();
    expect(tokens.size).toBe(0);
  });

  it('given a token valid for hours, when a minute has passed, then it is forgotten all the same', () => {
    tokens.remember('token-a', 'user-a', now + 8 * 3_600_000);
    now += 60_000;
    expect(tokens.userIdOf('token-a')).toBeUndefined();
  });

  it('given a token already expired, when remembered, then it is not kept', () => {
    tokens.remember('token-a', 'user-a', now);
    expect(tokens.size).toBe(0);
    expect(tokens.userIdOf('token-a')).toBeUndefined();
  });

  it('given the cache full, when another token is remembered, then the least recently used one goes', () => {
    const later = now + 3_600_000;
    tokens.remember('token-a', 'user-a', later);
    tokens.remember('token-b', 'user-b', later);
    tokens.remember('token-c', 'user-c', later);
    tokens.userIdOf('token-a'); // used: b is now the least recently used
    tokens.remember('token-d', 'user-d', later);
    expect(tokens.size).toBe(3);
    expect(
      ['token-a', 'token-b', 'token-c', 'token-d'].map((token) => tokens.userIdOf(token)),
    ).toEqual(['user-a', undefined, 'user-c', 'user-d']);
  });
});
