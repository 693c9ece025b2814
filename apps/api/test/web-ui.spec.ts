import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../src/app/create-app';
import { loadConfig } from '../src/config/app-config';
import { serveWebUi } from '../src/web-ui/serve-web-ui';

const PAGE = '<!doctype html><title>SatuPintu</title><div id="root"></div>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(2000))});`;

/** A built UI as Vite leaves it: index.html, hashed assets, and their pre-compressed copies. */
function builtUi(): string {
  const folder = mkdtempSync(join(tmpdir(), 'satupintu-web-dist-'));
  mkdirSync(join(folder, 'assets'));
  writeFileSync(join(folder, 'index.html'), PAGE);
  writeFileSync(join(folder, 'assets', 'index-abc123.js'), SCRIPT);
  writeFileSync(join(folder, 'assets', 'index-abc123.js.gz'), gzipSync(SCRIPT));
  return folder;
}

describe('API: the web UI served on the same port (npm start)', () => {
  let app: NestFastifyApplication;
  let url: string;
  let dist: string;
  let data: string;
  beforeAll(async () => {
    dist = builtUi();
    data = mkdtempSync(join(tmpdir(), 'satupintu-web-ui-'));
    app = await createApp(
      {
        ...loadConfig({ SATUPINTU_DATA: data }),
        port: 0,
        host: '127.0.0.1',
        logging: false,
        demo: false,
        webUiDir: dist,
      },
      { mountWebUi: serveWebUi },
    );
    url = await app.getUrl();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  });

  it('serves index.html at / and for the app routes, never cached, with its security policy', async () => {
    for (const path of ['/', '/kotak-masuk', '/berkas/berkas-123', '/lacak/SP-AAAA-BBBB?x=1']) {
      const response = await fetch(`${url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(await response.text()).toBe(PAGE);
    }
  });

  it('serves hashed assets for a year, compressed when the browser accepts it', async () => {
    const plain = await fetch(`${url}/assets/index-abc123.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('cache-control')).toContain('immutable');
    expect(await plain.text()).toBe(SCRIPT);

    const compressed = await fetch(`${url}/assets/index-abc123.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(compressed.headers.get('content-encoding')).toBe('gzip');
    expect(await compressed.text()).toBe(SCRIPT);
  });

  it('leaves /api to the API: its routes answer, an unknown one is the API 404', async () => {
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    const unknown = await fetch(`${url}/api/no-such-thing`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ statusCode: 404 });
    expect((await fetch(`${url}/api`)).status).toBe(404);
  });
});
