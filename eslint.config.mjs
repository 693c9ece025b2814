// One lint config for the whole workspace. The second block is the purity rule:
// the workflows and the domain libraries may not reach for a framework or a database.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const impure = [
  { group: ['@nestjs/*', 'fastify', '@fastify/*'], message: 'The domain is pure: no web framework here.' },
  { group: ['better-sqlite3', '@eventstore/*', 'node:fs', 'fs'], message: 'The domain is pure: no database or file access here.' },
];
const storage = [
  { group: ['@satupintu/event-store', '@satupintu/event-store/*'], message: 'Workflows do not know how events are stored.' },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'tmp/**', '**/*.cjs', '**/*.mjs', 'apps/web/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['libs/engine/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/test/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: impure }] },
  },
  {
    files: ['workflows/**/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/test/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...impure, ...storage] }] },
  },
);
