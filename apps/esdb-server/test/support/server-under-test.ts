import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStoreDBClient } from '@eventstore/db-client';
import { startEsdbServer, type EsdbServer, type EsdbServerOptions } from '../../src';

export interface ServerUnderTest {
  server: EsdbServer;
  client: EventStoreDBClient;
  dir: string;
  /** Another client on the same server (disposed with the rest). */
  newClient(connectionString?: string): EventStoreDBClient;
  close(): Promise<void>;
}

/** The server in this process on a fresh file and a free port, and an official client for it. */
export async function startServerUnderTest(
  options: Partial<EsdbServerOptions> = {},
  connectionString?: (server: EsdbServer) => string,
): Promise<ServerUnderTest> {
  const dir = mkdtempSync(join(tmpdir(), 'esdb-server-'));
  const server = await startEsdbServer({ file: join(dir, 'log.sqlite'), port: 0, ...options });
  const clients: EventStoreDBClient[] = [];
  const newClient = (url = connectionString?.(server) ?? server.connectionString) => {
    const client = EventStoreDBClient.connectionString(url);
    clients.push(client);
    return client;
  };
  const client = newClient();
  return {
    server,
    client,
    dir,
    newClient,
    async close() {
      await Promise.all(clients.map((each) => each.dispose()));
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
