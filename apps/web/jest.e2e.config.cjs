// Browser tests: playwright-core drives Debian's chromium against the real server (started on a
// temporary data folder and a free port) serving the built UI (the e2e target builds it first).
// One file at a time: each starts its own server and browsers, and the machine is shared.
const unit = require('./jest.config.cjs');

module.exports = {
  ...unit,
  testMatch: ['<rootDir>/e2e/**/*.e2e.ts'],
  testTimeout: 240_000,
  maxWorkers: 1,
};
