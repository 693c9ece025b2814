import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, DEFAULT_MAX_APPEND_SIZE, loadServerConfig } from '../src';

describe('the server’s configuration', () => {
  it('defaults: port 2113 on 127.0.0.1, ./data/esdb-server.sqlite, insecure, no users, 1 MiB appends', () => {
    expect(loadServerConfig([], {}, '/srv')).toEqual({
      file: '/srv/data/esdb-server.sqlite',
      host: '127.0.0.1',
      port: 2113,
      tls: undefined,
      users: new Map(),
      maxAppendSize: DEFAULT_MAX_APPEND_SIZE,
    });
  });

  it('reads flags (both --name value and --name=value), which win over the environment', () => {
    const config = loadServerConfig(
      [
        '--port=2200',
        '--host',
        '0.0.0.0',
        '--db',
        'x.sqlite',
        '--user',
        'admin:changeit',
        '--user',
        'ops:s3cr:et',
      ],
      { ESDB_SERVER_PORT: '9' },
      '/srv',
    );
    expect(config).toMatchObject({ port: 2200, host: '0.0.0.0', file: '/srv/x.sqlite' });
    expect(config.users).toEqual(
      new Map([
        ['admin', 'changeit'],
        ['ops', 's3cr:et'],
      ]),
    );
  });

  it('reads the environment', () => {
    const config = loadServerConfig([], {
      ESDB_SERVER_PORT: '0',
      ESDB_SERVER_DB: '/tmp/a.sqlite',
      ESDB_SERVER_USERS: 'admin:changeit',
    });
    expect(config).toMatchObject({
      port: 0,
      file: '/tmp/a.sqlite',
      users: new Map([['admin', 'changeit']]),
    });
  });

  it('loads the TLS certificate and key named by --tls-cert and --tls-key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'esdb-config-'));
    try {
      writeFileSync(join(dir, 'c.pem'), 'CERT');
      writeFileSync(join(dir, 'k.pem'), 'KEY');
      const { tls } = loadServerConfig(['--tls-cert', 'c.pem', '--tls-key', 'k.pem'], {}, dir);
      expect({ cert: tls?.certChain.toString(), key: tls?.privateKey.toString() }).toEqual({
        cert: 'CERT',
        key: 'KEY',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each<[string, string[]]>([
    ['a port out of range', ['--port', '70000']],
    ['a certificate without its key', ['--tls-cert', 'c.pem']],
    ['a user without a password', ['--user', 'admin']],
    ['an option without a value', ['--db']],
    ['a stray argument', ['serve']],
  ])('refuses %s with the usage', (_, argv) => {
    expect(() => loadServerConfig(argv, {})).toThrow(ConfigError);
    expect(() => loadServerConfig(argv, {})).toThrow(/Usage: esdb-server/);
  });
});
