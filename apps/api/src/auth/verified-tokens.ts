interface Verified {
  userId: string;
  /** Epoch ms from which the entry no longer answers: the token's expiry, or sooner. */
  until: number;
}

export interface VerifiedTokensOptions {
  /** Most tokens remembered; the least recently used go first. */
  capacity: number;
  /** Longest a verification is remembered, however long the token itself still holds. */
  maxAgeMs: number;
  /** Epoch ms; the clock the token's expiry is checked against. */
  now: () => number;
}

/**
 * Tokens whose signature and claims were verified lately, by the token itself: a request with the
 * same token skips the HMAC (about a tenth of a command's cost over HTTP). A verified token stays
 * valid until it expires (nothing else about it can change), so an entry answers until the
 * token's expiry, and never longer than `maxAgeMs`. Whether the account is still active is not
 * remembered here: the guard reads it on every request.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, Verified>();

  constructor(private readonly options: VerifiedTokensOptions) {}

  /** The user id of a token verified lately and not yet expired; undefined otherwise. */
  userIdOf(token: string): string | undefined {
    const entry = this.entries.get(token);
    if (entry === undefined) return undefined;
    this.entries.delete(token);
    if (this.options.now() >= entry.until) return undefined;
    this.entries.set(token, entry); // most recently used last
    return entry.userId;
  }

  /** Remembers a token just verified, which expires at `expiresAtMs`. */
  remember(token: string, userId: string, expiresAtMs: number): void {
    const now = this.options.now();
    const until = Math.min(expiresAtMs, now + this.options.maxAgeMs);
    if (until <= now) return;
    this.entries.delete(token);
    this.entries.set(token, { userId, until });
    if (this.entries.size > this.options.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
