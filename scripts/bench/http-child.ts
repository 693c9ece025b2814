import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = resolve(__dirname, '../..');

export interface ChildServer {
  url: string;
  pid: number;
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
 * A TypeScript server in a process of its own (so the load generator does not share its event
 * loop), started like `npm start` does; resolves once `readyPath` answers 200.
 */
export async function startChildServer(
  script: string,
  env: Record<string, string>,
  readyPath: string,
): Promise<ChildServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      // As scripts/start.mjs starts the API.
      '--max-semi-space-size=32',
      '-r',
      join(ROOT, 'scripts/register.cjs'),
      '-r',
      join(ROOT, 'scripts/bench/cpu-profile-on-signal.cjs'),
      join(ROOT, script),
    ],
    {
      cwd: ROOT,
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-5_000)));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  for (let waited = 0; waited < 60_000; waited += 100) {
    if (child.exitCode !== null)
      throw new Error(`${script} exited with ${child.exitCode}: ${errors}`);
    const ready = await fetch(`${url}${readyPath}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url, pid: child.pid!, stop };
    await sleep(100);
  }
  await stop();
  throw new Error(`${script} did not start within a minute: ${errors}`);
}
