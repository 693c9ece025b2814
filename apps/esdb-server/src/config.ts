import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_MAX_APPEND_SIZE, DEFAULT_PORT, type EsdbServerOptions } from './server';

const USAGE = `Usage: esdb-server [--port 2113] [--host 127.0.0.1] [--db ./data/esdb-server.sqlite]
                   [--tls-cert cert.pem --tls-key key.pem] [--user name:password]...
                   [--max-append-size 1048576]
Environment: ESDB_SERVER_PORT, ESDB_SERVER_HOST, ESDB_SERVER_DB, ESDB_SERVER_TLS_CERT,
             ESDB_SERVER_TLS_KEY, ESDB_SERVER_USERS (name:password,name:password)`;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(message: string) {
    super(`${message}\n${USAGE}`);
  }
}

function integer(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${text}"`);
  return value;
}

function user(text: string): [string, string] {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1)
    throw new ConfigError(`A user is name:password, not "${text}"`);
  return [text.slice(0, colon), text.slice(colon + 1)];
}

/** The server's options from command-line flags, falling back to the environment. */
export function loadServerConfig(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): EsdbServerOptions {
  const flags = new Map<string, string[]>();
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    if (flag === '--help' || flag === '-h') throw new ConfigError('');
    if (!flag.startsWith('--')) throw new ConfigError(`Unexpected argument "${flag}"`);
    const [name, inline] = flag.slice(2).split('=', 2);
    const value = inline ?? argv[++index];
    if (value === undefined) throw new ConfigError(`--${name} needs a value`);
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  const known = new Set(['port', 'host', 'db', 'tls-cert', 'tls-key', 'user', 'max-append-size']);
  for (const name of flags.keys())
    if (!known.has(name)) throw new ConfigError(`Unknown option --${name}`);
  const one = (name: string, variable: string): string | undefined =>
    flags.get(name)?.at(-1) ?? (env[variable] || undefined);

  const port = one('port', 'ESDB_SERVER_PORT');
  const cert = one('tls-cert', 'ESDB_SERVER_TLS_CERT');
  const key = one('tls-key', 'ESDB_SERVER_TLS_KEY');
  if ((cert === undefined) !== (key === undefined))
    throw new ConfigError('TLS needs both --tls-cert and --tls-key');
  const users =
    flags.get('user') ?? (env.ESDB_SERVER_USERS ? env.ESDB_SERVER_USERS.split(',') : []);
  const maxAppendSize = one('max-append-size', 'ESDB_SERVER_MAX_APPEND_SIZE');
  return {
    file: resolve(cwd, one('db', 'ESDB_SERVER_DB') ?? './data/esdb-server.sqlite'),
    host: one('host', 'ESDB_SERVER_HOST') ?? '127.0.0.1',
    port: port === undefined ? DEFAULT_PORT : integer('port', port, 0, 65_535),
    tls:
      cert === undefined || key === undefined
        ? undefined
        : {
            certChain: readFileSync(resolve(cwd, cert)),
            privateKey: readFileSync(resolve(cwd, key)),
          },
    users: new Map(users.map(user)),
    maxAppendSize:
      maxAppendSize === undefined
        ? DEFAULT_MAX_APPEND_SIZE
        : integer('max-append-size', maxAppendSize, 1, 64 * 1024 * 1024),
  };
}
