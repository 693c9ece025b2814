import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join, resolve } from 'node:path';

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');

/** Starts a TypeScript child process the way the workspace runs scripts: swc-node with the tsconfig paths. */
export function spawnTypeScript(script: string, args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['-r', '@swc-node/register', script, ...args], {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: join(WORKSPACE_ROOT, 'tsconfig.base.json') },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

export interface FinishedChild {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function untilExit(child: ChildProcessWithoutNullStreams): Promise<FinishedChild> {
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolvePromise({ code, signal, stdout, stderr }));
  });
}
