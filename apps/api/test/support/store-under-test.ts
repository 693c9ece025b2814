import { join } from 'node:path';
import type { EventStore } from '@satupintu/event-store';
import { EsdbEventStore } from '@satupintu/event-store/esdb';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { startEsdbServer, type EsdbServer } from '@satupintu/esdb-server';
import { EVENTS_FILE } from '../../src/core/event-store-factory';

/**
 * The store the API specs run on: the embedded SQLite store, or with SATUPINTU_STORE=esdb
 * (`npx nx run api:test-esdb`) the EventStoreDB adapter. In that mode every data folder gets
 * an EventStoreDB-compatible server of its own (its log inside the folder), so apps stay as
 * isolated as they are on SQLite, and an app restarted on the same folder finds its events.
 */
export const storeUnderTest: 'sqlite' | 'esdb' =
  process.env.SATUPINTU_STORE === 'esdb' ? 'esdb' : 'sqlite';

const servers = new Map<string, Promise<EsdbServer>>();

if (storeUnderTest === 'esdb') {
  afterAll(async () => {
    const running = [...servers.values()];
    servers.clear();
    await Promise.all(running.map(async (server) => (await server).close()));
  });
}

function serverFor(dataDir: string): Promise<EsdbServer> {
  let server = servers.get(dataDir);
  if (server === undefined) {
    server = startEsdbServer({ file: join(dataDir, 'esdb-server.sqlite'), port: 0 });
    servers.set(dataDir, server);
  }
  return server;
}

/** What an app on `dataDir` needs in its environment to use the store under test. */
export async function storeEnvironment(dataDir: string): Promise<Record<string, string>> {
  if (storeUnderTest === 'sqlite') return {};
  return {
    SATUPINTU_STORE: 'esdb',
    SATUPINTU_ESDB_URL: (await serverFor(dataDir)).connectionString,
  };
}

/** The events of the app on `dataDir`, opened from outside the app (as another process would). Close it after use. */
export async function openStoreOf(dataDir: string): Promise<EventStore> {
  if (storeUnderTest === 'sqlite') return new SqliteEventStore(join(dataDir, EVENTS_FILE));
  return EsdbEventStore.connect((await serverFor(dataDir)).connectionString);
}

/** Stops the store of a data folder that is being removed (nothing in SQLite mode). */
export async function releaseStoreOf(dataDir: string): Promise<void> {
  const server = servers.get(dataDir);
  servers.delete(dataDir);
  await (await server)?.close();
}
