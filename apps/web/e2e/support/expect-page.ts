import type { Locator, Page } from 'playwright-core';
import { setTimeout as sleep } from 'node:timers/promises';

export type { Page, Locator };

/**
 * The few web-first assertions these tests need (playwright-core has no test runner): each
 * retries until it holds or its time is up, as a person waits for a page to settle.
 */
async function eventually(check: () => Promise<string | null>, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  let failure: string | null = null;
  for (;;) {
    failure = await check().catch((error: unknown) => String(error));
    if (failure === null) return;
    if (Date.now() - started > timeoutMs) throw new Error(failure);
    await sleep(100);
  }
}

export function see(locator: Locator) {
  return {
    async toHaveCount(count: number, timeoutMs?: number) {
      await eventually(async () => {
        const actual = await locator.count();
        return actual === count
          ? null
          : `expected ${count} elements for ${locator}, found ${actual}`;
      }, timeoutMs);
    },
    async toContainText(text: string | RegExp, timeoutMs?: number) {
      await eventually(async () => {
        const actual = (await locator.first().textContent()) ?? '';
        const ok = typeof text === 'string' ? actual.includes(text) : text.test(actual);
        return ok ? null : `expected ${locator} to contain ${String(text)}, it says: ${actual}`;
      }, timeoutMs);
    },
    async toHaveValue(value: string, timeoutMs?: number) {
      await eventually(async () => {
        const actual = await locator.first().inputValue();
        return actual === value ? null : `expected ${locator} to hold ${value}, it holds: ${actual}`;
      }, timeoutMs);
    },
    async toBeVisible(timeoutMs?: number) {
      await eventually(
        async () => ((await locator.first().isVisible()) ? null : `${locator} is not visible`),
        timeoutMs,
      );
    },
  };
}
