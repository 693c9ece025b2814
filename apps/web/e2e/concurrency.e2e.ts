import { logIn, type PersonBrowser } from './support/browser';
import { serverWithBrowsers } from './support/server-with-browsers';
import { openFromInbox } from './support/desk';
import { see } from './support/expect-page';
import { receiveFiles } from './support/seed';

describe('Two people acting on the same file at once', () => {
  const app = serverWithBrowsers();

  it('ends with one success and one clear "the case has changed", showing what the other did', async () => {
    const [agenda] = await receiveFiles(app.server, 1);
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
