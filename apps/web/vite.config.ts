import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const root = __dirname;
const workspace = resolve(root, '../..');

/** Files worth compressing ahead of time: the server sends these .br/.gz copies as they are. */
const COMPRESSIBLE = /\.(js|css|html|svg|json)$/;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Pre-compresses the build once, so the API serves it compressed at no cost per request. */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'satupintu:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of filesUnder(outDir).filter((f) => COMPRESSIBLE.test(f))) {
        const content = readFileSync(file);
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    alias: {
      '@satupintu/ptsp/validation': join(workspace, 'workflows/ptsp/src/validation/index.ts'),
      '@satupintu/ptsp/organisation': join(workspace, 'workflows/ptsp/src/organisation/index.ts'),
      '@satupintu/ptsp/text': join(workspace, 'workflows/ptsp/src/i18n/text.ts'),
      '@satupintu/read-models/account-rules': join(
        workspace,
        'libs/read-models/src/accounts/account-rules.ts',
      ),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      // react-router marks its modules "use client" for server components; a plain browser
      // bundle has nothing to preserve.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  plugins: [precompress()],
});
