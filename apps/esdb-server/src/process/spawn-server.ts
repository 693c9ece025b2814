import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
const READY = /listening on (\S+):(\d+) /;

export interface EsdbServerProcessOptions {
  /** The SQLite file of the log. */
  file: string;
  /** Default 0: a free port, read back from the server's first line. */
  port?: number;
  /** More command-line options (--tls-cert, --user, ...). */
  args?: string[];
  /** How long to wait for the server to listen. Default 30 s. */
  startTimeoutMs?: number;
}

export interface EsdbServerProcess {
  port: number;
  /** `esdb://127.0.0.1:<port>?tls=false` (insecure servers only). */
  connectionString: string;
  process: ChildProcess;
  /** What the server printed (for failure messages). */
  output(): string;
  /** Sends the signal and resolves once the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * The server as `npx nx serve esdb-server` runs it, in a process of its own: for tests that
 * need it to go away for real (SIGKILL) and for the benchmark.
 */
export async function spawnEsdbServer(
  options: EsdbServerProcessOptions,
): Promise<EsdbServerProcess> {
  const child = spawn(
    process.execPath,
    [
      '-r',
      join(ROOT, 'scripts/register.cjs'),
      join(ROOT, 'apps/esdb-server/src/main.ts'),
      '--port',
      String(options.port ?? 0),
      '--db',
      options.file,
      ...(options.args ?? []),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The server did not start in time:\n${output}`)),
      options.startTimeoutMs ?? 30_000,
    );
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-20_000);
      const ready = READY.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolvePort(Number(ready[2]));
      }
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with ${code}:\n${output}`));
    });
  });
  return {
    port,
    connectionString: `esdb://127.0.0.1:${port}?tls=false`,
    process: child,
    output: () => output,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
