// The Dockerfile's build step: compiles the API and the libraries it uses from TypeScript to
// CommonJS with SWC (the compiler `npm start` uses on the fly), rewriting the tsconfig path
// aliases to relative requires, so the runtime image needs neither SWC nor the sources.
//
//     node docker/compile.mjs [outDir]      (default: dist/server)
//
// Output mirrors the source tree (outDir/apps/api/src/main.js, outDir/libs/…); files that are
// not TypeScript (.cjs, .json) are copied as they are. Specs and test folders are left out.
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformFileSync } from '@swc/core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, process.argv[2] ?? 'dist/server');
const SOURCE_ROOTS = ['apps/api/src', 'libs', 'workflows'];
const SKIP = /(\.spec\.ts|\.d\.ts|\.d\.cts)$|\/(test|testing|node_modules|dist)\//;

const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

rmSync(outDir, { recursive: true, force: true });
let compiled = 0;
for (const sourceRoot of SOURCE_ROOTS) {
  for (const file of files(join(root, sourceRoot))) {
    const path = relative(root, file);
    if (
      SKIP.test(`/${path}`) ||
      (sourceRoot !== 'apps/api/src' && !path.split('/').includes('src'))
    )
      continue;
    const target = join(outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    if (!path.endsWith('.ts')) {
      if (/\.(cjs|json)$/.test(path)) copyFileSync(file, target);
      continue;
    }
    const { code } = transformFileSync(file, {
      swcrc: false,
      sourceMaps: false,
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
        baseUrl: root,
        paths: compilerOptions.paths,
      },
      module: { type: 'commonjs' },
    });
    writeFileSync(target.replace(/\.ts$/, '.js'), code);
    compiled += 1;
  }
}
console.log(`compiled ${compiled} files into ${relative(root, outDir)}`);
