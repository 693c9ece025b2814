import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EventStoreDBClient } from '@eventstore/db-client';
import { spawnEsdbServer, type EsdbServerProcess } from '../src';
import { events, readStream, revisionsOf, uniqueStream } from './support/events';

const ROOT = resolve(__dirname, '../../..');

describe('the server on its own (npx nx serve esdb-server)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'esdb-process-'));
  const file = join(dir, 'log.sqlite');
  const servers: EsdbServerProcess[] = [];
  const clients: EventStoreDBClient[] = [];
  const start = async () => {
    const started = await spawnEsdbServer({ file });
    servers.push(started);
    return started;
  };
  const connect = (process: EsdbServerProcess) => {
    const client = EventStoreDBClient.connectionString(process.connectionString);
    clients.push(client);
    return client;
  };
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await Promise.all(servers.map((each) => each.kill('SIGKILL')));
    rmSync(dir, { recursive: true, force: true });
  });

  it('given a file, when the server is stopped and started again on it, then the events are still there and new ones follow', async () => {
    let server = await start();
    expect(server.output()).toContain('production uses KurrentDB/EventStoreDB');
    const stream = uniqueStream();
    await connect(server).appendToStream(stream, events(3));
    await server.kill('SIGTERM');

    server = await start();
    const client = connect(server);
    expect(revisionsOf(await readStream(client, stream))).toEqual([0n, 1n, 2n]);
    expect(
      (await client.appendToStream(stream, events(1), { expectedRevision: 2n }))
        .nextExpectedRevision,
    ).toBe(3n);
  });

  it('given appends acknowledged under load, when the server is SIGKILLed and restarted, then every acknowledged append is there', async () => {
    let server = await start();
    const client = connect(server);
    const stream = uniqueStream('crash');
    const acknowledged: bigint[] = [];
    const writers = Array.from({ length: 8 }, async () => {
      for (;;) {
        try {
          const { nextExpectedRevision } = await client.appendToStream(stream, events(1));
          acknowledged.push(nextExpectedRevision);
        } catch {
          return;
        }
      }
    });
    while (acknowledged.length < 200) await new Promise((resolve) => setTimeout(resolve, 10));
    await server.kill('SIGKILL');
    await Promise.all(writers);

    server = await start();
    const stored = revisionsOf(await readStream(connect(server), stream));
    for (const revision of acknowledged) expect(stored).toContain(revision);
  });

  it('given an unknown option, when starting, then it exits with 2 and prints the usage', () => {
    const result = spawnSync(
      process.execPath,
      [
        '-r',
        join(ROOT, 'scripts/register.cjs'),
        join(ROOT, 'apps/esdb-server/src/main.ts'),
        '--colour',
        'blue',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Unknown option --colour');
    expect(result.stderr).toContain('Usage: esdb-server');
  });
});
