// `npm start`: the whole product on one port (PORT, default 3000), on the embedded store in
// SATUPINTU_DATA (default ./data), with projections in the same process. The API is run from
// its TypeScript sources through SWC (scripts/register.cjs); Ctrl-C stops it cleanly.
// Demo mode (unless SATUPINTU_DEMO=0): demo accounts, SATUPINTU_DEMO_CASES (default 40) demo files
// over every state, and the demo logins printed; a second start on the same data adds nothing.
// The web UI: built first when apps/web/dist is missing or older than its sources
// (scripts/web-ui-build.mjs); then loadConfig() sets config.webUiDir and apps/api/src/main.ts
// serves it on the same port (apps/api/src/web-ui/serve-web-ui.ts), the API staying under /api.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWebUiBuilt } from './web-ui-build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!ensureWebUiBuilt(root)) {
  console.error('The web UI did not build (see above); fix it, or delete apps/web/dist and retry.');
  process.exit(1);
}
const child = spawn(
  process.execPath,
  // A larger young generation: a command's short-lived objects die there in fewer scavenges
  // (garbage collection took about a tenth of the event loop under load with the default).
  [
    '--max-semi-space-size=32',
    '-r',
    join(root, 'scripts/register.cjs'),
    join(root, 'apps/api/src/main.ts'),
  ],
  { stdio: 'inherit', cwd: process.cwd(), env: process.env },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
