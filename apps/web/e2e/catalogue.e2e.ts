import type { ApiServer } from '../scripts/api-server';
import { accessibilityProblems } from './support/audit-page';
import { DESKTOP, logIn, PHONE, screenshotBoth } from './support/browser';
import { see, type Page } from './support/expect-page';
import { apiToken } from './support/seed';
import { serverWithBrowsers } from './support/server-with-browsers';

/** Receives a complete file of a service over the API (setup, not under test); its id. */
async function receive(server: ApiServer, serviceCode: string): Promise<string> {
  const token = await apiToken(server, 'front-office');
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const services = (await (
    await fetch(`${server.url}/api/services`, { headers })
  ).json()) as Array<{
    code: string;
    documents: Array<{ code: string; required: boolean }>;
  }>;
  const documents = services
    .find((s) => s.code === serviceCode)!
    .documents.filter((d) => d.required);
  const answer = await fetch(`${server.url}/api/cases`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      serviceCode,
      applicant: { nip: '198503122010031001', name: 'Ahmad Fauzan', phone: '081234567890' },
      submittedDocuments: documents.map((d) => d.code),
    }),
  });
  if (answer.status !== 201) throw new Error(`receive ${serviceCode}: ${answer.status}`);
  return ((await answer.json()) as { id: string }).id;
}

/**
 * An admin changes a service in the catalogue page and publishes a new version; another admin
 * who had the old version open is told it changed; an auditor finds the change in the log.
 */
