import type { ApiServer } from '../scripts/api-server';
import { logIn, type PersonBrowser } from './support/browser';
import { serverWithBrowsers } from './support/server-with-browsers';
import { openFromInbox } from './support/desk';
import { see } from './support/expect-page';

/** Receives a complete KP-REG file over the API (setup, not under test) and returns its agenda number. */
async function receiveFile(server: ApiServer): Promise<string> {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'front-office', password: 'demo' }),
  });
  const { token } = (await login.json()) as { token: string };
  const services = (await (
    await fetch(`${server.url}/api/services`, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as Array<{ code: string; documents: Array<{ code: string; required: boolean }> }>;
  const service = services.find((s) => s.code === 'KP-REG')!;
  const created = await fetch(`${server.url}/api/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      serviceCode: 'KP-REG',
      applicant: { nip: '198712242012122001', name: 'Rahmawati Anshari', phone: '081251239876' },
      submittedDocuments: service.documents.filter((d) => d.required).map((d) => d.code),
    }),
  });
  expect(created.status).toBe(201);
  return ((await created.json()) as { agendaNumber: string }).agendaNumber;
}

describe('Two people acting on the same file at once', () => {
  const app = serverWithBrowsers();

  it('ends with one success and one clear "the case has changed", showing what the other did', async () => {
    const agenda = await receiveFile(app.server);
    // The verifier at the desk confirms it complete while the front office withdraws it.
    const verifier = await app.openBrowser();
    const frontOffice = await app.openBrowser();
    await logIn(verifier.page, app.server.url, 'verifier');
    await logIn(frontOffice.page, app.server.url, 'front-office');
    await openFromInbox(verifier.page, agenda);
    await frontOffice.page.goto(verifier.page.url());
    await frontOffice.page.getByTestId('case-state').waitFor();

    await verifier.page.getByRole('button', { name: 'Nyatakan lengkap', exact: true }).click();
    await frontOffice.page.getByRole('button', { name: 'Tarik berkas', exact: true }).click();
    await frontOffice.page.getByLabel('Alasan').fill('Pemohon membatalkan pengajuan');
    await Promise.all([
      verifier.page.getByTestId('action-submit').click(),
      frontOffice.page.getByTestId('action-submit').click(),
    ]);

    const outcome = async (browser: PersonBrowser) => {
      const done = browser.page.getByTestId('action-done');
      const changed = browser.page.getByTestId('case-changed');
      await see(done.or(changed)).toBeVisible();
      return (await done.isVisible()) ? 'done' : 'changed';
    };
    const outcomes = await Promise.all([outcome(verifier), outcome(frontOffice)]);
    expect([...outcomes].sort()).toEqual(['changed', 'done']);

    const loser = outcomes[0] === 'changed' ? verifier : frontOffice;
    const winnerStep = outcomes[0] === 'changed' ? 'Berkas ditarik' : 'Dinyatakan lengkap';
    const notice = loser.page.getByTestId('case-changed');
    await see(notice).toContainText('Berkas ini telah berubah');
    await see(notice).toContainText(winnerStep);
    // The loser sees the file as it is now, not as it was.
    const stateNow = outcomes[0] === 'changed' ? 'Ditarik kembali' : 'Menunggu disposisi';
    await see(loser.page.getByTestId('case-state')).toContainText(stateNow);
  });
});
