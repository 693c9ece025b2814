import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const SRC = join(__dirname, '../../src');

/** Every source file of the UI (generated API types excluded), with its text. */
export function sourceFiles(extensions = /\.(ts|tsx)$/): Array<{ path: string; text: string }> {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(SRC)
    .filter((path) => extensions.test(path) && !path.endsWith('.d.ts'))
    .map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));
}
