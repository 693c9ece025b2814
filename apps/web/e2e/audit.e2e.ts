import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { deleteStoredEvent, editStoredEvent } from '../../api/test/fixtures/tamper';
import { WORKSPACE } from '../scripts/api-server';
import { logIn, screenshotBoth } from './support/browser';
import { serverWithBrowsers } from './support/server-with-browsers';
import { accessibilityProblems } from './support/audit-page';
import { fileWithSteps, untilAnchored } from './support/anchored-file';
import { see } from './support/expect-page';
import { fileAwaitingInitials, type Driven } from './support/oversight-setup';

const XES_SCHEMA = join(WORKSPACE, 'libs/exports/standards/xes-ieee1849-2016.xsd');
const officeToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' }).format(new Date());

/**
 * The auditor in the browser, against the real server: a file's history replayed step by step
 * with the machine's state and context at each, its verdict (and a tampered event found out),
 * the log, and exports downloaded as files that parse.
 */
describe('Audit: a file replayed and the log exported, for the auditor', () => {
  const app = serverWithBrowsers({ SATUPINTU_DEMO_CASES: '10' });
  let ours: Driven;
  const downloads = mkdtempSync(join(tmpdir(), 'satupintu-downloads-'));
  beforeAll(async () => {
    // Given a file that went verification → disposition → processing → initials.
    ours = await fileAwaitingInitials(app.server, 2);
  });
  afterAll(() => {
    rmSync(downloads, { recursive: true, force: true });
  });
  const asAuditor = async () => {
    const browser = await app.openBrowser();
    await logIn(browser.page, app.server.url, 'auditor');
    return browser.page;
  };
  const openAudit = async (page: Page) => {
    await page.getByRole('link', { name: 'Audit', exact: true }).click();
    await page.getByLabel('Cari berkas').fill(ours.agendaNumber);
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await page.getByRole('link', { name: `Audit ${ours.agendaNumber}` }).click();
    await page.getByTestId('scrubber').waitFor();
  };
  const state = (page: Page) => page.getByTestId('scrubber-state');
  const position = (page: Page) => page.getByTestId('scrubber-position');

  it('steps through the history, showing the state and context of the machine at each step', async () => {
    const page = await asAuditor();
    await openAudit(page);
    await see(page.getByTestId('audit-verdict')).toContainText('Riwayat sah');
    await see(page.getByTestId('audit-chain')).toContainText('Rantai hash utuh.');

    // It opens on the last step: the file as it stands.
    await see(position(page)).toContainText('Langkah 4 dari 4: Menunggu paraf');
    await see(state(page)).toContainText('Menunggu paraf');

    // Back to the start, then forward one step at a time: the state changes at each.
    await page.getByRole('button', { name: 'Awal' }).click();
    await see(position(page)).toContainText('Langkah 1 dari 4');
    await see(state(page)).toContainText('Pemeriksaan kelengkapan');
    await see(page.getByTestId('scrubber-step')).toContainText('Berkas diterima');
    await page.getByRole('button', { name: 'Berikutnya' }).click();
    await see(state(page)).toContainText('Menunggu disposisi');
    await page.getByRole('button', { name: 'Berikutnya' }).click();
    await see(state(page)).toContainText('Diproses di sub bidang');
    // The disposition is the step that set the sub-division in the machine's context.
    const subdivision = page
      .getByTestId('scrubber-context')
      .locator('tr', { has: page.locator('code', { hasText: /^subdivision$/ }) });
    await see(subdivision).toContainText('"kepangkatan"');
    await see(subdivision).toContainText('berubah');
    // The diagram shows where the file stood then.
    await see(
      page.locator('g.diagram-node[data-current="true"][data-state="processing"]'),
    ).toHaveCount(1);
    // The step's verdict.
    await see(page.getByTestId('scrubber-hash')).toContainText('ya');

    // The slider works from the keyboard.
    const slider = page.getByRole('slider', { name: 'Langkah' });
    await slider.focus();
    await page.keyboard.press('End');
    await see(state(page)).toContainText('Menunggu paraf');
    await page.keyboard.press('Home');
    await see(state(page)).toContainText('Pemeriksaan kelengkapan');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshotBoth(page, 'audit-scrubber');

    // From the history, any step can be played.
    await page.getByRole('button', { name: 'Putar langkah #1' }).click();
    await see(position(page)).toContainText('Langkah 2 dari 4: Menunggu disposisi');
  });

  it('shows the history compact, as a timeline of durations, and as stored with its hashes', async () => {
    const page = await asAuditor();
    await openAudit(page);
    await see(page.getByTestId('history-compact').locator('li')).toHaveCount(4);
    await page.getByLabel('Lini waktu (durasi)').check();
    await see(page.getByTestId('history-timeline').locator('li')).toHaveCount(4);
    await see(page.getByTestId('history-timeline')).toContainText('sejak awal');
    await page.getByLabel('Mentah (seperti tersimpan)').check();
    const first = page.getByTestId('history-raw').locator('details').first();
    await first.locator('summary').click();
    await see(first).toContainText('"prevHash"');
    await see(first).toContainText('"hash"');
  });

  it('leads from the case page to its audit', async () => {
    const page = await asAuditor();
    await page.goto(`${app.server.url}/berkas/${encodeURIComponent(ours.id)}`);
    await page.getByTestId('case-audit-link').click();
    await see(position(page)).toContainText('Langkah 4 dari 4');
  });

  it('reads the log, admin actions included, passwords never shown', async () => {
    const page = await asAuditor();
    await page.getByRole('link', { name: 'Audit', exact: true }).click();
    await page.getByRole('link', { name: 'Log audit' }).click();
    await page.getByLabel('Jenis', { exact: true }).selectOption({ label: 'Akun dan peran' });
    await page.getByRole('button', { name: 'Saring' }).click();
    const log = page.getByTestId('audit-log');
    await see(log).toContainText('UserCreated');
    const data = log.locator('details').first();
    await data.locator('summary').click();
    await see(data).toContainText('[redacted]');
    // An admin's decision proves itself too: its account's hash chain, checked on request.
    await log.getByRole('button', { name: 'Periksa rantai hash' }).first().click();
    await see(log.getByRole('status').first()).toContainText('Rantai utuh');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshotBoth(page, 'audit-log');
  });

  it('downloads the log as XES that the schema accepts, and a day of it as JSON lines', async () => {
    const page = await asAuditor();
    await page.getByRole('link', { name: 'Audit', exact: true }).click();
    await page.getByRole('link', { name: 'Ekspor' }).click();

    expect(await accessibilityProblems(page)).toEqual([]);
    // The whole log as XES.
    await page.getByLabel('XES (IEEE 1849)').check();
    const [xes] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh' }).click(),
    ]);
    expect(xes.suggestedFilename()).toBe('satupintu-log-all.xes');
    const xesFile = join(downloads, xes.suggestedFilename());
    await xes.saveAs(xesFile);
    await promisify(execFile)('xmllint', ['--noout', '--schema', XES_SCHEMA, xesFile]);
    const xml = readFileSync(xesFile, 'utf8');
    expect(xml).toMatch(/<log [^>]*xes.version="1.0"/);
    expect(xml).toContain(`<string key="concept:name" value="${ours.id}"/>`);
    await see(page.getByTestId('export-status')).toContainText('satupintu-log-all.xes');

    // Today's events as JSON lines: every line an event, ours among them in order.
    const today = officeToday();
    await page.getByLabel('JSON lines').check();
    await page.getByLabel('Dari tanggal (tidak wajib)').fill(today);
    await page.getByLabel('Sampai tanggal (tidak wajib)').fill(today);
    const [jsonl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh' }).click(),
    ]);
    expect(jsonl.suggestedFilename()).toBe(`satupintu-log-from-${today}-to-${today}.jsonl`);
    const jsonlFile = join(downloads, jsonl.suggestedFilename());
    await jsonl.saveAs(jsonlFile);
    const events = readFileSync(jsonlFile, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as { streamId: string; revision: number; type: string });
    expect(events.filter((e) => e.streamId === ours.id).map((e) => e.type)).toEqual([
      'FileReceived',
      'FileVerified',
      'FileDisposed',
      'DraftSubmitted',
    ]);
    await screenshotBoth(page, 'audit-export');
  });

  it('finds an event edited on disk: the verdict and the scrubber name the broken link', async () => {
    // Someone with access to the disk rewrites the disposition (revision 2) behind the app's back.
    editStoredEvent(app.server.dataDir, ours.id, 2);
    const page = await asAuditor();
    await openAudit(page);
    await see(page.getByTestId('audit-verdict')).toContainText('Riwayat TIDAK sah');
    await see(page.getByTestId('audit-chain')).toContainText('Rantai hash putus pada langkah #2.');
    await page.getByRole('button', { name: 'Lihat langkah #2 di pemutar' }).click();
    await see(position(page)).toContainText('Langkah 3 dari 4');
    await see(page.getByTestId('scrubber-hash')).toContainText('tidak');
    await see(page.getByTestId('scrubber-hash')).toContainText('Rantai putus di sini.');
  });

  it('finds a file whose newest step was cut off on disk: the verdict says from which step, and why', async () => {
    // A file the server has anchored (in the background, every half second) loses its newest event.
    const victim = fileWithSteps(app.server.dataDir, 3, ours.id);
    await untilAnchored(app.server.dataDir, victim.id, victim.last);
    deleteStoredEvent(app.server.dataDir, victim.id, victim.last);
    const page = await asAuditor();
    await page.goto(`${app.server.url}/audit/berkas/${encodeURIComponent(victim.id)}`);
    await see(page.getByTestId('audit-verdict')).toContainText('Riwayat TIDAK sah');
    await see(page.getByTestId('audit-chain')).toContainText(
      `Rantai hash putus pada langkah #${victim.last}.`,
    );
    await see(page.getByTestId('audit-chain-reason')).toContainText(
      `Sebab: peristiwa sesudah revisi ${victim.last - 1} hilang: jangkar mencatat sampai revisi ${victim.last}`,
    );
  });

  it('finds an admin decision edited on disk: the account’s chain breaks where it was edited', async () => {
    const page = await asAuditor();
    await page.goto(`${app.server.url}/audit/log`);
    await page.getByLabel('Jenis', { exact: true }).selectOption({ label: 'Akun dan peran' });
    await page.getByRole('button', { name: 'Saring' }).click();
    const firstAccount = page.getByTestId('audit-log').locator('tbody tr').first();
    const streamId = await firstAccount.locator('code.stream').innerText();
    // Someone with access to the disk rewrites how the account was created.
    editStoredEvent(app.server.dataDir, streamId, 0);
    await firstAccount.getByRole('button', { name: 'Periksa rantai hash' }).click();
    await see(firstAccount.getByRole('status')).toContainText('Rantai putus di #0');
  });
});
