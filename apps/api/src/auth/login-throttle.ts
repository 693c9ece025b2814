export interface LoginThrottleOptions {
  /** Failures per username answered without delay. */
  freeFailuresPerUser: number;
  /** Failures per username after which logins are refused until the window has passed. */
  maxFailuresPerUser: number;
  /** Per client address: higher, since an office may share one address. */
  freeFailuresPerIp: number;
  maxFailuresPerIp: number;
  /** The first delay; each further failure doubles it, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures older than this are forgotten; a refusal lasts this long after the last failure. */
  windowMs: number;
}

export type ThrottleDecision =
  { allowed: true; delayMs: number } | { allowed: false; retryAfterSeconds: number };

interface Counter {
  failures: number;
  lastAt: number;
}

/**
 * Slows down password guessing, per username and per client address: the first failures cost
 * nothing, then each waits twice as long as the one before, then logins are refused (429).
 * An attempt counts as a failure from the moment it begins, so a burst of parallel guesses is
 * throttled too; a successful login takes its own count back.
 */
export class LoginThrottle {
  private readonly counters = new Map<string, Counter>();

  constructor(
    private readonly options: LoginThrottleOptions,
    private readonly now: () => number = Date.now,
    /** Bounds memory when someone tries endless usernames: the oldest counters go first. */
    private readonly maxEntries = 50_000,
  ) {}

  begin(username: string, ip: string): ThrottleDecision {
    const { options } = this;
    const user = this.current(userKey(username));
    const address = this.current(ipKey(ip));
    const lockedUntil = Math.max(
      user.failures >= options.maxFailuresPerUser ? user.lastAt + options.windowMs : 0,
      address.failures >= options.maxFailuresPerIp ? address.lastAt + options.windowMs : 0,
    );
    if (lockedUntil > this.now())
      return { allowed: false, retryAfterSeconds: Math.ceil((lockedUntil - this.now()) / 1000) };
    const delayMs = Math.max(
      this.delay(user.failures, options.freeFailuresPerUser),
      this.delay(address.failures, options.freeFailuresPerIp),
    );
    this.save(userKey(username), { failures: user.failures + 1, lastAt: this.now() });
    this.save(ipKey(ip), { failures: address.failures + 1, lastAt: this.now() });
    return { allowed: true, delayMs };
  }

  succeeded(username: string, ip: string): void {
    this.counters.delete(userKey(username));
    const address = this.counters.get(ipKey(ip));
    if (address) this.save(ipKey(ip), { ...address, failures: Math.max(0, address.failures - 1) });
  }

  private delay(failures: number, free: number): number {
    return failures < free
      ? 0
      : Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** (failures - free));
  }

  private current(key: string): Counter {
    const counter = this.counters.get(key);
    if (!counter || this.now() - counter.lastAt > this.options.windowMs)
      return { failures: 0, lastAt: 0 };
    return counter;
  }

  private save(key: string, counter: Counter): void {
    this.counters.delete(key);
    this.counters.set(key, counter);
    if (this.counters.size > this.maxEntries)
      this.counters.delete(this.counters.keys().next().value!);
  }
}

const userKey = (username: string) => `user:${username.trim().toLowerCase()}`;
const ipKey = (ip: string) => `ip:${ip}`;
