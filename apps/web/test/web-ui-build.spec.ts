import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webUiIsStale } from '../../../scripts/web-ui-build.mjs';

/** A workspace with the UI's sources, optionally built, each file dated `at` seconds. */
function workspace(files: Record<string, number>): string {
  const root = mkdtempSync(join(tmpdir(), 'satupintu-start-'));
  for (const [path, at] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), '');
    utimesSync(join(root, path), at, at);
  }
  return root;
}

describe('npm start builds the web UI when it needs to', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
  const make = (files: Record<string, number>) => {
    const root = workspace(files);
    roots.push(root);
    return root;
  };

  it('builds on a fresh clone (no apps/web/dist)', () => {
    expect(webUiIsStale(make({ 'apps/web/src/main.tsx': 1_000 }))).toBe(true);
  });

  it('builds again when a source changed after the build', () => {
    const root = make({
      'apps/web/src/main.tsx': 1_000,
      'apps/web/src/queue/QueuePage.tsx': 3_000,
      'apps/web/dist/index.html': 2_000,
    });
    expect(webUiIsStale(root)).toBe(true);
  });

  it('builds again when a domain module the UI bundles changed', () => {
    const root = make({
      'apps/web/src/main.tsx': 1_000,
      'workflows/ptsp/src/validation/nip.ts': 3_000,
      'apps/web/dist/index.html': 2_000,
    });
    expect(webUiIsStale(root)).toBe(true);
  });

  it('starts at once when the build is newer than every source', () => {
    const root = make({
      'apps/web/src/main.tsx': 1_000,
      'apps/web/index.html': 1_000,
      'apps/web/dist/index.html': 2_000,
    });
    expect(webUiIsStale(root)).toBe(false);
  });
});
