export interface Backoff {
  /** First wait after a failure, in ms. */
  initialDelayMs: number;
  /** Longest wait, in ms. */
  maxDelayMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialDelayMs: 100, maxDelayMs: 2000 };

/** The wait before retry number `attempt` (1-based): doubling from the initial delay, capped. */
export function delayFor(backoff: Backoff, attempt: number): number {
  return Math.min(backoff.maxDelayMs, backoff.initialDelayMs * 2 ** Math.max(0, attempt - 1));
}
