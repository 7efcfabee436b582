/**
 * The commuting page (/pendling): the default area prerendered with its figures in the HTML, any
 * kommune or region from the link loaded through DuckDB-wasm, and SSB's figures on screen. Kongsvinger
 * (3401), 4th quarter 2022, SSB 03321: 8 663 jobs, 5 672 live and work there, 2 991 in-commuters,
 * 2 371 out-commuters; Kongsvingerregionen keeps 76,5 % of its employed residents.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { openBrowser, type Session } from './browser';
import { sessionPerFile } from './session';
import { oneLine as text } from './page-text';

const base = inject('baseUrl');
const browser = sessionPerFile();
let session: Session;
beforeAll(() => {
  session = browser();
});

describe('commuting page', () => {
  it('is prerendered for Kongsvingerregionen with the figures, the verdict and the flow charts in the HTML', async () => {
    const html = await (await fetch(`${base}/pendling`)).text();
    expect(html).toContain('Kongsvingerregionen (Glåmdal)');
    expect(text(html.replace(/<[^>]+>/g, ' ')).replace(/\u00a0/g, ' ')).toContain(
      'Ja. Kongsvingerregionen (Glåmdal) var et felles arbeidsmarked etter regelen i 2022: 76,5 %',
    );
    expect((html.match(/aria-label="bar"/g) ?? []).length).toBe(2);
    expect(html).toContain('Kilde: SSB, tabell 03321');
  });

  it('shows Kongsvinger 2022 from the link: jobs, live-and-work, in- and out-commuters, and the largest flows', async () => {
    const page = session.page;
    await page.goto(`${base}/pendling?region=3401`);
    const result = page.locator('[data-testid=commuting][data-code="3401"]');
    await result.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('area-name').innerText()).toBe('Kongsvinger');
    const figure = async (key: string) =>
      text(await result.locator(`[data-testid=key-figures] [data-measure=${key}] dd`).first().innerText());
    expect(await figure('jobs')).toBe('8 663');
    expect(await figure('inside')).toBe('5 672');
    expect(await figure('in_commuters')).toBe('2 991');
    expect(await figure('out_commuters')).toBe('2 371');
    expect(await figure('residents_inside')).toBe('70,5 %');
    expect(await figure('job_ratio')).toBe('108 %');
    expect(await result.locator('dt').allInnerTexts()).toContain('Andel som bor og jobber i kommunen');
    // The change 2017–2022 in the table: jobs 8 465 → 8 663.
    const jobsRow = (
      await result.locator('[data-testid=summary-table] tr[data-measure=jobs] td').allInnerTexts()
    ).map(text);
    expect(jobsRow).toEqual(['8 465', '8 582', '8 423', '8 295', '8 612', '8 663', '+198']);
    // Largest flows: Eidskog in (731, 747 in 2017), Oslo out (600).
    const firstIn = (
      await result.locator('[data-testid=flows-in] tbody tr').first().locator('td, th').allInnerTexts()
    ).map(text);
    expect(firstIn).toEqual(['1', 'Eidskog', '731', '24,4 %', '747', '−16']);
    expect(
      text(await result.locator('[data-testid=flows-out] tbody tr').first().locator('th').innerText()),
    ).toBe('Oslo');
    // Both flow charts drawn live: bars for the ten largest flows each way.
    expect(
      await result.locator('[data-direction=in] [data-testid=chart] g[aria-label="bar"] rect').count(),
    ).toBe(10);
    expect(
      await result.locator('[data-direction=out] [data-testid=chart] g[aria-label="bar"] rect').count(),
    ).toBe(10);
    expect(text(await result.getByTestId('verdict').innerText())).toMatch(
      /^Nei\. Kongsvinger var ikke et selvstendig arbeidsmarked etter regelen i 2022: 70,5 %/,
    );
    // The table's numbers as CSV, with the source line.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('csv-years').click(),
    ]);
    expect(download.suggestedFilename()).toBe('pendling_kongsvinger_2017-2022.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toContain('# Kilde: SSB, tabell 03321');
    expect(csv).toMatch(/\r\n3401,2022,8663,8043,/);
    await page.screenshot({ path: 'tests/output/pendling-3401.png', fullPage: true });
    expect(session.errors).toEqual([]);
  });

  it('shows an own region from the link, Kongsvinger + Eidskog 2022: flows between the two counted inside', async () => {
    const page = session.page;
    await page.goto(
      `${base}/pendling?region=egen-1&g1=${encodeURIComponent('Kongsvinger og Eidskog:3401,3416')}`,
    );
    const result = page.locator('[data-testid=commuting][data-code="egen-1"]');
    await result.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('area-name').innerText()).toBe('Kongsvinger og Eidskog');
    // Summed from SSB 03321 (tests/sql/commuting-own.test.ts): 10 612 jobs, 8 146 live and work in the
    // two, 2 466 in- and 2 590 out-commuters — Kongsvinger alone had 2 991 in-commuters.
    const figure = async (key: string) =>
      text(await result.locator(`[data-testid=key-figures] [data-measure=${key}] dd`).first().innerText());
    expect(await figure('jobs')).toBe('10 612');
    expect(await figure('inside')).toBe('8 146');
    expect(await figure('in_commuters')).toBe('2 466');
    expect(await figure('out_commuters')).toBe('2 590');
    expect(await page.getByTestId('area').inputValue()).toBe('egen-1');
    const inFlows = (await result.locator('[data-testid=flows-in] tbody tr th').allInnerTexts()).map(text);
    expect(inFlows).toHaveLength(10);
    expect(inFlows).not.toContain('Eidskog');
    expect(inFlows).not.toContain('Kongsvinger');
    // A region remembered in this browser is offered too; picked, it joins the link in the next slot.
    await page.evaluate(() =>
      localStorage.setItem(
        'regionpuls:own-regions:v1',
        JSON.stringify([{ name: 'Grensetraktene', members: ['3416', '3401'] }]),
      ),
    );
    await page.reload();
    await result.waitFor({ timeout: 60_000 });
    await page.getByTestId('area').selectOption('egen-2');
    const second = page.locator('[data-testid=commuting][data-code="egen-2"]');
    await second.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('area-name').innerText()).toBe('Grensetraktene');
    expect(
      text(await second.locator('[data-testid=key-figures] [data-measure=jobs] dd').first().innerText()),
    ).toBe('10 612');
    const link = new URL(page.url()).searchParams;
    expect([link.get('region'), link.get('g1'), link.get('g2')]).toEqual([
      'egen-2',
      'Kongsvinger og Eidskog:3401,3416',
      'Grensetraktene:3416,3401',
    ]);
    await page.evaluate(() => localStorage.removeItem('regionpuls:own-regions:v1'));
    expect(session.errors).toEqual([]);
    // The next test goes back from Kongsvinger.
    await page.goto(`${base}/pendling?region=3401`);
    await page.locator('[data-testid=commuting][data-code="3401"]').waitFor({ timeout: 60_000 });
  });

  it('switches area from the picker, keeps it in the URL, and leaves a missing year empty', async () => {
    const page = session.page;
    await page.getByTestId('area').selectOption('50');
    await page.locator('[data-testid=commuting][data-code="50"]').waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('region')).toBe('50');
    // Trøndelag 2019: Rindal is not in SSB's file that year — a dash and a note, never a partial sum.
    const jobsRow = (
      await page.locator('[data-testid=summary-table] tr[data-measure=jobs] td').allInnerTexts()
    ).map(text);
    expect(jobsRow[2]).toBe('–');
    expect(text(await page.getByTestId('notes').innerText())).toContain('Ingen tall for 2019');
    await page.goBack();
    await page.locator('[data-testid=commuting][data-code="3401"]').waitFor({ timeout: 30_000 });
    // Search by name (Norwegian letters folded): Grenland's council is one labour market by the rule.
    await page.getByTestId('area-search').fill('grenland');
    await page.getByRole('button', { name: 'Grenland', exact: true }).click();
    await page.locator('[data-testid=commuting][data-code="grenland"]').waitFor({ timeout: 30_000 });
    expect(text(await page.getByTestId('verdict').innerText())).toMatch(
      /^Ja\. Grenland var et felles arbeidsmarked etter regelen i 2022: 85,4 %/,
    );
  });

  it('says so when the link names no region', async () => {
    const page = session.page;
    await page.goto(`${base}/pendling?region=9999`);
    await expect
      .poll(() => page.getByRole('alert').first().innerText())
      .toContain('Fant ingen kommune eller region med koden «9999»');
    expect(await page.getByTestId('area-name').innerText()).toBe('Kongsvingerregionen (Glåmdal)');
    // The default area's figures are shown, not left hidden by the first-paint script.
    await expect.poll(() => page.getByTestId('area-name').isVisible()).toBe(true);
    // A malformed escape in the link: the same notice, and no script error.
    const errors = session.errors.length;
    await page.goto(`${base}/pendling?region=%E0%A4%A`);
    await expect
      .poll(() => page.getByRole('alert').first().innerText())
      .toContain('Fant ingen kommune eller region med koden');
    await expect.poll(() => page.getByTestId('key-figures').isVisible()).toBe(true);
    expect(session.errors.slice(errors)).toEqual([]);
  });

  it('is linked from the site menu', async () => {
    const page = session.page;
    await page.goto(`${base}/dekning`);
    await page.getByTestId('site-nav').getByRole('link', { name: 'Pendling' }).click();
    await page.waitForURL(/\/pendling$/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Pendling og arbeidsmarked');
  });

  it('is linked from every region report, for that region', async () => {
    const page = session.page;
    await page.goto(`${base}/region/3401`);
    await page.getByTestId('commuting-link').click();
    await page.locator('[data-testid=commuting][data-code="3401"]').waitFor({ timeout: 60_000 });
    expect(text(await page.locator('[data-measure=jobs] dd').first().innerText())).toBe('8 663');
  });

  it('fits a phone screen without sideways scrolling (wide tables scroll inside their box)', async () => {
    const phone = await openBrowser({ width: 390, height: 800 });
    try {
      await phone.page.goto(`${base}/pendling`);
      await phone.page.getByTestId('flows-out').waitFor();
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    } finally {
      await phone.close();
    }
  });
});
