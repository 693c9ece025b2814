// Unit tests of the web UI: its pure parts (forms, layout, parsing, catalogue) and checks over
// its sources (no words outside the catalogue, API types in step with the server). The browser
// tests are in e2e/ (jest.e2e.config.cjs).
const path = require('node:path');
const preset = require('../../jest.preset.cjs');

const root = path.join(__dirname, '../..');
const base = preset(__dirname);
const swc = base.transform['^.+\\.tsx?$'][1];

module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/**/*.spec.ts', '<rootDir>/test/**/*.spec.tsx'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  transform: {
    '^.+\\.(tsx?|mjs)$': [
      '@swc/jest',
      {
        ...swc,
        jsc: {
          ...swc.jsc,
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
        },
      },
    ],
  },
  moduleNameMapper: {
    ...base.moduleNameMapper,
    '^@satupintu/ptsp/validation$': path.join(root, 'workflows/ptsp/src/validation/index.ts'),
    '^@satupintu/ptsp/organisation$': path.join(root, 'workflows/ptsp/src/organisation/index.ts'),
    '^@satupintu/ptsp/text$': path.join(root, 'workflows/ptsp/src/i18n/text.ts'),
    '^@satupintu/read-models/account-rules$': path.join(
      root,
      'libs/read-models/src/accounts/account-rules.ts',
    ),
  },
};
