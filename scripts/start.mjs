// `npm start`: the whole product on one port (PORT, default 3000), on the embedded store in
// SATUPINTU_DATA (default ./data), with projections in the same process. The API is run from
// its TypeScript sources through SWC (scripts/register.cjs); Ctrl-C stops it cleanly.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const child = spawn(
  process.execPath,
  ['-r', join(root, 'scripts/register.cjs'), join(root, 'apps/api/src/main.ts')],
  { stdio: 'inherit', cwd: process.cwd(), env: process.env },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
