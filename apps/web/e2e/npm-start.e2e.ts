import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, WORKSPACE } from '../scripts/api-server';
import { openBrowser, type PersonBrowser } from './support/browser';

describe('npm start: the web UI and the API on one port', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'satupintu-npm-start-'));
  let stop: () => Promise<void> = async () => undefined;
  let browser: PersonBrowser | undefined;
  afterAll(async () => {
    await browser?.close();
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the UI at / and on its own routes, the API under /api, and logs in', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [join(WORKSPACE, 'scripts/start.mjs')], {
      cwd: WORKSPACE,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        SATUPINTU_DATA: dataDir,
        SATUPINTU_DEMO_CASES: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    stop = async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      await exited;
    };
    const url = `http://127.0.0.1:${port}`;
    for (let waited = 0; ; waited += 200) {
      if (child.exitCode !== null) throw new Error(`npm start exited:\n${output}`);
      if (waited > 120_000) throw new Error(`npm start did not answer:\n${output}`);
      if (
        await fetch(`${url}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await sleep(200);
    }

    for (const path of ['/', '/kotak-masuk', '/lacak/SP-AAAA-BBBB-CCCC-DDDD']) {
      const page = await fetch(`${url}${path}`);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await page.text()).toContain('<div id="root"></div>');
    }
    expect((await fetch(`${url}/api/nothing-here`)).status).toBe(404);
    expect(output).toContain('the web UI at /');

    browser = await openBrowser();
    await browser.page.goto(url);
    await browser.page.getByLabel('Nama pengguna').fill('admin');
    await browser.page.getByLabel('Kata sandi').fill('demo');
    await browser.page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await browser.page.getByTestId('me-name').waitFor();
    expect(new URL(browser.page.url()).pathname).toBe('/kotak-masuk');
  });
});
