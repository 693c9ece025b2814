import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError, loadServerConfig } from './config';
import { startEsdbServer } from './server';

/**
 * `npx nx serve esdb-server` (or `node -r ./scripts/register.cjs apps/esdb-server/src/main.ts`):
 * the EventStoreDB-compatible test and development server. Production runs KurrentDB.
 */
async function main(): Promise<void> {
  const options = loadServerConfig(process.argv.slice(2));
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  const server = await startEsdbServer(options);
  // One write, so a reader that sees the first line sees the second. Tests read the port from the first: keep its shape.
  console.log(
    [
      `EventStoreDB-compatible test server listening on ${server.host}:${server.port} (${server.tls ? 'TLS' : 'insecure'}; data in ${options.file})`,
      `Connect with ${server.connectionString}${options.users?.size ? ' (credentials required)' : ''}. A test and development server: production uses KurrentDB/EventStoreDB.`,
    ].join('\n'),
  );
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
