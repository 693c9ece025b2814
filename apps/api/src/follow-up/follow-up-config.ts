/**
 * The work the API does on its own, on a schedule: closing returned files that were not completed
 * in time, reminding officials of files waiting on them, and sending applicants their messages.
 * Every interval is in ms; 0 turns that work off (tests run it by hand).
 */
export interface FollowUpConfig {
  /** How often returned files are checked for expiry (SATUPINTU_EXPIRY_INTERVAL_MS, default 10 minutes). */
  expiryIntervalMs: number;
  reminders: {
    /** How often waits are checked (SATUPINTU_REMINDER_INTERVAL_MS, default 15 minutes). */
    intervalMs: number;
    /** The official is reminded after a file waited this long on them (SATUPINTU_REMIND_OFFICIAL_AFTER_HOURS, default 24). */
    officialAfterHours: number;
    /** Their supervisor is told after this long (SATUPINTU_REMIND_SUPERVISOR_AFTER_HOURS, default 72). */
    supervisorAfterHours: number;
  };
  sms: {
    /** How often the outbox is looked at (SATUPINTU_SMS_INTERVAL_MS, default 5 seconds). */
    intervalMs: number;
    /** Attempts by the worker before a message is given up as failed (each attempt retries inside the gateway adapter). */
    maxAttempts: number;
    gateway: SmsGatewayConfig;
  };
}

/** Log-only (the default: messages are written to the log, phone masked) or an HTTP SMS gateway. */
export type SmsGatewayConfig =
  | { kind: 'log' }
  | {
      kind: 'http';
      /** SATUPINTU_SMS_GATEWAY_URL: messages are POSTed here as JSON. */
      url: string;
      /** SATUPINTU_SMS_GATEWAY_TOKEN, sent as a bearer token. */
      token?: string;
      timeoutMs: number;
      /** Retries after the first try within one attempt, with exponential backoff from backoffMs. */
      retries: number;
      backoffMs: number;
    };

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > max)
    throw new Error(`${name} must be a whole number from 0 to ${max}, not "${value}"`);
  return parsed;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function loadFollowUpConfig(env: NodeJS.ProcessEnv): FollowUpConfig {
  const url = env.SATUPINTU_SMS_GATEWAY_URL;
  if (url !== undefined && url !== '' && !/^https?:\/\//.test(url))
    throw new Error(`SATUPINTU_SMS_GATEWAY_URL must be an http(s) URL, not "${url}"`);
  const officialAfterHours = whole(env, 'SATUPINTU_REMIND_OFFICIAL_AFTER_HOURS', 24, 24 * 365);
  const supervisorAfterHours = whole(env, 'SATUPINTU_REMIND_SUPERVISOR_AFTER_HOURS', 72, 24 * 365);
  if (supervisorAfterHours < officialAfterHours)
    throw new Error(
      'SATUPINTU_REMIND_SUPERVISOR_AFTER_HOURS must not be less than SATUPINTU_REMIND_OFFICIAL_AFTER_HOURS',
    );
  return {
    expiryIntervalMs: whole(env, 'SATUPINTU_EXPIRY_INTERVAL_MS', 10 * 60_000, DAY_MS),
    reminders: {
      intervalMs: whole(env, 'SATUPINTU_REMINDER_INTERVAL_MS', 15 * 60_000, DAY_MS),
      officialAfterHours,
      supervisorAfterHours,
    },
    sms: {
      intervalMs: whole(env, 'SATUPINTU_SMS_INTERVAL_MS', 5_000, DAY_MS),
      maxAttempts: 8,
      gateway: url
        ? {
            kind: 'http',
            url,
            token: env.SATUPINTU_SMS_GATEWAY_TOKEN || undefined,
            timeoutMs: 10_000,
            retries: 3,
            backoffMs: 500,
          }
        : { kind: 'log' },
    },
  };
}
