import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic, { type FastifyStaticOptions } from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { WebUiMount } from '../app/web-ui';

/** Vite names every built asset by its content hash: a browser may keep it forever. */
const HASHED_ASSET = /\/assets\//;

/**
 * The page's own rules: scripts, styles and requests only from this server (the office LAN may
 * have no internet, and nothing else has any business running here); QR codes are data: images.
 */
export const WEB_UI_SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; " +
    "media-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

/** What the catch-all needs of a reply (Nest brings its own copy of Fastify's types). */
interface PageReply {
  headers(values: Record<string, string>): PageReply;
  type(contentType: string): PageReply;
  send(payload: Buffer): unknown;
}

function sendPage(reply: PageReply, page: Buffer): unknown {
  return reply
    .headers({ ...WEB_UI_SECURITY_HEADERS, 'cache-control': 'no-cache' })
    .type('text/html; charset=utf-8')
    .send(page);
}

// @fastify/static is typed against the workspace's Fastify, Nest's adapter against its own copy
// of the same major version: the plugin is the same at run time.
type NestPlugin = Parameters<NestFastifyApplication['register']>[0];

/**
 * Serves the built web UI (apps/web/dist) beside the API: its files (pre-compressed .br/.gz
 * when the browser accepts them), and index.html for every other GET outside /api, so the
 * single-page app's own routes (/kotak-masuk, /berkas/…, /lacak/<code>) load on a reload or
 * from a link. Under /api an unknown path stays the API's 404.
 */
export const serveWebUi: WebUiMount = async (app: NestFastifyApplication, folder: string) => {
  const page = readFileSync(join(folder, 'index.html'));
  const options: FastifyStaticOptions = {
    root: folder,
    // Files are listed once at start: a build is deployed as a whole, and the catch-all below
    // must stay free for the app's routes.
    wildcard: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header(
        'cache-control',
        HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      if (path.endsWith('.html'))
        for (const [name, value] of Object.entries(WEB_UI_SECURITY_HEADERS))
          reply.header(name, value);
    },
  };
  await app.register(fastifyStatic as unknown as NestPlugin, options);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/', (_request, reply) => sendPage(reply, page));
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?', 1)[0];
    if (path === '/api' || path.startsWith('/api/')) return reply.callNotFound();
    return sendPage(reply, page);
  });
};
