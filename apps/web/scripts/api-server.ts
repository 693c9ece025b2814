import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const WORKSPACE = resolve(__dirname, '../../..');

/** The real server as `npm start` runs it, in a child process on a temporary data folder. */
export interface ApiServer {
  url: string;
  dataDir: string;
  /** What the server printed so far (for failure messages). */
  output(): string;
  /** Stops the server and removes its data folder. */
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/**
 * Starts `apps/api/src/main.ts` (run from the workspace, so it serves apps/web/dist when built)
 * and resolves once /api/health answers. `env` adds to the defaults: demo accounts on, no demo
 * files. `workspace` may name another checkout (with node_modules) to run its API instead.
 */
export async function startApiServer(
  env: Record<string, string> = {},
  workspace = WORKSPACE,
): Promise<ApiServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'satupintu-web-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', join(workspace, 'scripts/register.cjs'), join(workspace, 'apps/api/src/main.ts')],
    {
      cwd: workspace,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        SATUPINTU_DATA: dataDir,
        SATUPINTU_DEMO: '1',
        SATUPINTU_DEMO_CASES: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  for (let waited = 0; waited < 90_000; waited += 100) {
    if (child.exitCode !== null) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`The server exited with ${child.exitCode}:\n${output}`);
    }
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (healthy) return { url, dataDir, output: () => output, stop };
    await sleep(100);
  }
  child.kill('SIGKILL');
  await exited;
  rmSync(dataDir, { recursive: true, force: true });
  throw new Error(`The server did not answer within 90 s:\n${output}`);
}
