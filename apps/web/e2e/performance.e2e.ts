import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WORKSPACE } from '../scripts/api-server';
import { logIn } from './support/browser';
import { serverWithBrowsers } from './support/server-with-browsers';
import { see } from './support/expect-page';
import { receiveFiles } from './support/seed';

const DIST = join(WORKSPACE, 'apps/web/dist');
const BUDGET_BYTES = 300 * 1024;

/** The scripts index.html loads before anything else: its entry and the modules it preloads. */
function initialScripts(): string[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  return [
    ...html.matchAll(
      /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g,
    ),
  ].map((m) => m[1]);
}

describe('A fast UI on a modest office PC', () => {
  const app = serverWithBrowsers();

  it('loads under 300 KB of compressed JavaScript, in the build and in the browser', async () => {
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce(
      (sum, src) => sum + gzipSync(readFileSync(join(DIST, src)), { level: 9 }).length,
      0,
    );
    expect(gzipped).toBeLessThan(BUDGET_BYTES);

    // What a browser really fetches to show the first page (the login form), as the server sends it.
    const browser = await app.openBrowser();
    await browser.page.goto(`${app.server.url}/masuk`);
    await browser.page.getByLabel('Nama pengguna').waitFor();
    const fetched = await browser.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter(
          (entry) =>
            (entry as PerformanceResourceTiming).initiatorType === 'script' ||
            entry.name.endsWith('.js'),
        )
        .map((entry) => (entry as PerformanceResourceTiming).encodedBodySize),
    );
    const transferred = fetched.reduce((sum, size) => sum + size, 0);
    expect(fetched.length).toBeGreaterThan(0);
    expect(transferred).toBeLessThan(BUDGET_BYTES);
  });

  it('shows a queue of 1,000 files with only the rows in view in the page', async () => {
    const agendas = await receiveFiles(app.server, 1000);
    const browser = await app.openBrowser();
    const { page } = browser;
    await logIn(page, app.server.url, 'verifier');
    await see(page.getByTestId('queue-count')).toContainText(
      'Menampilkan 1000 dari 1000 berkas',
      60_000,
    );

    const rows = page.getByTestId('queue-row');
    await see(rows.first()).toContainText(agendas[0]);
    const rendered = await rows.count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(40);

    // Scrolled to the end: the newest file is there, and still only a screenful of rows.
    // Rows are measured as they appear, so the list's height settles while it scrolls: keep
    // going to the end until it stops growing, as a person drags the bar until it stops.
    await page.getByTestId('queue-scroller').evaluate(async (scroller) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      let settled = 0;
      for (let tries = 0; tries < 200 && settled < 5; tries++) {
        const before = scroller.scrollHeight;
        scroller.scrollTo(0, scroller.scrollHeight);
        await frame();
        const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
        settled = atEnd && scroller.scrollHeight === before ? settled + 1 : 0;
      }
    });
    await see(rows.last()).toContainText(agendas[agendas.length - 1]);
    expect(await rows.count()).toBeLessThan(40);

    // Filtering the thousand is immediate and keeps the list short.
    await page.getByLabel('Cari').fill(agendas[500]);
    await see(page.getByTestId('queue-count')).toContainText('Menampilkan 1 dari 1000 berkas');
    await see(rows).toHaveCount(1);
  }, 600_000);
});
