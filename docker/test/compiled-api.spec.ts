import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEsdbServer, type EsdbServer } from '@satupintu/esdb-server';
import { DOCKER_DIR } from './topology';

const ROOT = join(DOCKER_DIR, '..');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

function run(
  command: string[],
  env: Record<string, string>,
): { done: Promise<number | null>; output: () => string; kill: () => void } {
  const child = spawn(process.execPath, command, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    done: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
    output: () => output,
    kill: () => child.kill('SIGTERM'),
  };
}

/**
 * What the image runs, without Docker: the build stage's compile step, then the compiled API
 * (plain Node, no TypeScript loader) started as the runtime stage starts it, on EventStoreDB.
 */
describe('the image’s build step (docker/compile.mjs)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satupintu-image-'));
  let esdb: EsdbServer;
  beforeAll(async () => {
    esdb = await startEsdbServer({ file: join(dir, 'esdb.sqlite'), port: 0 });
  });
  afterAll(async () => {
    await esdb.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('compiles an API that starts with node alone and answers /api/health on the EventStoreDB store', async () => {
    const compile = run([join(DOCKER_DIR, 'compile.mjs'), join(dir, 'server')], {});
    expect(await compile.done).toBe(0);
    expect(compile.output()).toMatch(/compiled \d+ files/);

    const port = await freePort();
    const api = run([join(dir, 'server/apps/api/src/main.js')], {
      PORT: String(port),
      HOST: '127.0.0.1',
      SATUPINTU_DATA: join(dir, 'data'),
      SATUPINTU_DEMO: '0',
      SATUPINTU_STORE: 'esdb',
      SATUPINTU_ESDB_URL: esdb.connectionString,
      // The image has node_modules beside dist/; here the compiled code sits in a temporary folder.
      NODE_PATH: join(ROOT, 'node_modules'),
    });
    try {
      let health: { status: string } | undefined;
      for (let waited = 0; waited < 60_000 && health === undefined; waited += 200) {
        health = await fetch(`http://127.0.0.1:${port}/api/health`).then(
          (response) =>
            response.ok ? (response.json() as Promise<{ status: string }>) : undefined,
          () => undefined,
        );
        if (health === undefined) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect({ health, output: health === undefined ? api.output() : '' }).toMatchObject({
        health: { status: 'ok', store: 'ok' },
      });
      expect(api.output()).toMatch(/events in EventStoreDB at esdb:\/\/127\.0\.0\.1/);
    } finally {
      api.kill();
      await api.done;
    }
  }, 120_000);
});
