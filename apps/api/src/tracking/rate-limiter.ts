export interface RateLimitOptions {
  /** Requests one client may make at once before it must wait. */
  burst: number;
  /** Requests per minute a client may make in the long run. */
  perMinute: number;
  /** Bounds memory when requests come from endless addresses: the longest idle go first. */
  maxClients?: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per client: `burst` requests at once, then `perMinute` a minute. In memory: the
 * API is one process, and a restart forgetting the counts costs an attacker nothing useful.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = options.perMinute / 60_000;
  }

  take(client: string): RateDecision {
    const now = this.now();
    const previous = this.buckets.get(client);
    const tokens = previous
      ? Math.min(this.options.burst, previous.tokens + (now - previous.at) * this.perMs)
      : this.options.burst;
    this.buckets.delete(client);
    if (tokens < 1) {
      this.remember(client, { tokens, at: now });
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000)),
      };
    }
    this.remember(client, { tokens: tokens - 1, at: now });
    return { allowed: true };
  }

  private remember(client: string, bucket: Bucket): void {
    this.buckets.set(client, bucket);
    if (this.buckets.size > (this.options.maxClients ?? 50_000)) {
      this.buckets.delete(this.buckets.keys().next().value!);
    }
  }
}
