import { SmsDeliveryError, type SmsGateway, type SmsMessage, type SmsReceipt } from './sms-gateway';

export interface HttpSmsGatewayOptions {
  url: string;
  token?: string;
  /** Per request. */
  timeoutMs: number;
  /** Tries after the first, each after a doubled pause: backoffMs, 2 × backoffMs, 4 × … */
  retries: number;
  backoffMs: number;
  /** Injectable for tests; the global fetch by default. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

/** Answers worth trying again: the gateway is busy, overloaded or briefly down. */
const TRANSIENT = new Set([408, 425, 429, 500, 502, 503, 504]);
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * An SMS gateway over HTTP: POST {to, message, idempotencyKey} as JSON, with the key also in the
 * Idempotency-Key header and the token as a bearer token. A 2xx is delivered (a JSON `id` or
 * `messageId` in the answer is kept); a timeout, a network error or a transient status is tried
 * again with exponential backoff (a Retry-After in seconds is honoured, up to a minute); any
 * other 4xx fails at once as permanent.
 */
export class HttpSmsGateway implements SmsGateway {
  private readonly fetch: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: HttpSmsGatewayOptions) {
    this.fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.sleep = options.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms)));
  }

  async send(message: SmsMessage): Promise<SmsReceipt> {
    let lastProblem = '';
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      let pause = this.options.backoffMs * 2 ** attempt;
      try {
        const response = await this.fetch(this.options.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'idempotency-key': message.idempotencyKey,
            ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}),
          },
          body: JSON.stringify({
            to: message.to,
            message: message.text,
            idempotencyKey: message.idempotencyKey,
          }),
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
        if (response.ok) return { gatewayMessageId: await messageIdOf(response) };
        lastProblem = `the SMS gateway answered ${response.status}`;
        if (!TRANSIENT.has(response.status)) throw new SmsDeliveryError(lastProblem, true);
        const retryAfter = Number(response.headers.get('retry-after'));
        if (Number.isFinite(retryAfter) && retryAfter > 0)
          pause = Math.min(retryAfter * 1000, MAX_RETRY_AFTER_MS);
      } catch (error) {
        if (error instanceof SmsDeliveryError) throw error;
        lastProblem = `the SMS gateway could not be reached: ${error instanceof Error ? error.message : String(error)}`;
      }
      if (attempt < this.options.retries) await this.sleep(pause);
    }
    throw new SmsDeliveryError(lastProblem, false);
  }
}

async function messageIdOf(response: Response): Promise<string | null> {
  try {
    const body = (await response.json()) as { id?: unknown; messageId?: unknown };
    const id = body.id ?? body.messageId;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
  } catch {
    return null;
  }
}
