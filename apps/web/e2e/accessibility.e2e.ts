import { logIn, PHONE } from './support/browser';
import { serverWithBrowsers } from './support/server-with-browsers';
import { see } from './support/expect-page';
import { accessibilityProblems } from './support/audit-page';

describe('Readable and usable by everyone at the desk', () => {
  const app = serverWithBrowsers({ SATUPINTU_DEMO_CASES: '20' });
  const open = async (viewport?: { width: number; height: number }) => {
    const browser = await app.openBrowser(viewport);
    return browser.page;
  };

  it('speaks Bahasa Indonesia first and remembers English once chosen', async () => {
    const page = await open();
    await page.goto(`${app.server.url}/masuk`);
    await see(page.getByRole('heading', { level: 1 })).toContainText('Masuk ke SatuPintu');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
    await page.getByRole('button', { name: 'English' }).click();
    await see(page.getByRole('heading', { level: 1 })).toContainText('Log in to SatuPintu');
    await page.reload();
    await see(page.getByRole('heading', { level: 1 })).toContainText('Log in to SatuPintu');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('logs in and reaches a file with the keyboard alone', async () => {
    const page = await open();
    await page.goto(`${app.server.url}/masuk`);
    // The username field has the focus on arrival.
    await page.waitForFunction(() => document.activeElement?.id === 'username');
    await page.keyboard.type('verifier');
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo');
    await page.keyboard.press('Enter');
    await page.getByTestId('me-name').waitFor();
    await page.getByTestId('queue-row').first().focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('case-state').waitFor();
    // On the new page the keyboard goes on from its heading.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    // Tabbing from there reaches the file's first action.
    for (let presses = 0; presses < 10; presses++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('.action-buttons') !== null))
        break;
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'action-form-heading');

    // After a reload, the skip link is the first stop and leads past the header.
    await page.reload();
    await page.getByTestId('case-state').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
  });

  it('finds an unnamed control and pale text when there are some (the audit itself works)', async () => {
    const page = await open();
    await page.setContent(
      '<body style="background:#fff"><input id="x"><p style="color:#bbb">pale words</p><label>Name <input></label></body>',
    );
    expect(await accessibilityProblems(page)).toEqual([
      'no accessible name: input#x',
      expect.stringMatching(/^contrast 1\.\d+: p "pale words"$/),
    ]);
  });

  it('names every control and keeps text contrast at WCAG AA, at the desk and on a phone', async () => {
    for (const viewport of [undefined, PHONE]) {
      const page = await open(viewport);
      await logIn(page, app.server.url, 'front-office');
      const pages: Array<[string, string]> = [
        ['/kotak-masuk', 'queue-row'],
        ['/penerimaan', 'receive-serviceCode'],
        ['/lacak', 'tracking-code'],
      ];
      for (const [path, ready] of pages) {
        await page.goto(`${app.server.url}${path}`);
        await page.locator(`[data-testid="${ready}"], #${ready}`).first().waitFor();
        if (path === '/penerimaan') await page.getByLabel('Jenis layanan').selectOption('KP-REG');
        expect({ path, problems: await accessibilityProblems(page) }).toEqual({
          path,
          problems: [],
        });
      }
      await page.goto(`${app.server.url}/kotak-masuk`);
      await page.getByTestId('queue-row').first().click();
      await page.getByTestId('case-state').waitFor();
      expect({ path: 'case page', problems: await accessibilityProblems(page) }).toEqual({
        path: 'case page',
        problems: [],
      });
      // No sideways scrolling on a phone.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });
});
