import { LoginThrottle } from '../src/auth/login-throttle';

describe('LoginThrottle', () => {
  const options = {
    freeFailuresPerUser: 2,
    maxFailuresPerUser: 5,
    freeFailuresPerIp: 3,
    maxFailuresPerIp: 8,
    baseDelayMs: 100,
    maxDelayMs: 350,
    windowMs: 60_000,
  };
  let now: number;
  let throttle: LoginThrottle;
  beforeEach(() => {
    now = 0;
    throttle = new LoginThrottle(options, () => now, 4);
  });

  it('lets the first failures through at once, then doubles the delay up to the cap, then refuses until the window passes', () => {
    const decisions = Array.from({ length: 6 }, () => throttle.begin('Budi', '10.0.0.1'));
    expect(decisions).toEqual([
      { allowed: true, delayMs: 0 },
      { allowed: true, delayMs: 0 },
      { allowed: true, delayMs: 100 },
      { allowed: true, delayMs: 200 },
      { allowed: true, delayMs: 350 },
      { allowed: false, retryAfterSeconds: 60 },
    ]);
    expect(throttle.begin(' budi ', '10.0.0.2')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    now = 60_001;
    expect(throttle.begin('budi', '10.0.0.1')).toEqual({ allowed: true, delayMs: 0 });
  });

  it('a success takes back its own attempt and clears the username', () => {
    throttle.begin('budi', '10.0.0.1');
    throttle.begin('budi', '10.0.0.1');
    throttle.succeeded('budi', '10.0.0.1');
    expect(throttle.begin('budi', '10.0.0.1')).toEqual({ allowed: true, delayMs: 0 });
  });

  it('forgets the oldest counters beyond its bound, so endless usernames cannot exhaust memory', () => {
    for (let i = 0; i < 5; i++) throttle.begin('a', 'ip-a');
    expect(throttle.begin('a', 'ip-a').allowed).toBe(false);
    // Four counters at most: two more people push out both of a's.
    throttle.begin('b', 'ip-b');
    throttle.begin('c', 'ip-c');
    expect(throttle.begin('a', 'ip-a')).toEqual({ allowed: true, delayMs: 0 });
  });
});
