import { join } from 'node:path';
import { logIn, PHONE, SCREENSHOTS, screenshotBoth } from './support/browser';
import { accessibilityProblems } from './support/audit-page';
import { see } from './support/expect-page';
import { appointPlh, asUser, fileAwaitingInitials, type Driven } from './support/oversight-setup';
import { serverWithBrowsers } from './support/server-with-browsers';

interface OfficialWaits {
  post: string;
  count: number;
  officials: Array<{ name: string }>;
  delegation: { acting: { name: string } } | null;
}

interface BottleneckRows {
  rows: Array<{ state: string; wip: { count: number }; finished: { count: number } | null }>;
}

/**
 * The supervisor's page of where files wait (Pengawasan), in the browser against the real server
 * with the demo files: the waits per official (count, Plh), the figures' sections, the heatmap
 * with thresholds the supervisor chooses; and nobody else gets in.
 */
describe('Pengawasan: where files wait, for the supervisor', () => {
  const app = serverWithBrowsers({ SATUPINTU_DEMO_CASES: '20' });
  let ours: Driven;
  beforeAll(async () => {
    // Given a file of ours waiting for Kasubbid Kepangkatan's initials, whose post a Plh covers.
    ours = await fileAwaitingInitials(app.server, 1);
    await appointPlh(app.server, 'kasubbid-kepangkatan', 'kasubbid-mutasi');
  });
  const open = async (viewport?: { width: number; height: number }) => {
    const browser = await app.openBrowser(viewport);
    return browser.page;
  };

  it('shows how many files wait for each official, since when, and the Plh who covers them', async () => {
    const expected = (
      await asUser.get<{ officials: OfficialWaits[] }>(
        app.server,
        'supervisor',
        '/api/analytics/initials',
      )
    ).officials.find((official) => official.post === 'Kasubbid Kepangkatan')!;
    expect(expected.count).toBeGreaterThanOrEqual(1);

    const page = await open();
    await logIn(page, app.server.url, 'supervisor');
    await page.getByRole('link', { name: 'Pengawasan' }).click();
    await see(page.getByRole('heading', { level: 1 })).toContainText('Pengawasan');

    const row = page.locator('[data-testid="official-waits"][data-post="Kasubbid Kepangkatan"]');
    await see(row).toHaveCount(1);
    await see(row).toContainText('Kepala Sub Bidang Kepangkatan (demo)');
    await see(row.getByTestId('official-count')).toContainText(String(expected.count));
    await see(row.getByTestId('official-delegation')).toContainText(
      'Ada Plh: Kepala Sub Bidang Mutasi (demo)',
    );
    // Its files, oldest first, include ours, each a link to the file.
    await row.getByText(/^Berkas terlama/).click();
    await see(row.getByRole('link', { name: ours.agendaNumber })).toBeVisible();
    // Longest wait first: the rows' counts come in the API's order, and a post without a Plh says so.
    const posts = await page
      .getByTestId('official-waits')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-post')));
    const fromApi = (
      await asUser.get<{ officials: OfficialWaits[] }>(
        app.server,
        'supervisor',
        '/api/analytics/initials',
      )
    ).officials.map((official) => official.post);
    expect(posts).toEqual(fromApi);
    await see(
      page
        .locator('[data-testid="official-waits"]:not([data-post="Kasubbid Kepangkatan"])')
        .first(),
    ).toContainText('Tidak ada Plh');

    // The other figures are on the same page: time in state first, each state's files now and
    // its stays finished in the period (the last 30 days, the API's default too), as the API counts them.
    const initialsRow = page.getByTestId('bottlenecks-table').locator('tr[data-state="initials"]');
    await see(initialsRow).toContainText('Menunggu paraf');
    const initialsFigures = (
      await asUser.get<BottleneckRows>(app.server, 'supervisor', '/api/analytics/bottlenecks')
    ).rows.find((row) => row.state === 'initials')!;
    expect(initialsFigures.wip.count).toBeGreaterThanOrEqual(1);
    const [wipCell, , finishedCell] = [0, 1, 2].map((i) => initialsRow.locator('td').nth(i));
    const exactly = (count: number) => new RegExp(`^\\s*${count}\\s*$`);
    await see(wipCell).toContainText(exactly(initialsFigures.wip.count));
    await see(finishedCell).toContainText(exactly(initialsFigures.finished?.count ?? 0));
    await see(page.getByTestId('sla-services')).toContainText('Kenaikan Pangkat Reguler');
    await see(page.getByTestId('throughput-services')).toContainText('Kenaikan Pangkat Reguler');
    await page.getByTestId('throughput-chart').waitFor();
    await see(page.locator('#ikm')).toContainText('Indeks Kepuasan Masyarakat');
    await page.getByTestId('heatmap').locator('[data-state="initials"]').first().waitFor();
    // Every control named, every text readable (WCAG AA).
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshotBoth(page, 'oversight');
  });

  it('colours the workflow diagram by files in each state, against the thresholds the supervisor sets', async () => {
    const page = await open();
    await logIn(page, app.server.url, 'supervisor');
    await page.goto(`${app.server.url}/pengawasan#heatmap`);
    await page.getByLabel('Ukuran').selectOption({ label: 'Berkas yang sedang di status' });
    await page.getByLabel('Perlu perhatian mulai (berkas)').fill('1');
    await page.getByLabel('Kritis mulai (berkas, tidak wajib)').fill('3');
    await page.getByRole('button', { name: 'Warnai' }).click();

    const heat = await asUser.get<{ states: Array<{ state: string; level: number | null }> }>(
      app.server,
      'supervisor',
      '/api/analytics/heatmap?metric=wip&thresholds=1,3',
    );
    const initials = heat.states.find((s) => s.state === 'initials')!;
    expect(initials.level).not.toBeNull();
    const node = page.getByTestId('heatmap').locator('g.diagram-node[data-state="initials"]');
    await see(node).toHaveCount(1);
    for (let tries = 0; ; tries++) {
      const classes = (await node.getAttribute('class')) ?? '';
      if (classes.includes(`heat-${Math.min(initials.level!, 2)}`)) break;
      if (tries > 100)
        throw new Error(`initials is drawn as "${classes}", not heat-${initials.level}`);
      await page.waitForTimeout(100);
    }
    // A wrong threshold is explained, not sent.
    await page.getByLabel('Kritis mulai (berkas, tidak wajib)').fill('1');
    await page.getByRole('button', { name: 'Warnai' }).click();
    await see(page.locator('#heatmap-errors')).toContainText(
      'Ambang kritis harus lebih besar dari ambang perlu perhatian.',
    );
    await page.getByTestId('heatmap').screenshot({
      path: join(SCREENSHOTS, 'oversight-heatmap-1366x768.png'),
    });
  });

  it('reads on a phone: each official a card with the figures named', async () => {
    const page = await open(PHONE);
    await logIn(page, app.server.url, 'supervisor');
    await page.goto(`${app.server.url}/pengawasan`);
    const row = page.locator('[data-testid="official-waits"][data-post="Kasubbid Kepangkatan"]');
    await see(row).toContainText('Kepala Sub Bidang Kepangkatan (demo)');
    const fits = await page.evaluate(
      () => document.documentElement.scrollWidth <= window.innerWidth,
    );
    expect(fits).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('is not for the desk: no menu entry, and the page says so', async () => {
    const page = await open();
    await logIn(page, app.server.url, 'front-office');
    await see(page.getByRole('link', { name: 'Pengawasan' })).toHaveCount(0);
    await page.goto(`${app.server.url}/pengawasan`);
    await see(page.getByText('Anda tidak berwenang melakukan ini.')).toBeVisible();
  });
});
