import { logIn, PHONE, screenshotBoth, type PersonBrowser } from './support/browser';
import { serverWithBrowsers } from './support/server-with-browsers';
import { act, openFromInbox } from './support/desk';
import { see } from './support/expect-page';

/**
 * The story, in the browser, each step by the user who would do it, logging in through
 * the form: a file received incomplete, returned, completed, verified, disposed, drafted, initialled
 * (the first official's initials by a Plh an admin appoints in the admin page), signed, numbered
 * and handed over; then the public tracking page shows it done.
 */
describe('The whole story of a file, in the browser', () => {
  const app = serverWithBrowsers({ SATUPINTU_DEMO_CASES: '40' });

  async function as<T>(username: string, work: (browser: PersonBrowser) => Promise<T>): Promise<T> {
    const browser = await app.openBrowser();
    try {
      await logIn(browser.page, app.server.url, username);
      return await work(browser);
    } finally {
      await browser.close();
    }
  }

  it('goes from the front office to the applicant, and the tracking page shows it done', async () => {
    // Thirteen people log in one after another, each in a browser of their own.
    // The front office receives a KP-REG file without the SK CPNS.
    const { agenda, trackingCode } = await as('front-office', async ({ page }) => {
      await page.getByRole('link', { name: 'Penerimaan berkas' }).click();
      await page.getByLabel('Jenis layanan').selectOption({ label: 'Kenaikan Pangkat Reguler' });
      for (const document of [
        'Surat pengantar dari perangkat daerah',
        'Salinan sah SK pangkat terakhir',
        'SKP 2 tahun terakhir, nilai minimal "baik"',
        'Salinan sah SK PNS',
        'Salinan Kartu Pegawai (Karpeg)',
      ])
        await page.getByLabel(document).check();
      await see(page.getByText('1 dokumen wajib belum dicentang')).toBeVisible();

      // The NIP is checked as it is typed.
      const nip = page.getByLabel('NIP', { exact: true });
      await nip.fill('19850312');
      await see(page.locator('#receive-nip-errors')).toContainText(
        'NIP harus terdiri dari 18 angka',
      );
      await nip.fill('19850312 201003 1 001');
      await see(page.locator('#receive-nip-errors .field-error')).toHaveCount(0);
      await see(page.locator('#receive-nip-hint')).toContainText('TMT CPNS 2010-03');
      await page.getByLabel('Nama lengkap').fill('Ahmad Fauzan');
      await page.getByLabel('Nomor HP').fill('0812 345');
      await see(page.locator('#receive-phone-errors')).toContainText('Nomor HP harus');
      await page.getByLabel('Nomor HP').fill('0812-3456-7890');
      await screenshotBoth(page, 'receive-form');

      await page.getByRole('button', { name: 'Simpan dan cetak tanda terima' }).click();
      await page.getByTestId('agenda-number').waitFor();
      await see(page.getByTestId('receipt-missing')).toContainText('Salinan sah SK CPNS');
      await page.getByTestId('qr-code').waitFor();
      await see(page.getByText('14 hari kerja')).toBeVisible();
      await screenshotBoth(page, 'receipt');
      return {
        agenda: (await page.getByTestId('agenda-number').textContent())!.trim(),
        trackingCode: (await page.getByTestId('tracking-code').textContent())!.trim(),
      };
    });
    expect(agenda).toMatch(/^AG-\d{4}-\d{6}$/);
    expect(trackingCode).toMatch(/^SP(-[2-9A-HJKMNP-Z]{4}){4}$/);

    // The verifier finds it in the inbox; it cannot be confirmed complete (the page says what
    // can be done instead), so it is returned for the missing SK CPNS.
    await as('verifier', async ({ page }) => {
      await page.getByLabel('Cari').waitFor();
      await screenshotBoth(page, 'queue');
      await openFromInbox(page, agenda);
      await page.getByRole('button', { name: 'Nyatakan lengkap', exact: true }).click();
      await page.getByTestId('action-submit').click();
      const refusal = page.getByTestId('action-not-now');
      await see(refusal).toContainText(
        /Yang dapat Anda lakukan sekarang: .*Kembalikan \(belum lengkap\)/,
      );
      await see(refusal).toContainText('Dokumen wajib belum lengkap: Salinan sah SK CPNS');
      expect(await refusal.textContent()).not.toContain('Required documents missing');
      const done = await act(page, 'Kembalikan (belum lengkap)', async (form) => {
        expect(await form.locator('#action-missingDocuments-SK_CPNS').isChecked()).toBe(true);
        await form.getByLabel('Catatan untuk pemohon').fill('SK CPNS belum dilegalisir');
      });
      expect(done).toContain('Dikembalikan');
    });

    // The applicant brings it; the front office records the resubmission.
    await as('front-office', async ({ page }) => {
      await openFromInbox(page, agenda);
      await act(page, 'Terima kelengkapan', (form) =>
        form.locator('#action-submittedDocuments-SK_CPNS').check(),
      );
    });

    // Verified, disposed to the sub-division, drafted there.
    await as('verifier', async ({ page }) => {
      await openFromInbox(page, agenda);
      await act(page, 'Nyatakan lengkap');
    });
    await as('dispatcher', async ({ page }) => {
      await openFromInbox(page, agenda);
      await act(page, 'Disposisi ke sub bidang', async (form) => {
        expect(await form.getByLabel('Sub bidang tujuan').inputValue()).toBe('kepangkatan');
      });
    });
    await as('pengelola-kepangkatan', async ({ page }) => {
      await openFromInbox(page, agenda);
      await act(page, 'Ajukan konsep', (form) =>
        form.getByLabel('Ringkasan konsep surat').fill('Konsep SK kenaikan pangkat III/c'),
      );
    });

    // The Kasubbid Kepangkatan is away: the admin appoints the Kasubbid Mutasi as Plh.
    await as('admin', async ({ page }) => {
      await page.getByRole('link', { name: 'Admin' }).click();
      await page.getByRole('link', { name: 'Pelaksana harian (Plh)' }).click();
      await page
        .getByRole('combobox', { name: 'Pejabat yang berhalangan' })
        .selectOption({ label: 'Kepala Sub Bidang Kepangkatan (demo) — Kasubbid Kepangkatan' });
      await page
        .getByRole('combobox', { name: 'Pelaksana harian (Plh)' })
        .selectOption({ label: 'Kepala Sub Bidang Mutasi (demo) — Kasubbid Mutasi' });
      await page.getByLabel('Alasan').fill('Dinas luar');
      await page.getByRole('button', { name: 'Tetapkan', exact: true }).click();
      await see(page.getByRole('status')).toContainText('ditetapkan sebagai Plh');
      await see(page.getByTestId('delegations')).toContainText('Berlaku');
    });

    // The Plh initials in the Kasubbid's place; the Kabid initials; the Kepala Badan signs.
    await as('kasubbid-mutasi', async ({ page }) => {
      await see(page.getByText(/Plh Kasubbid Kepangkatan/)).toBeVisible();
      await openFromInbox(page, agenda);
      await act(page, 'Paraf');
      await see(page.getByTestId('timeline')).toContainText('sebagai Plh Kasubbid Kepangkatan');
      await see(page.locator('[data-current="true"]')).toContainText('Menunggu paraf');
      await screenshotBoth(page, 'case-page');
    });
    await as('kabid-pengembangan-mutasi-dan-promosi', async ({ page }) => {
      await openFromInbox(page, agenda);
      await act(page, 'Paraf');
    });
    await as('kepala-badan', async ({ page }) => {
      await openFromInbox(page, agenda);
      await act(page, 'Tanda tangani');
    });
    await as('numberer', async ({ page }) => {
      await openFromInbox(page, agenda);
      await act(page, 'Beri nomor surat');
      await see(page.locator('.facts')).toContainText('/BKD/');
    });
    await as('duty-officer', async ({ page }) => {
      await openFromInbox(page, agenda);
      const done = await act(page, 'Serahkan', async (form) => {
        expect(await form.getByLabel('Nama penerima').inputValue()).toBe('Ahmad Fauzan');
      });
      expect(done).toContain('Sudah diserahkan');
      await see(page.locator('[data-current="true"]')).toContainText('Sudah diserahkan');
    });

    // The applicant's phone camera reads the receipt's QR code, which opens the tracking page.
    const phone = await app.openBrowser(PHONE);
    await phone.page.goto(`${app.server.url}/lacak/${trackingCode}`);
    await see(phone.page.getByTestId('tracking-state')).toContainText('Sudah diserahkan');

    // Anyone with the code, no login: the tracking page shows it done, nothing personal.
    const visitor = await app.openBrowser();
    const { page } = visitor;
    await page.goto(`${app.server.url}/lacak`);
    await page.getByLabel('Kode lacak').fill(trackingCode.toLowerCase());
    await page.getByRole('button', { name: 'Lacak', exact: true }).click();
    await see(page.getByTestId('tracking-state')).toContainText('Sudah diserahkan');
    const shown = (await page.getByTestId('tracking-result').textContent()) ?? '';
    for (const personal of ['Ahmad Fauzan', '198503122010031001', '3456'])
      expect(shown).not.toContain(personal);
    await screenshotBoth(page, 'tracking-page');
  }, 600_000);
});
