import { logIn } from './support/browser';
import { serverWithBrowsers } from './support/server-with-browsers';
import { see } from './support/expect-page';
import { apiToken, receiveFiles } from './support/seed';

describe('Live updates (server-sent events read with fetch)', () => {
  const app = serverWithBrowsers();

  it('puts a newly received file in the verifier’s open inbox and takes it out once verified elsewhere', async () => {
    const [first] = await receiveFiles(app.server, 1);
    const browser = await app.openBrowser();
    const { page } = browser;
    await logIn(page, app.server.url, 'verifier');
    await see(page.getByTestId('live-status')).toContainText('Pembaruan langsung aktif');
    await see(page.getByTestId('queue-count')).toContainText('Menampilkan 1 dari 1 berkas');

    // The front office receives another file: it appears without a reload, marked as changed.
    const [second] = await receiveFiles(app.server, 1);
    const row = page.getByTestId('queue-row').filter({ hasText: second });
    await see(row).toHaveCount(1);
    await see(row).toContainText('baru berubah');
    await see(page.getByTestId('queue-count')).toContainText('Menampilkan 2 dari 2 berkas');

    // The first is verified from elsewhere (another desk): it leaves this inbox.
    const token = await apiToken(app.server, 'verifier');
    const cases = (await (
      await fetch(`${app.server.url}/api/cases?mine=true`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as { items: Array<{ id: string; agendaNumber: string; revision: number }> };
    const target = cases.items.find((c) => c.agendaNumber === first)!;
    const verified = await fetch(`${app.server.url}/api/cases/${target.id}/actions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ type: 'verify_complete', expectedRevision: target.revision }),
    });
    expect(verified.status).toBe(200);
    await see(page.getByTestId('queue-row').filter({ hasText: first })).toHaveCount(0);
    await see(page.getByTestId('queue-count')).toContainText('Menampilkan 1 dari 1 berkas');
  });

  it('tells someone looking at a file that another person just moved it', async () => {
    const [agenda] = await receiveFiles(app.server, 1);
    const browser = await app.openBrowser();
    const { page } = browser;
    await logIn(page, app.server.url, 'verifier');
    await page.getByTestId('queue-row').filter({ hasText: agenda }).click();
    await see(page.getByTestId('case-state')).toContainText('Pemeriksaan kelengkapan');

    const token = await apiToken(app.server, 'verifier');
    const id = new URL(page.url()).pathname.split('/')[2];
    const answer = await fetch(`${app.server.url}/api/cases/${id}/actions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        type: 'return_incomplete',
        expectedRevision: 0,
        missingDocuments: ['SK_CPNS'],
      }),
    });
    expect(answer.status).toBe(200);
    await see(page.getByTestId('case-changed')).toContainText('Dikembalikan karena belum lengkap');
    await see(page.getByTestId('case-state')).toContainText('Dikembalikan, menunggu kelengkapan');
    await see(page.locator('[data-current="true"]')).toContainText('Dikembalikan');
  });
});
