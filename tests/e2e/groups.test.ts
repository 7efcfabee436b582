/**
 * Own regions in Chromium on the built site and the real data: made with «Lag egen region» from the
 * region search, drawn and tabled like any region with SSB's figures summed (Moss 52 051 + Råde 7 883 +
 * Våler 6 145 = 66 079 inhabitants on 1 January 2024), carried by the URL through a reload and into an
 * embed, remembered by the browser, and a tampered group in a link refused in words.
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

const cell = (code: string, year: number) =>
  page.locator(`[data-testid=data-table] tr[data-code="${code}"] td[data-year="${year}"]`);
/** The number in a table cell, without its markers («k» where the source changes). */
const value = (code: string, year: number) =>
  cell(code, year).evaluate((td) => (td.firstChild?.textContent ?? '').replace(/\s/g, ' ').trim());

/** `n` lines in the live chart (a link's first chart is drawn before the page hydrates; the controls work only after). */
async function lineCount(chart: string, n: number): Promise<void> {
  await page.waitForFunction(
    ([c, count]) =>
      document.querySelectorAll(`#${c} g[aria-label="line"] path`).length === count &&
      performance.getEntriesByName('regionpuls:first-chart').length > 0,
    [chart, n] as const,
    { timeout: 30_000 },
  );
}

async function addMember(query: string): Promise<void> {
  const search = page.locator('[data-testid=group-form] input[type=search]');
  await search.fill(query);
  await page.locator('#group-member-matches [role=option]').first().waitFor();
  await search.press('Enter');
}

describe('own regions', () => {
  let link = '';
  let description = '';

  it('makes «Vår region» of Moss, Råde and Våler and shows it beside Moss with the summed 2024 value', async () => {
    await page.goto(`${base}/?indicator=befolkning&regions=3103`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await lineCount('main-chart', 1);
    await page.getByTestId('group-create').click();
    await page.getByTestId('group-name').fill('Vår region');
    for (const q of ['Moss', 'Råde', '3114']) await addMember(q);
    expect(
      await page
        .locator('[data-testid=group-form] .chips li')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-code'))),
    ).toEqual(['3103', '3112', '3114']);
    await page.getByTestId('group-save').click();
    await page.waitForURL(/g1=/);
    link = page.url();
    const url = new URL(link);
    expect(url.searchParams.get('regions')).toBe('3103,egen-1');
    expect(url.searchParams.get('g1')).toBe('Vår region:3103,3112,3114');

    await lineCount('main-chart', 2);
    await cell('egen-1', 2024).waitFor();
    expect(await value('3103', 2024)).toBe('52 051');
    expect(await value('egen-1', 2024)).toBe('66 079');
    expect(await cell('egen-1', 2024).getAttribute('title')).toMatch(
      /^summert fra kommunene · Kilde: SSB 07459/,
    );
    expect(await value('egen-1', 2026)).toBe('67 328');
    expect(await page.getByTestId('group-note').innerText()).toContain(
      'Vår region: egen region, summert fra kommunene',
    );
    expect(await page.locator('#main-chart').innerText()).toContain('Vår region');
    description = (await page.locator('#main-chart').getAttribute('aria-label')) ?? '';
    expect(description).toContain('Befolkning i Vår region økte fra 45 567 i 1986 til 67 328 i 2026');
    await page.screenshot({ path: 'tests/output/groups.png', fullPage: true });
  });

  it('reloading the link restores it, and the browser remembers it', async () => {
    await page.goto(link);
    await lineCount('main-chart', 2);
    await cell('egen-1', 2024).waitFor();
    expect(await value('egen-1', 2024)).toBe('66 079');
    const stored = await page.evaluate(() => localStorage.getItem('regionpuls:own-regions:v1'));
    expect(JSON.parse(stored ?? '[]')).toEqual([{ name: 'Vår region', members: ['3103', '3112', '3114'] }]);

    // Without the group in the link it is offered again, and «Vis» puts it back in.
    await page.goto(`${base}/?indicator=befolkning&regions=3103`);
    await lineCount('main-chart', 1);
    await page.locator('[data-testid=group-stored] button', { hasText: 'Vis i sammenligningen' }).click();
    await page.waitForURL(/g1=/);
    await cell('egen-1', 2024).waitFor();
    expect(await value('egen-1', 2024)).toBe('66 079');
  });

  it('an embed of the link draws the same chart', async () => {
    const embed = new URL(link);
    embed.pathname = embed.pathname.replace(/\/$/, '') + '/embed';
    await page.goto(embed.href);
    await lineCount('embed-chart', 2);
    expect(await page.locator('#embed-chart').getAttribute('aria-label')).toBe(description);
  });

  it('a tampered group in a link is refused in words; the rest of the view is drawn', async () => {
    await page.goto(`${base}/?indicator=befolkning&regions=3103,egen-1&g1=Falsk:3103,9999`);
    await lineCount('main-chart', 1);
    const notices = await page.getByTestId('notices').innerText();
    expect(notices).toContain('«9999» er ikke kommunenummer fra 2024');
    expect(await value('3103', 2024)).toBe('52 051');
  });
});
