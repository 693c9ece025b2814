// The web UI's API types, generated from the server's own OpenAPI document:
//   npm run web:api-types          writes apps/web/src/api/schema.d.ts
//   ... api-types.ts --check        exits 1 when the committed file differs (the drift test runs it)
//   ... api-types.ts --workspace <dir>   reads the API of another checkout (e.g. a clean `git archive`)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApiServer } from './api-server';

export const SCHEMA_FILE = join(__dirname, '../src/api/schema.d.ts');

const HEADER = `// Generated from the API's OpenAPI document (GET /api/docs-json) by
// apps/web/scripts/api-types.ts with openapi-typescript. Do not edit: run
// \`npx nx run web:api-types\` after changing the API; a test fails while this file is stale.
`;

export async function fetchOpenApiDocument(workspace?: string): Promise<Record<string, unknown>> {
  const server = await startApiServer({ SATUPINTU_DEMO: '0' }, workspace);
  try {
    const response = await fetch(`${server.url}/api/docs-json`);
    if (!response.ok) throw new Error(`GET /api/docs-json answered ${response.status}`);
    return (await response.json()) as Record<string, unknown>;
  } finally {
    await server.stop();
  }
}

export async function generateSchema(document: Record<string, unknown>): Promise<string> {
  // openapi-typescript ships ES modules (Node 20.19 loads them with require as well).
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], {
    alphabetize: true,
  });
  // Formatted as the workspace formats everything, so `npm run format` leaves it as it is.
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(SCHEMA_FILE)) ?? {};
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: SCHEMA_FILE });
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const at = process.argv.indexOf('--workspace');
  const workspace = at > 0 ? process.argv[at + 1] : undefined;
  const schema = await generateSchema(await fetchOpenApiDocument(workspace));
  if (!check) {
    writeFileSync(SCHEMA_FILE, schema);
    console.log(`Wrote ${SCHEMA_FILE}`);
    return;
  }
  const committed = readFileSync(SCHEMA_FILE, 'utf8');
  if (committed !== schema) {
    console.error(
      'apps/web/src/api/schema.d.ts differs from the API: run `npx nx run web:api-types`',
    );
    process.exitCode = 1;
  } else {
    console.log('apps/web/src/api/schema.d.ts matches the API');
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
