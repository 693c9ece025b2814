import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LoginThrottleOptions } from '../auth/login-throttle';
import { loadFollowUpConfig, type FollowUpConfig } from '../follow-up/follow-up-config';
import { loadStoreConfig, type StoreConfig } from './store-config';

export interface AppConfig {
  port: number;
  host: string;
  /** Holds events.sqlite, read-models.sqlite and the generated token secret. */
  dataDir: string;
  /** The event store: SQLite in dataDir (default) or EventStoreDB (SATUPINTU_STORE, SATUPINTU_ESDB_URL). */
  store: StoreConfig;
  /** Demo accounts (password "demo") are created in an empty system. */
  demo: boolean;
  /** In demo mode, how many demo files are seeded at start (SATUPINTU_DEMO_CASES, default 40; 0 for none). */
  demoCases: number;
  /** Signs login tokens; when absent, a secret generated once is kept in the data folder. */
  secret?: string;
  /** Largest request body accepted, in bytes: forms are small, anything bigger is refused with 413. */
  bodyLimitBytes: number;
  tokenTtlSeconds: number;
  /** How long a write waits for the read models to show it before answering 503. */
  readYourWritesTimeoutMs: number;
  loginThrottle: LoginThrottleOptions;
  /** The built web UI, served by the web module when present; the API itself stays under /api. */
  webUiDir: string | undefined;
  /** Nest's console logging; tests turn it off. */
  logging: boolean;
  /** The clock of the engine and of the scheduled work (expiry, reminders, outbox); tests inject one. */
  clock: () => Date;
  /** Expiry checks, reminders and applicants' messages (see follow-up-config.ts). */
  followUp: FollowUpConfig;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleOptions = {
  freeFailuresPerUser: 3,
  maxFailuresPerUser: 10,
  freeFailuresPerIp: 10,
  maxFailuresPerIp: 50,
  baseDelayMs: 250,
  maxDelayMs: 5_000,
  windowMs: 15 * 60_000,
};

function port(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65_535)
    throw new Error(`PORT must be a port number, not "${value}"`);
  return parsed;
}

function count(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 1000)
    throw new Error(`${name} must be a whole number from 0 to 1000, not "${value}"`);
  return parsed;
}

/** The configuration from the environment (PORT, HOST, SATUPINTU_DATA, SATUPINTU_DEMO, SATUPINTU_SECRET). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const webUiDir = resolve(cwd, 'apps/web/dist');
  return {
    port: port(env.PORT),
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(cwd, env.SATUPINTU_DATA || './data'),
    store: loadStoreConfig(env),
    demo: env.SATUPINTU_DEMO !== '0',
    demoCases: count('SATUPINTU_DEMO_CASES', env.SATUPINTU_DEMO_CASES, 40),
    secret: env.SATUPINTU_SECRET || undefined,
    bodyLimitBytes: 256 * 1024,
    tokenTtlSeconds: 8 * 3600,
    readYourWritesTimeoutMs: 10_000,
    loginThrottle: DEFAULT_LOGIN_THROTTLE,
    webUiDir: existsSync(webUiDir) ? webUiDir : undefined,
    logging: true,
    clock: () => new Date(),
    followUp: loadFollowUpConfig(env),
  };
}
