// @ts-check
'use strict';

/**
 * A projection thread's entry (see projection-thread.ts). Plain JavaScript, so that it starts the
 * same way from sources and from compiled code: from sources (development, tests) the host module
 * is TypeScript and is compiled on load with SWC, honouring the workspace's path aliases.
 */
const { existsSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { workerData } = require('node:worker_threads');

/** @param {string} from */
function workspaceTsconfig(from) {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'tsconfig.base.json');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`No tsconfig.base.json above ${from}`);
}

const { host } = /** @type {{ host: string }} */ (workerData);
if (host.endsWith('.ts')) {
  process.env.SWC_NODE_PROJECT ??= workspaceTsconfig(__dirname);
  require('@swc-node/register');
}
require(host);
