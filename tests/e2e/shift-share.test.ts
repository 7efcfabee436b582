/**
 * The shift-share page in Chromium on the built site: the prerendered default (Skien), Notodden
 * 2015–2021 from the kommune control (bars and the three effects in a table, SSB 13472 against Hele
 * landet), the period in the URL, a kommune outside the data stated plainly, and the menu link.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionPerFile } from './session';

const base = inject('baseUrl');
const browser = sessionPerFile();
let page: Page;
beforeAll(() => {
  page = browser().page;
});

const plain = (s: string) => s.replace(/\s/g, ' ').trim();
const effect = (key: string) =>
  page.locator(`[data-testid=shift-share-total] td[data-effect=${key}]`).innerText();

describe('shift-share', () => {
  it('draws the effects for Notodden as bars and in a table, from the control and the URL', async () => {
    await page.goto(`${base}/`);
    await page.locator('[data-testid=site-nav] a', { hasText: 'Skiftandel' }).click();
    await page.waitForURL(/\/skiftandel/);
    expect(await page.getByTestId('shift-share-benchmark').innerText()).toContain('hele landet');
    await page.waitForFunction(
      () => document.querySelectorAll('#shift-share-chart g[aria-label="bar"] rect').length === 4,
      null,
      { timeout: 30_000 },
    );

    await page.getByTestId('shift-region').selectOption('4005');
    await page.waitForURL(/region=4005/);
    await page.waitForFunction(
      () => document.querySelector('[data-testid=shift-share-summary]')?.textContent?.includes('Notodden'),
      null,
      { timeout: 30_000 },
    );
    // 5 355 → 5 618 employed: +263 = national +340,4, mix −10,9, local −66,5 (hand-computed in the unit test).
    expect(plain(await effect('actual'))).toBe('+263');
    expect(plain(await effect('national'))).toBe('+340,4');
    expect(plain(await effect('mix'))).toBe('−10,9');
    expect(plain(await effect('local'))).toBe('−66,5');
    await page.waitForFunction(
      () => document.querySelectorAll('#shift-share-chart g[aria-label="bar"] rect').length === 4,
      null,
      { timeout: 30_000 },
    );
    const bars = await page.locator('#shift-share-chart g[aria-label="text"] text').allTextContents();
    expect(bars.map(plain).sort()).toEqual(['+263', '+340', '−11', '−67']);
    expect(await page.locator('[data-testid=shift-share-table] tbody tr').count()).toBe(5);

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('shift-share-csv').first().click(),
    ]);
    const csv = readFileSync(await file.path(), 'utf8');
    expect(file.suggestedFilename()).toBe('skiftandel_4005_2015-2021.csv');
    expect(csv).toContain('Alle sektorer,5355,5618,263,');

    await page.getByTestId('shift-from').selectOption('2012');
    await page.waitForURL(/from=2012/);
    await page.getByTestId('shift-share-break').waitFor({ timeout: 30_000 });
  });

  it('says plainly that a kommune outside Vestfold and Telemark cannot be computed', async () => {
    await page.goto(`${base}/skiftandel?region=3401&from=2015&to=2021`);
    await page.getByTestId('shift-share-outside').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('shift-share-outside').innerText()).toContain(
      'Skiftandelsanalysen kan ikke regnes for Kongsvinger',
    );
    expect(await page.locator('#shift-share-chart').count()).toBe(0);
  });

  it('keeps English when a control changes (the link keeps lang=en)', async () => {
    await page.goto(`${base}/skiftandel?lang=en`);
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByTestId('shift-region').selectOption('4005');
    await page.waitForURL(/region=4005/);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
