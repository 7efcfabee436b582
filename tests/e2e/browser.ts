/** The browser tests' Chromium (tools/chromium.ts, shared with the benchmark) and their waits. */
import type { Page } from 'playwright-core';

export { CHROMIUM, openBrowser } from '../../tools/chromium';
export type { Session } from '../../tools/chromium';

/** Waits until the chart has drawn `lines` line paths. */
export async function waitForChart(page: Page, lines: number): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid=chart] g[aria-label=line] path').length === n,
    lines,
    { timeout: 30_000 },
  );
}
