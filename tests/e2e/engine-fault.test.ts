/**
 * DuckDB's worker stops (simulated through the page's one test hook): the page says so, keeps the view
 * and its chart (answered engine-free), and starts the engine again on request.
 */
import { describe, expect, inject, it } from 'vitest';
import { waitForEngine } from './browser';
import { sessionPerFile } from './session';

const base = inject('baseUrl');
const browser = sessionPerFile();
type Probe = { __regionpuls?: { crashEngine?: () => void }; __crashed?: () => void };

describe('engine fault', () => {
  it('offers a restart and keeps the view when the DuckDB worker crashes', async () => {
    const { page } = browser();
    await page.goto(`${base}/?indicator=befolkning&regions=3103,3112`);
    await waitForEngine(page);
    await page.waitForFunction(() => typeof window.__regionpuls?.crashEngine === 'function');
    await page.evaluate(() => {
      const w = window as unknown as Probe;
      w.__crashed = w.__regionpuls!.crashEngine;
      w.__crashed!();
    });

    // The page says what happened at once (its views never ask DuckDB, so no query has to fail
    // first), and the next view is answered engine-free.
    await page.getByTestId('engine-fault').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('engine-fault').innerText()).toContain(
      'Visningen, målene og egne tall er tatt vare på',
    );
    await page.getByRole('radio', { name: 'Indeksert vekst' }).check();
    await page.waitForURL(/mode=indexed/);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=chart] g[aria-label=line] path').length === 2,
      null,
      { timeout: 30_000 },
    );

    // Restart: the message goes, a new DuckDB worker starts (a new hook), and the page keeps working.
    await page.getByTestId('engine-restart').click();
    expect(await page.getByTestId('engine-fault').count()).toBe(0);
    await page.waitForFunction(
      () => {
        const w = window as unknown as Probe;
        return (
          typeof w.__regionpuls?.crashEngine === 'function' && w.__regionpuls.crashEngine !== w.__crashed
        );
      },
      null,
      { timeout: 30_000 },
    );
    await page.getByRole('radio', { name: 'Absolutte tall' }).check();
    await page.waitForURL((u) => !u.search.includes('mode=indexed'));
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=chart] g[aria-label=line] path').length === 2,
      null,
      { timeout: 30_000 },
    );
    expect(await page.getByTestId('engine-fault').count()).toBe(0);
  });
});
