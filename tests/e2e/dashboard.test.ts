/**
 * The dashboard in a real headless Chromium on the built site and the real Parquet data.
 * Figures asserted are SSB's (table 07459, population 1 January).
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { waitForCell, waitForChart } from './browser';
import { sessionPerFile } from './session';

const base = inject('baseUrl');
const browser = sessionPerFile();
let page: Page;

/** Text of the table cell for a region and year, with Norway's narrow spaces made plain. */
async function cell(code: string, year: number): Promise<string> {
  const text = await page
    .locator(`[data-testid=data-table] tr[data-code="${code}"] td[data-year="${year}"]`)
    .innerText();
  return text.replace(/\s/g, ' ').trim();
}

beforeAll(() => {
  page = browser().page;
  mkdirSync('tests/output', { recursive: true });
});

describe('comparison view', () => {
  it('draws three lines for three kommuner from a link without waiting for DuckDB', async () => {
    // Hold the wasm back until the chart is drawn: the chart must not need it (issue 13;
    // tests/e2e/instant.test.ts).
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/*.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${base}/?indicator=befolkning&regions=3103,3112,3114`);
    await waitForChart(page, 3);
    release();
    await page.getByTestId('progress').waitFor({ state: 'detached' });
    await page.unroute('**/*.wasm');
    const legend = await page.locator('[data-testid=chart] figure > div span').allInnerTexts();
    expect(legend.map((s) => s.trim()).filter(Boolean)).toEqual(['Moss', 'Råde', 'Våler (Østfold)']);
  });

  it("shows SSB's figures in the table, harmonised to 2024 borders", async () => {
    expect(await cell('3103', 2020)).toBe('49 273');
    expect(await cell('3103', 2022)).toBe('50 290');
    expect(await cell('3112', 2022)).toBe('7 633');
    // Moss 2019 at today's borders = old Moss (32 726) + Rygge (16 145): no jump into 2020.
    expect(await cell('3103', 2019)).toBe('48 871');
    await page.screenshot({ path: 'tests/output/dashboard-absolute.png', fullPage: true });
  });

  it('names its source under the chart', async () => {
    const source = await page.getByTestId('source-line').innerText();
    expect(source).toContain('07459');
    expect(source).toContain('SSB');
  });

  it('switches to indexed growth with the base year at 100, and back/forward restores the view', async () => {
    await page.getByRole('radio', { name: 'Indeksert vekst' }).check();
    await page.waitForURL(/mode=indexed/);
    await page.getByTestId('base-year').selectOption('2010');
    await page.waitForURL(/base=2010/);
    await waitForChart(page, 3);
    await waitForCell(page, '3103', 2010, '100,0');
    for (const code of ['3103', '3112', '3114']) expect(await cell(code, 2010)).toBe('100,0');
    expect(await page.locator('[data-testid=chart] g[aria-label=rule] line').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'tests/output/dashboard-indexed.png', fullPage: true });

    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('base='));
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('mode='));
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid=data-table] tr[data-code="3103"] td[data-year="2020"]')
          ?.textContent?.replace(/\s/g, ' ')
          .trim() === '49 273',
    );
    await page.goForward();
    await page.waitForURL(/mode=indexed/);
    expect(await page.getByRole('radio', { name: 'Indeksert vekst' }).isChecked()).toBe(true);
  });

  it('adds a region found by searching its name', async () => {
    await page.goto(`${base}/?indicator=befolkning&regions=3103`);
    await waitForChart(page, 1);
    await page.getByRole('combobox', { name: /Søk/ }).fill('Hamar');
    // The search asked for the indicator's coverage when it got focus: each option shows its years.
    await expect
      .poll(() => page.locator('#region-option-3403').innerText())
      .toMatch(/Kommune.*3403 · 1986–2026/);
    await page.getByRole('combobox', { name: /Søk/ }).press('Enter');
    await page.waitForURL(/regions=3103%2C3403|regions=3103,3403/);
    await waitForChart(page, 2);
    expect(await cell('3403', 2022)).toBe('31 999');
    // «Om dataene» counts the regions with data once opened (coverage is loaded only when shown).
    await page.locator('details.about summary').click();
    await expect
      .poll(() => page.locator('details.about').innerText())
      .toContain('623 regioner har data for denne indikatoren');
  });

  it('drops unknown codes from a tampered URL with a visible notice and still draws the rest', async () => {
    await page.goto(
      `${base}/?indicator=befolkning&regions=3103,9999,%27%3B%20DROP%20TABLE%20regions--&mode=sideways`,
    );
    await waitForChart(page, 1);
    const notices = await page.getByTestId('notices').innerText();
    expect(notices).toContain('«9999»');
    expect(notices).toContain('DROP TABLE');
    expect(notices).toContain('«sideways»');
    expect(await cell('3103', 2020)).toBe('49 273');
  });

  it('survives a malformed %-escape in a link: the default chart is hidden at first paint, no script error', async () => {
    await page.goto(`${base}/?indicator=befolkning&regions=3103,%E0%A4%A`, { waitUntil: 'domcontentloaded' });
    expect(await page.evaluate(() => document.documentElement.classList.contains('rp-custom-view'))).toBe(
      true,
    );
    await waitForChart(page, 1);
    expect(await cell('3103', 2020)).toBe('49 273');
  });

  it('made no request to any other origin and logged no errors', () => {
    const origins = new Set(browser().requests.map((u) => new URL(u).origin));
    expect([...origins]).toEqual([new URL(base).origin]);
    expect(browser().errors).toEqual([]);
  });
});
