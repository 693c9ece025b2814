import { see, type Page } from './expect-page';

/** Opens a file from the user's inbox, found by its agenda number as a clerk would search it. */
export async function openFromInbox(page: Page, agendaNumber: string): Promise<void> {
  await page.getByRole('link', { name: 'Kotak masuk' }).click();
  await page.getByLabel('Cari').fill(agendaNumber);
  const row = page.getByTestId('queue-row').filter({ hasText: agendaNumber });
  await see(row).toHaveCount(1);
  await row.click();
  await page.getByTestId('case-state').waitFor();
}

/**
 * Clicks the action's button on the case page, lets `fill` complete its form, sends it and
 * waits for the success notice; returns the state the notice names.
 */
export async function act(
  page: Page,
  action: string,
  fill: (page: Page) => Promise<void> = async () => undefined,
): Promise<string> {
  await page.getByRole('button', { name: action, exact: true }).click();
  await page.locator('#action-form form').waitFor();
  await fill(page);
  await page.getByTestId('action-submit').click();
  const done = page.getByTestId('action-done');
  await done.waitFor();
  return (await done.textContent()) ?? '';
}
