import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export const DOCS_PATH = '/api/docs';
export const DOCS_JSON_PATH = '/api/docs-json';

/** swagger-ui-dist comes with @nestjs/swagger: found from there, so no separate dependency. */
function swaggerUiFolder(): string {
  return dirname(
    require.resolve('swagger-ui-dist/package.json', {
      paths: [dirname(require.resolve('@nestjs/swagger'))],
    }),
  );
}

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

const PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>SatuPintu API</title>
<link rel="stylesheet" href="${DOCS_PATH}/swagger-ui.css"><link rel="icon" href="${DOCS_PATH}/favicon-32x32.png"></head>
<body><div id="swagger-ui"></div><script src="${DOCS_PATH}/swagger-ui-bundle.js"></script><script src="${DOCS_PATH}/init.js"></script></body></html>`;

const INIT = `window.ui = SwaggerUIBundle({ url: '${DOCS_JSON_PATH}', dom_id: '#swagger-ui', persistAuthorization: true });`;

/**
 * OpenAPI at /api/docs-json and Swagger UI at /api/docs. The UI's files are served from
 * swagger-ui-dist here, not a CDN: the office LAN must work without the internet, and Nest's own
 * UI serving needs @fastify/static. These routes are Fastify's, outside Nest's guards: public.
 */
export function setupDocs(app: NestFastifyApplication): void {
  const config = new DocumentBuilder()
    .setTitle('SatuPintu API')
    .setDescription(
      'The one-stop personnel service desk (PTSP). Log in with POST /api/auth/login, then send `Authorization: Bearer <token>`.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup(DOCS_PATH, app, () => SwaggerModule.createDocument(app, config), {
    ui: false,
    raw: ['json'],
    jsonDocumentUrl: DOCS_JSON_PATH,
  });

  const fastify = app.getHttpAdapter().getInstance();
  const folder = swaggerUiFolder();
  const files = new Map<string, Buffer>();
  const asset = (file: string) =>
    files.get(file) ?? files.set(file, readFileSync(join(folder, file))).get(file)!;
  fastify.get(DOCS_PATH, (_request, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
  fastify.get(`${DOCS_PATH}/init.js`, (_request, reply) =>
    reply.type('application/javascript; charset=utf-8').send(INIT),
  );
  for (const [file, type] of Object.entries(ASSETS)) {
    fastify.get(`${DOCS_PATH}/${file}`, (_request, reply) =>
      reply.type(type).header('cache-control', 'public, max-age=86400').send(asset(file)),
    );
  }
}
