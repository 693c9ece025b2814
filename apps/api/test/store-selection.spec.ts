import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStoreDBClient } from '@eventstore/db-client';
import type { EventStore } from '@satupintu/event-store';
import { EsdbEventStore } from '@satupintu/event-store/esdb';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { startEsdbServer, type EsdbServer } from '@satupintu/esdb-server';
import { loadConfig } from '../src/config/app-config';
import { describeStore, loadStoreConfig } from '../src/config/store-config';
import { EVENT_STORE } from '../src/core/tokens';
import { startTestApp } from './fixtures/test-app';

describe('choosing the event store by configuration', () => {
  it('defaults to the embedded SQLite store', () => {
    expect(loadConfig({}).store).toEqual({ kind: 'sqlite' });
    expect(loadStoreConfig({ SATUPINTU_STORE: 'sqlite' })).toEqual({ kind: 'sqlite' });
  });

  it('takes EventStoreDB with SATUPINTU_STORE=esdb and the connection string in SATUPINTU_ESDB_URL', () => {
    const url =
      'esdb://admin:changeit@node1:2113,node2:2113,node3:2113?tls=true&tlsCAFile=/certs/ca/ca.crt';
    expect(loadStoreConfig({ SATUPINTU_STORE: 'esdb', SATUPINTU_ESDB_URL: url })).toEqual({
      kind: 'esdb',
      url,
    });
    expect(
      loadStoreConfig({
        SATUPINTU_STORE: 'esdb',
        SATUPINTU_ESDB_URL: 'esdb+discover://cluster.local:2113',
      }),
    ).toMatchObject({ kind: 'esdb' });
  });

  it.each<[string, NodeJS.ProcessEnv, RegExp]>([
    [
      'an unknown store',
      { SATUPINTU_STORE: 'postgres' },
      /SATUPINTU_STORE must be "sqlite" or "esdb", not "postgres"/,
    ],
    ['esdb without a URL', { SATUPINTU_STORE: 'esdb' }, /needs SATUPINTU_ESDB_URL/],
    [
      'a URL that is not a connection string (its password kept out of the message)',
      { SATUPINTU_STORE: 'esdb', SATUPINTU_ESDB_URL: 'https://admin:s3cret@host:2113' },
      /must start with esdb:\/\/ or esdb\+discover:\/\/, not "https:\/\/…@host:2113"/,
    ],
  ])('refuses %s at start, saying what is wrong', (_, env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
    expect(() => loadConfig(env)).not.toThrow(/s3cret/);
  });

  it('describes the store for the start-up log without the password', () => {
    expect(describeStore({ kind: 'esdb', url: 'esdb://admin:changeit@node1:2113?tls=true' })).toBe(
      'EventStoreDB at esdb://admin:***@node1:2113?tls=true',
    );
    expect(describeStore({ kind: 'sqlite' })).toBe('SQLite');
  });

  describe('the running app', () => {
    const dirs: string[] = [];
    let server: EsdbServer | undefined;
    afterAll(async () => {
      await server?.close();
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    });
    const tempDir = () => {
      const dir = mkdtempSync(join(tmpdir(), 'satupintu-store-'));
      dirs.push(dir);
      return dir;
    };

    it('given SATUPINTU_STORE=esdb, when the app writes, then the events are in EventStoreDB and the read models stay in the node’s data folder', async () => {
      server = await startEsdbServer({ file: join(tempDir(), 'esdb.sqlite'), port: 0 });
      const dataDir = tempDir();
      const t = await startTestApp(
        { store: { kind: 'esdb', url: server.connectionString } },
        dataDir,
      );
      try {
        expect(t.app.get<EventStore>(EVENT_STORE)).toBeInstanceOf(EsdbEventStore);
        const users = await t.request('GET', '/api/users', { token: await t.login('admin') });
        expect(users.status).toBe(200);
        expect(existsSync(join(dataDir, 'events.sqlite'))).toBe(false);
        expect(existsSync(join(dataDir, 'read-models.sqlite'))).toBe(true);

        const client = EventStoreDBClient.connectionString(server.connectionString);
        const accounts: string[] = [];
        for await (const resolved of client.readAll())
          if (resolved.event?.streamId.startsWith('account-'))
            accounts.push(resolved.event.streamId);
        await client.dispose();
        expect(accounts.length).toBeGreaterThanOrEqual(users.body.length);
      } finally {
        await t.stop();
      }
    });

    it('given no store setting, when the app starts, then it keeps its events in events.sqlite in the data folder', async () => {
      const dataDir = tempDir();
      const t = await startTestApp({ store: { kind: 'sqlite' } }, dataDir);
      try {
        expect(t.app.get<EventStore>(EVENT_STORE)).toBeInstanceOf(SqliteEventStore);
        expect(existsSync(join(dataDir, 'events.sqlite'))).toBe(true);
      } finally {
        await t.stop();
      }
    });
  });
});
