import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { WORKSPACE } from '../../scripts/api-server';

/** Debian's chromium (installed by .ci/run); CHROMIUM_PATH overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

/** Screenshots land here (git-ignored: artifacts/ is in .gitignore). */
export const SCREENSHOTS = join(WORKSPACE, 'artifacts/web');

/** One browser as a person opens it: its own process and a fresh profile (--user-data-dir). */
export interface PersonBrowser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function openBrowser(
  viewport: { width: number; height: number } = DESKTOP,
  options: { locale?: string } = {},
): Promise<PersonBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'satupintu-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
    locale: options.locale ?? 'id-ID',
    timezoneId: 'Asia/Makassar',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Logs in through the form, as a person does; resolves on the inbox. */
export async function logIn(
  page: Page,
  baseUrl: string,
  username: string,
  password = 'demo',
): Promise<void> {
  await page.goto(`${baseUrl}/masuk`);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByTestId('me-name').waitFor();
}

/** Saves a full-page screenshot at both sizes the office uses: a desk PC and a phone. */
export async function screenshotBoth(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const original = page.viewportSize() ?? DESKTOP;
  for (const [size, viewport] of [
    ['1366x768', DESKTOP],
    ['phone-390', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${size}.png`), fullPage: true });
  }
  await page.setViewportSize(original);
}
