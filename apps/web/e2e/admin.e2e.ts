import { logIn } from './support/browser';
import { serverWithBrowsers } from './support/server-with-browsers';
import { see } from './support/expect-page';

describe('Administration in the browser', () => {
  const app = serverWithBrowsers();
  const open = async () => {
    const browser = await app.openBrowser();
    return browser.page;
  };

  it('adds an account with its roles and post, changes its roles, and the new user logs in with them', async () => {
    const page = await open();
    await logIn(page, app.server.url, 'admin');
    await page.getByRole('link', { name: 'Admin' }).click();
    const form = page.getByRole('form', { name: 'Tambah pengguna' });
    await form.getByRole('button', { name: 'Tambah pengguna' }).click();
    await see(form.locator('.field-error').first()).toContainText('huruf kecil');

    await form.getByLabel('Nama pengguna').fill('siti.rahma');
    await form.getByLabel('Nama', { exact: true }).fill('Siti Rahma');
    await form.getByLabel('Petugas pemeriksa berkas').check();
    await form.getByLabel('Kata sandi').fill('rahasia-siti');
    await form.getByRole('button', { name: 'Tambah pengguna' }).click();
    await see(page.getByRole('status')).toContainText('Pengguna Siti Rahma ditambahkan');
    const row = page.getByRole('row').filter({ hasText: 'siti.rahma' });
    await see(row).toContainText('Petugas pemeriksa berkas');

    // The same username again: the API's refusal (409), in Indonesian inside the page's words.
    await form.getByLabel('Nama pengguna').fill('siti.rahma');
    await form.getByLabel('Nama', { exact: true }).fill('Siti Rahma Kedua');
    await form.getByLabel('Petugas pemeriksa berkas').check();
    await form.getByLabel('Kata sandi').fill('rahasia-siti-2');
    await form.getByRole('button', { name: 'Tambah pengguna' }).click();
    await see(form.getByRole('alert')).toContainText(
      'Permintaan ditolak: Nama pengguna "siti.rahma" sudah dipakai; pilih nama lain',
    );
    // The English page asks for English, and gets it.
    await page.getByRole('button', { name: 'English' }).click();
    const english = page.getByRole('form', { name: 'Add a user' });
    await english.getByRole('button', { name: 'Add user' }).click();
    await see(english.getByRole('alert')).toContainText(
      'The request was refused: The username "siti.rahma" is already taken; choose another one',
    );
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();

    await row.getByRole('button', { name: 'Ubah Siti Rahma' }).click();
    const edit = page.getByRole('form', { name: 'Ubah Siti Rahma' });
    await edit.getByLabel('Petugas penerima berkas').check();
    await edit.getByRole('button', { name: 'Simpan' }).click();
    await see(page.getByRole('row').filter({ hasText: 'siti.rahma' })).toContainText(
      'Petugas penerima berkas',
    );

    const newcomer = await open();
    await logIn(newcomer, app.server.url, 'siti.rahma', 'rahasia-siti');
    await see(newcomer.getByTestId('me-name')).toContainText('Siti Rahma');
    await see(newcomer.getByRole('link', { name: 'Penerimaan berkas' })).toBeVisible();
  });

  it('keeps the holiday calendar of a year', async () => {
    const page = await open();
    await logIn(page, app.server.url, 'admin');
    await page.goto(`${app.server.url}/admin/hari-libur`);
    await page.getByLabel('Tahun').fill('2027');
    await see(page.getByTestId('holidays')).toContainText('Belum ada hari libur');
    await page.getByLabel('Tanggal').fill('2027-08-17');
    await page.getByLabel('Keterangan').fill('Hari Kemerdekaan');
    await page.getByRole('button', { name: 'Tambah hari libur' }).click();
    await page.getByRole('button', { name: 'Simpan hari libur 2027' }).click();
    await see(page.getByRole('status')).toContainText('Hari libur 2027 disimpan');
    await page.reload();
    await page.getByLabel('Tahun').fill('2027');
    await see(page.getByTestId('holidays')).toContainText('Hari Kemerdekaan');
  });

  it('revokes an acting official (Plh), who then no longer shows as one', async () => {
    const page = await open();
    await logIn(page, app.server.url, 'admin');
    await page.goto(`${app.server.url}/admin/delegasi`);
    await page
      .getByRole('combobox', { name: 'Pejabat yang berhalangan' })
      .selectOption({ label: 'Kepala Badan (demo) — Kepala Badan' });
    await page
      .getByRole('combobox', { name: 'Pelaksana harian (Plh)' })
      .selectOption({ label: 'Sekretaris (demo) — Sekretaris' });
    await page.getByRole('button', { name: 'Tetapkan', exact: true }).click();
    await see(page.getByTestId('delegations')).toContainText('Berlaku');

    const plh = await open();
    await logIn(plh, app.server.url, 'sekretaris');
    await see(plh.getByText(/Plh Kepala Badan/)).toBeVisible();

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Cabut' }).click();
    await see(page.getByTestId('delegations')).toContainText('Dicabut');
    await plh.reload();
    await plh.getByTestId('me-name').waitFor();
    await see(plh.getByText(/Plh Kepala Badan/)).toHaveCount(0);
  });
});
