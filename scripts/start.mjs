// `npm start`: the whole product on one port (PORT, default 3000), on the embedded store in
// SATUPINTU_DATA (default ./data), with projections in the same process. The API is run from
// its TypeScript sources through SWC (scripts/register.cjs); Ctrl-C stops it cleanly.
// Demo mode (unless SATUPINTU_DEMO=0): demo accounts, SATUPINTU_DEMO_CASES (default 40) demo files
// over every state, and the demo logins printed; a second start on the same data adds nothing.
// The web UI hook: once apps/web/dist exists, loadConfig() sets config.webUiDir and createApp()
// serves it through the WebUiMount passed to it (apps/api/src/app/web-ui.ts): the web module
// passes one from apps/api/src/main.ts; this script stays as it is.
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