describe('The service catalogue in the browser', () => {
  const app = serverWithBrowsers();
  const open = async (username: string): Promise<Page> => {
    const browser = await app.openBrowser();
    await logIn(browser.page, app.server.url, username);
    return browser.page;
  };
  const openKaris = async (page: Page) => {
    await page.goto(`${app.server.url}/admin/layanan`);
    await see(page.getByTestId('catalogue-version')).toContainText('Versi berlaku: 1');
    await page.getByLabel('Layanan', { exact: true }).selectOption('KARIS');
    return page.getByRole('form', { name: 'Ubah Kartu Istri / Kartu Suami' });
  };

  it('an admin changes the SLA, the chain and the checklist of KARIS and publishes version 2; a stale form is reloaded; the auditor reads the change', async () => {
    const admin = await open('admin');
    const otherAdmin = await open('admin');
    await admin.getByRole('link', { name: 'Admin' }).click();
    await admin.getByRole('link', { name: 'Katalog layanan' }).click();
    const form = await openKaris(admin);
    const stale = await openKaris(otherAdmin);
    await see(form.getByLabel('Standar waktu (hari kerja)')).toHaveValue('7');

    // Without a reason nothing is sent; a checklist code listed twice is refused by the server, on its field.
    await form.getByLabel('Standar waktu (hari kerja)').fill('5');
    await form.getByRole('button', { name: 'Terbitkan versi baru' }).click();
    await see(form.locator('#service-reason-errors')).toContainText('Wajib diisi.');
    await form
      .getByLabel('Alasan perubahan (dicatat untuk auditor)')
      .fill('Perbup 12/2026: standar baru');
    const firstCode = await form.getByLabel('Kode').first().inputValue();
    await form.getByRole('button', { name: 'Tambah dokumen' }).click();
    const added = form.getByRole('group', { name: 'Dokumen 6' });
    await added.getByLabel('Kode').fill(firstCode);
    await added.getByLabel('Nama (Indonesia)').fill('Surat pernyataan');
    await added.getByLabel('Nama (Inggris)').fill('Statement');
    await form.getByRole('button', { name: 'Terbitkan versi baru' }).click();
    await see(added.locator('.field-error')).toContainText(`${firstCode} tercantum dua kali`);
    await added.getByLabel('Kode').fill('SURAT_PERNYATAAN');

    // The Sekretaris initials after the Kasubbid.
    await form.getByRole('button', { name: 'Tambah pejabat paraf' }).click();
    await form.getByLabel('Paraf ke-2').selectOption('Sekretaris');
    expect(await accessibilityProblems(admin)).toEqual([]);
    await form.getByRole('button', { name: 'Terbitkan versi baru' }).click();
    await see(admin.getByRole('status')).toContainText(
      'Versi 2 diterbitkan: Kartu Istri / Kartu Suami',
    );
    await see(admin.getByTestId('catalogue-version')).toContainText('Versi berlaku: 2');
    const history = admin.getByTestId('catalogue-history');
    const row = history.getByRole('row').filter({ hasText: 'Perbup 12/2026' });
    await see(row).toContainText('standar waktu: 7 → 5');
    await see(row).toContainText(
      'rantai paraf: Kasubbid Kesejahteraan → Kasubbid Kesejahteraan, Sekretaris',
    );
    await see(row).toContainText('SURAT_PERNYATAAN');
    await see(row).toContainText('Administrator');
    await screenshotBoth(admin, 'catalogue');
    await admin.setViewportSize(PHONE);
    expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await admin.setViewportSize(DESKTOP);

    // The other admin edited version 1 meanwhile: told, and the form shows version 2.
    await stale.getByLabel('Standar waktu (hari kerja)').fill('3');
    await stale.getByLabel('Alasan perubahan (dicatat untuk auditor)').fill('Lebih cepat');
    await stale.getByRole('button', { name: 'Terbitkan versi baru' }).click();
    await see(otherAdmin.getByRole('status')).toContainText(
      'Katalog telah diubah orang lain (kini versi 2)',
    );
    await see(otherAdmin.getByTestId('catalogue-version')).toContainText('Versi berlaku: 2');
    await see(otherAdmin.getByLabel('Standar waktu (hari kerja)')).toHaveValue('5');

    const auditor = await open('auditor');
    await auditor.goto(`${app.server.url}/audit/log`);
    await auditor.getByLabel('Jenis', { exact: true }).selectOption({ label: 'Katalog layanan' });
    await auditor.getByRole('button', { name: 'Saring' }).click();
    const log = auditor.getByTestId('audit-log');
    await see(log.getByRole('row').filter({ hasText: 'CataloguePublished' })).toHaveCount(1);
    await see(log).toContainText('catalogue-services');
  });
  it('an admin adds a new service and retires another; the front desk is offered the new one and not the retired one', async () => {
    const admin = await open('admin');
    await admin.goto(`${app.server.url}/admin/layanan`);
    await see(admin.getByTestId('catalogue-version')).toContainText('Versi berlaku: 2');
    await admin
      .getByLabel('Layanan', { exact: true })
      .selectOption({ label: 'Tambah layanan baru' });
    const form = admin.getByRole('form', { name: 'Tambah layanan baru' });
    await form.getByLabel('Kode layanan (mis. KP-REG)').fill('karsu');
    await form.getByLabel('Kode klasifikasi arsip (mis. 800.1.3.2)').fill('800.1.11.8');
    await form.getByLabel('Nama (Indonesia)').fill('Kartu Suami');
    await form.getByLabel('Nama (Inggris)').fill('Husband card');
    await form
      .getByLabel('Sub bidang pemroses')
      .selectOption({ label: 'Sub Bidang Kesejahteraan dan Fasilitasi Profesi ASN' });
    await form.getByLabel('Standar waktu (hari kerja)').fill('7');
    await form.getByRole('button', { name: 'Tambah dokumen' }).click();
    const document = form.getByRole('group', { name: 'Dokumen 1' });
    await document.getByLabel('Kode').fill('AKTA_NIKAH');
    await document.getByLabel('Nama (Indonesia)').fill('Salinan sah akta nikah');
    await document.getByLabel('Nama (Inggris)').fill('Certified copy of the marriage certificate');
    await form.getByRole('button', { name: 'Tambah pejabat paraf' }).click();
    await form.getByLabel('Paraf ke-1').selectOption('Kasubbid Kesejahteraan');
    await form
      .getByLabel('Penandatangan')
      .selectOption('Kabid Hukum, Kesejahteraan dan Pemberhentian');
    await form
      .getByLabel('Alasan perubahan (dicatat untuk auditor)')
      .fill('Layanan baru: Kartu Suami');
    await form.getByRole('button', { name: 'Terbitkan versi baru' }).click();
    await see(admin.getByRole('status')).toContainText('Versi 3 diterbitkan: Kartu Suami');
    await see(admin.getByTestId('catalogue-history')).toContainText('KARSU ditambahkan');

    // A CLTN file received before CLTN is retired keeps its checklist on its page.
    const cltnFile = await receive(app.server, 'CLTN');

    await admin.getByLabel('Layanan', { exact: true }).selectOption('CLTN');
    const cltn = admin.getByRole('form', { name: 'Ubah Cuti di Luar Tanggungan Negara' });
    await cltn
      .getByLabel('Alasan perubahan (dicatat untuk auditor)')
      .fill('CLTN kini lewat aplikasi BKN');
    admin.once('dialog', (dialog) => void dialog.accept());
    await cltn.getByRole('button', { name: 'Hentikan layanan ini' }).click();
    await see(admin.getByRole('status')).toContainText(
      'Versi 4 diterbitkan: Cuti di Luar Tanggungan Negara dihentikan',
    );
    await see(
      admin.getByLabel('Layanan', { exact: true }).locator('option[value="CLTN"]'),
    ).toHaveCount(0);

    const desk = await open('front-office');
    await desk.goto(`${app.server.url}/penerimaan`);
    const services = desk.getByLabel('Jenis layanan');
    await see(services.locator('option[value="KARSU"]')).toHaveCount(1);
    await see(services.locator('option[value="CLTN"]')).toHaveCount(0);
    await services.selectOption('KARSU');
    await see(desk.getByText('Salinan sah akta nikah')).toBeVisible();
    await desk.goto(`${app.server.url}/berkas/${cltnFile}`);
    await see(desk.getByTestId('case-documents')).toContainText(
      'Surat permohonan cuti dari yang bersangkutan',
    );
  });
});
