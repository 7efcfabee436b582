/** The browser tests' Chromium (tools/chromium.ts, shared with the benchmark) and their waits. */
import type { Page } from 'playwright-core';

export { CHROMIUM, openBrowser } from '../../tools/chromium';
export type { Session } from '../../tools/chromium';

/**
 * Waits until the page's live chart (Chart.svelte, after hydration) has drawn `lines` line paths. A
 * link's first chart is drawn before hydration (src/lib/first), when the controls do not work yet;
 * tests that look at that chart alone use `waitForFirstChart`.
 */
export async function waitForChart(page: Page, lines: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('[data-testid=chart] g[aria-label=line] path').length === n &&
      performance.getEntriesByName('regionpuls:first-chart').length > 0,
    lines,
    { timeout: 30_000 },
  );
}

/** Waits until a chart with `lines` line paths is on screen, drawn before hydration or after. */
export async function waitForFirstChart(page: Page, lines: number): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid=chart] g[aria-label=line] path').length === n,
    lines,
    { timeout: 30_000 },
  );
}

/** Waits until DuckDB has started behind the page (it starts after the first chart, or on its own). */
export async function waitForEngine(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('regionpuls:engine-ready').length > 0, null, {
    timeout,
  });
}

/** Waits until the data table's cell for region `code` in `year` reads `text`. */
export async function waitForCell(page: Page, code: string, year: number, text: string): Promise<void> {
  await page.waitForFunction(
    ([c, y, t]) =>
      document
        .querySelector(`[data-testid=data-table] tr[data-code="${c}"] td[data-year="${y}"]`)
        ?.textContent?.trim() === t,
    [code, year, text] as const,
  );
}
