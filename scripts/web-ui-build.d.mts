/** Types of scripts/web-ui-build.mjs, for the tests that import it. */
export function webUiIsStale(root: string): boolean;
export function ensureWebUiBuilt(root: string): boolean;
