// Runs TypeScript sources directly (CLI, API, benchmarks): SWC compiles on load, honouring
// tsconfig.base.json's path aliases and decorator metadata (NestJS needs it).
process.env.SWC_NODE_PROJECT ??= require('node:path').join(__dirname, '..', 'tsconfig.base.json');
require('@swc-node/register');
