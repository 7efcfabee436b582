/**
 * The data-coverage page: prerendered, one heat-map and one table per indicator, reachable from the menu.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Session } from './browser';
import { sessionPerFile } from './session';

const base = inject('baseUrl');
const browser = sessionPerFile();
let session: Session;
beforeAll(() => {
  session = browser();
});

describe('data coverage page', () => {
  it('is prerendered with a heat-map per indicator, without JavaScript', async () => {
    const html = await (await fetch(`${base}/dekning`)).text();
    expect(html).not.toContain('_app/immutable/entry');
    expect((html.match(/data-testid="coverage-chart"/g) ?? []).length).toBe(8);
    // One cell per level × year for jobs by place of work 2005–2025: 6 levels × 21 years, filled or empty.
    expect(html).toContain('<title>Kommuner 2022: 357 av 357 med tall</title>');
    expect(html).toContain('<title>Kommuner 2019: 356 av 357 med tall</title>');
    expect(html).toContain('<title>Kommuner 2006: ingen tall</title>');
  });

  it('names the full and partial years per level, the break in series and the sources', async () => {
    const page = session.page;
    await page.goto(`${base}/`);
    await page.getByTestId('site-nav').getByRole('link', { name: 'Datadekning' }).click();
    await page.waitForURL(/\/dekning$/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Datadekning');
    expect(await page.getByTestId('site-nav').locator('[aria-current="page"]').innerText()).toBe(
      'Datadekning',
    );

    const jobs = page.locator('section[data-indicator="sysselsatte"]');
    const row = jobs.getByTestId('coverage-table').locator('tr', { hasText: 'Kommuner' });
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[0]).toBe('2005, 2015, 2017–2018, 2020–2022');
    expect(cells[1]).toContain('2019');
    expect(await jobs.locator('.note').innerText()).toMatch(/^Brudd i serien fra 2015/);
    expect(await jobs.locator('.source').innerText()).toMatch(/^Kilder i prioritert rekkefølge: SSB 11618/);

    const population = page.locator('section[data-indicator="befolkning"]').getByTestId('coverage-table');
    expect(await population.locator('tr', { hasText: 'Hele landet' }).locator('td').first().innerText()).toBe(
      '2005–2026',
    );
    await page.screenshot({ path: 'tests/output/dekning.png', fullPage: true });
  });
});
