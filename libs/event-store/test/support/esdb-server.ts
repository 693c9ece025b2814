import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEsdbServer, type EsdbServer } from '@satupintu/esdb-server';

/**
 * One EventStoreDB-compatible server for a spec file, in process, on a temporary file,
 * started on first use and closed after the file's specs (call at the top level).
 */
export function sharedEsdbServer(): () => Promise<EsdbServer> {
  let started: Promise<{ server: EsdbServer; dir: string }> | undefined;
  afterAll(async () => {
    if (started === undefined) return;
    const { server, dir } = await started;
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return async () => {
    started ??= (async () => {
      const dir = mkdtempSync(join(tmpdir(), 'esdb-adapter-'));
      return { server: await startEsdbServer({ file: join(dir, 'log.sqlite'), port: 0 }), dir };
    })();
    return (await started).server;
  };
}
