/**
 * The analyst's workbench in Chromium: the ranking (prerendered, then re-ranked by DuckDB-wasm), the
 * map (click a kommune to add it to the comparison) and the peers link on a region report.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser';
import { sessionPerFile } from './session';

const base = inject('baseUrl');
const browser = sessionPerFile();
let session: Session;
beforeAll(() => {
  session = browser();
});

const firstRow = (s: Session) => s.page.locator('[data-testid=ranking-table] tbody tr').first();

describe('ranking', () => {
  it('ranks Innlandet kommuner on jobs growth 2017–2022, then Telemark from a link, and sorts by keyboard', async () => {
    const page = session.page;
    await page.goto(`${base}/rangering`);
    // SSB 11618: Lesja 811 → 896 jobs, +10,5 %.
    expect((await firstRow(session).innerText()).replace(/\s+/g, ' ')).toMatch(
      /^1 Lesja 811 896 \+85 \+10,5 %/,
    );
    expect(await page.getByTestId('ranking-summary').innerText()).toContain(
      '46 av 46 kommuner har tall for 2017–2022',
    );

    await page.getByTestId('rank-fylke').selectOption('40');
    await page.waitForURL(/fylke=40/);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=ranking-table] tbody tr').length === 17,
      null,
      { timeout: 30_000 },
    );
    expect(await page.getByTestId('ranking-summary').innerText()).toContain('17 av 17 kommuner');

    // Sort by name with the keyboard: focus the header link and press Enter.
    await page.getByRole('link', { name: 'Sorter etter Region' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/sort=name/);
    expect(
      await page.locator('[data-testid=ranking-table] thead th[aria-sort=ascending]').innerText(),
    ).toMatch(/^Region/);
    expect(await firstRow(session).locator('th').innerText()).toBe('Bamble');
    expect(session.requests.filter((u) => !u.startsWith(base))).toEqual([]);
  });
});

describe('ranking: start → end chart', () => {
  it('draws the ten fastest and five slowest of Innlandet’s 46 kommuner, Lesja first with +10,5 %', async () => {
    const page = session.page;
    await page.goto(`${base}/rangering`);
    const chart = page.getByTestId('ranking-dumbbell');
    await chart.locator('svg g[aria-label="link"]').waitFor();
    expect(await chart.locator('figcaption').innerText()).toBe(
      'Fra 2017 til 2022: de ti øverste og de fem nederste i rangeringen',
    );
    expect(await chart.locator('g[aria-label="link"] > path').count()).toBe(15);
    const names = await chart.locator('g[aria-label="y-axis tick label"] text').allTextContents();
    expect(names[0]).toBe('Lesja');
    expect(names.at(-1)).toBe('Etnedal');
    // Growth: every kommune starts at 100; Lesja ends at 110,5 and says +10,5 %.
    expect(await chart.locator('g[aria-label="text"] text').first().textContent()).toBe('+10,5\u00a0%');
    await page.screenshot({ path: 'tests/output/rangering.png', fullPage: true });
  });
});

describe('composite index', () => {
  it('opens with the formula and Innlandet indexed, and recomputes when a weight changes in the URL', async () => {
    const page = session.page;
    await page.goto(`${base}/indeks`);
    expect(await page.getByTestId('composite-formula').innerText()).toContain(
      'Indeks = (2 × poeng for vekst i prosent i sysselsatte etter arbeidssted + 1 × poeng for vekst i prosent i befolkning + 1 × poeng for vekst i prosent i sysselsatte etter bosted) / 4',
    );
    expect(await page.getByTestId('composite-summary').innerText()).toMatch(
      /^\d+ av 46 kommuner har tall for alle komponentene 2017–2022/,
    );
    // Jobs ×2 and population ×1 only: two component columns; Hamar 86,7 as hand-computed in
    // tests/sql/composite.test.ts, behind Ringsaker (jobs rank 5 → 91,1 points, population rank 3 → 95,6).
    await page.goto(
      `${base}/indeks?level=kommune&fylke=34&from=2017&to=2022&c=sysselsatte:growth:2,befolkning:growth:1`,
    );
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=composite-table] thead th').length === 5,
      null,
      { timeout: 30_000 },
    );
    const rows = page.locator('[data-testid=composite-table] tbody tr');
    expect((await rows.nth(0).innerText()).replace(/\s+/g, ' ')).toMatch(/^1 Ringsaker 92,6 /);
    expect((await rows.nth(1).innerText()).replace(/\s+/g, ' ')).toMatch(/^2 Hamar 86,7 /);
    await page.screenshot({ path: 'tests/output/indeks.png', fullPage: true });
  });
});

describe('map', () => {
  it('draws Innlandet’s 46 kommuner from the own origin; a click on Lesja adds it to the comparison', async () => {
    const page = session.page;
    session.requests.length = 0;
    await page.goto(`${base}/kart`);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=map] [data-testid=chart] path[data-code]').length === 46,
      null,
      { timeout: 30_000 },
    );
    // Hover text: name and value (Lesja 811 → 896 jobs, +10,5 %).
    expect(await page.locator('[data-testid=map] path[data-code="3432"] title').textContent()).toBe(
      'Lesja: +10,5\u00a0%',
    );
    await page.locator('[data-testid=map] path[data-code="3432"]').dispatchEvent('click');
    await page.waitForURL(/pick=3432/);
    await page.locator('[data-testid=map] path[data-code="3407"]').dispatchEvent('click');
    await page.waitForURL(/pick=3432,3407/);
    expect(await page.getByTestId('map-picked').locator('li').allInnerTexts()).toEqual(['Lesja', 'Gjøvik']);
    const href = await page.getByTestId('map-compare').getAttribute('href');
    expect(href).toMatch(/\/\?indicator=sysselsatte&regions=3432,3407$/);
    // Keyboard users add from the table.
    await page.getByRole('button', { name: 'Legg Engerdal til sammenligningen' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/pick=3432,3407,3425/);
    // The comparison opens with the three kommuner charted.
    await page.getByTestId('map-compare').click();
    await page.waitForURL(/regions=3432,3407,3425/);
    // The 2015 break in the jobs series splits each line, so count the regions in the table instead.
    await page.waitForFunction(
      () => /Lesja[\s\S]*Gjøvik[\s\S]*Engerdal/.test(document.querySelector('main table')?.textContent ?? ''),
      null,
      { timeout: 30_000 },
    );
    const map = session.requests.filter((u) => u.includes('kommuner.topojson'));
    expect(map.length).toBeGreaterThan(0);
    expect(session.requests.filter((u) => !u.startsWith(base))).toEqual([]);
  });
});

describe('peers on the region report', () => {
  it('names Kongsvinger’s comparable kommuner by the stated rule and adds them to the comparison in one click', async () => {
    const page = session.page;
    await page.goto(`${base}/region/3401`);
    const peers = page.getByTestId('peers');
    expect(await peers.locator('.peer-list li a').allInnerTexts()).toEqual([
      'Stange',
      'Gran',
      'Lillehammer',
      'Gjøvik',
      'Ringsaker',
    ]);
    expect(await peers.innerText()).toContain('Sentralitetsklasse 3');
    // Jobs 2017–2022: Kongsvinger +2,34 % (8 465 → 8 663) within its peers' band around Gran's +4,93 %.
    const jobs = (await peers.getByTestId('peer-statements').locator('li').allInnerTexts())
      .map((s) => s.replace(/\s+/g, ' '))
      .find((s) => s.startsWith('Sysselsatte etter arbeidssted – Vekst 2017–2022'));
    expect(jobs).toContain('omtrent som sammenlignbare kommuner (Kongsvinger: +2,34 %; median +4,93 %');
    await page.getByTestId('peers-compare').click();
    await page.waitForURL(/\/\?indicator=sysselsatte&regions=3401,3413,3446,3405,3407,3411$/);
    await page.waitForFunction(
      () => /Kongsvinger[\s\S]*Ringsaker/.test(document.querySelector('main table')?.textContent ?? ''),
      null,
      { timeout: 30_000 },
    );
  });
});

describe('phone width', () => {
  it('the ranking, map and index pages fit 390 px without sideways scrolling (wide tables scroll in their box)', async () => {
    const phone = await openBrowser({ width: 390, height: 800 });
    try {
      for (const path of ['/rangering', '/kart', '/indeks']) {
        await phone.page.goto(`${base}${path}`);
        await phone.page.locator('table').first().waitFor();
        expect(
          await phone.page.evaluate(() => document.documentElement.scrollWidth),
          path,
        ).toBeLessThanOrEqual(390);
      }
    } finally {
      await phone.close();
    }
  });
});
