/**
 * The ranking's size-class filter in Chromium on the built site: Innlandet's kommuner on jobs growth
 * 2017–2022, narrowed to the six of 20 000–49 999 inhabitants on 1 January 2022 (SSB 07459), with the
 * choice in the URL and the count of ranked kommuner saying so. Figures: SSB 11618.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionPerFile } from './session';

const base = inject('baseUrl');
const browser = sessionPerFile();
let page: Page;
beforeAll(() => {
  page = browser().page;
});

const rows = () => page.locator('[data-testid=ranking-table] tbody tr');

describe('ranking by kommune size', () => {
  it('narrows the table to one size class from the control, and back from a link', async () => {
    await page.goto(`${base}/rangering`);
    expect(await page.getByTestId('ranking-summary').innerText()).toContain(
      '46 av 46 kommuner har tall for 2017–2022',
    );
    // The prerendered control is there before the page hydrates; a choice made then would be lost.
    await page.waitForFunction(
      () => performance.getEntriesByName('regionpuls:engine-start').length > 0,
      null,
      {
        timeout: 60_000,
      },
    );
    await page.getByTestId('rank-size').selectOption('20000-49999');
    await page.waitForURL(/size=20000-49999/, { timeout: 60_000 });
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=ranking-table] tbody tr').length === 6,
      null,
      { timeout: 30_000 },
    );
    // Gjøvik 16 324 → 17 550 jobs = +7,5 %, first of the six.
    expect((await rows().first().innerText()).replace(/\s+/g, ' ')).toMatch(/^1 Gjøvik 16 324 17 550/);
    expect(await page.getByTestId('ranking-summary').innerText()).toContain(
      '6 av 6 kommuner med 20 000–49 999 innbyggere (1.1.2022) har tall for 2017–2022',
    );
    expect(await page.getByTestId('size-note').innerText()).toContain('1. januar 2022');

    await page.goto(
      `${base}/rangering?indicator=sysselsatte&level=kommune&fylke=34&from=2017&to=2022&measure=growth&size=under-5000`,
    );
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=ranking-table] tbody tr').length === 22,
      null,
      { timeout: 30_000 },
    );
    expect(await page.getByTestId('rank-size').inputValue()).toBe('under-5000');
    // Lesja (1 986 inhabitants) is small and still tops the jobs growth.
    expect((await rows().first().innerText()).replace(/\s+/g, ' ')).toMatch(/^1 Lesja 811 896/);

    await page.getByTestId('rank-size').selectOption('');
    await page.waitForURL((url) => !url.search.includes('size='));
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=ranking-table] tbody tr').length === 46,
      null,
      { timeout: 30_000 },
    );
  });
});
