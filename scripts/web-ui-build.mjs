// Builds the web UI (apps/web → apps/web/dist) when it has not been built yet or its sources
// changed since, so `npm ci && npm start` serves it on a fresh clone. Vite takes a few seconds.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestChange(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Whether apps/web/dist is missing or older than what it is built from. */
export function webUiIsStale(root) {
  const built = join(root, 'apps/web/dist/index.html');
  if (!existsSync(built)) return true;
  const sources = [
    'apps/web/src',
    'apps/web/index.html',
    'apps/web/vite.config.ts',
    'package-lock.json',
    // The domain modules the UI bundles (see the aliases in apps/web/vite.config.ts).
    'workflows/ptsp/src/validation',
    'workflows/ptsp/src/organisation',
    'workflows/ptsp/src/i18n',
    'libs/read-models/src/accounts/account-rules.ts',
  ]
    .map((path) => join(root, path))
    .filter((path) => existsSync(path));
  return Math.max(...sources.map(newestChange)) > statSync(built).mtimeMs;
}

/** Builds the UI if needed; returns false when the build failed. */
export function ensureWebUiBuilt(root) {
  if (!existsSync(join(root, 'apps/web/vite.config.ts')) || !webUiIsStale(root)) return true;
  console.log('Building the web UI (apps/web → apps/web/dist)…');
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  return result.status === 0;
}
