/**
 * Issue 13: a shared link, a non-default embed and a target link draw their chart from the real data
 * before DuckDB-wasm is ready (the wasm request is held back here until the chart is asserted), and
 * the page keeps working when DuckDB takes over. Figures are SSB's (07459, population 1 January).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { openBrowser, waitForChart, waitForEngine, waitForFirstChart } from './browser';
import type { Session } from './browser';
import { encodeTargets } from '../../src/lib/targets/url';
import { makeTarget } from '../fixtures/targets';

const base = inject('baseUrl');
let session: Session;
let page: Page;
const engineReady = () =>
  page.evaluate(() => performance.getEntriesByName('regionpuls:engine-ready').length > 0);
const firstBeforeHydration = () =>
  page.evaluate(() => performance.getEntriesByName('regionpuls:first-chart-before-hydration').length > 0);
const cell = async (code: string, year: number) =>
  (await page.locator(`[data-testid=data-table] tr[data-code="${code}"] td[data-year="${year}"]`).innerText())
    .replace(/\s/g, ' ')
    .trim();

const legend = async () =>
  (await page.locator('[data-testid=chart] figure > div span').allInnerTexts())
    .map((s) => s.trim())
    .filter(Boolean);

/** Holds every request matching `pattern` until `release()`. */
async function hold(pattern: string): Promise<() => Promise<void>> {
  const held: Route[] = [];
  await page.route(pattern, (route) => void held.push(route));
  return async () => {
    // A request the page gave up on (a navigation) is already handled: nothing to release.
    for (const route of held.splice(0)) await route.continue().catch(() => undefined);
    await page.unroute(pattern);
    for (const route of held.splice(0)) await route.continue().catch(() => undefined);
  };
}

/** Holds every wasm request until `release()`: DuckDB cannot be ready before then. */
const holdWasm = () => hold('**/*.wasm');

beforeAll(async () => {
  session = await openBrowser();
  page = session.page;
});
afterAll(async () => {
  await session?.close();
});

describe('a shared link draws before DuckDB is ready', () => {
  it('draws the five kommuner with SSB figures while the wasm is held back, and DuckDB takes over later', async () => {
    const release = await holdWasm();
    // The page's own components are held back too: the chart below is drawn before hydration
    // (src/lib/first), with this view's title, legend and source line.
    const releasePage = await hold('**/_app/immutable/nodes/**');
    await page.goto(`${base}/?indicator=befolkning&regions=3103,3107,3105,3101,3403`);
    await waitForFirstChart(page, 5);
    expect(await firstBeforeHydration()).toBe(true);
    expect(await page.getByTestId('chart-title').innerText()).toBe('Befolkning');
    expect(await legend()).toEqual(['Moss', 'Fredrikstad', 'Sarpsborg', 'Halden', 'Hamar']);
    expect(await page.getByTestId('source-line').innerText()).toContain('07459');
    // The prerendered default view's chart (Moss, Sarpsborg, Fredrikstad … in another order) is gone,
    // and its chips and table (Moss, Råde, Våler) wait, hidden, until the page takes over.
    expect(await page.locator('[data-testid=chart] figure').count()).toBe(1);
    expect(await page.locator('ul.chips').isVisible()).toBe(false);
    expect(await page.getByTestId('data-table').isVisible()).toBe(false);
    await releasePage();

    // The page hydrates, takes the first chart's state over and draws it live; every control works.
    await waitForChart(page, 5);
    expect(await engineReady()).toBe(false);
    expect(await cell('3103', 2026)).toBe('53 207');
    expect(await cell('3103', 2020)).toBe('49 273');
    expect(await legend()).toEqual(['Moss', 'Fredrikstad', 'Sarpsborg', 'Halden', 'Hamar']);
    expect(await page.getByTestId('source-line').innerText()).toContain('07459');
    expect(await page.getByTestId('progress').count()).toBe(0);
    expect(
      await page.locator('ul.chips li[data-code]').evaluateAll((li) => li.map((l) => l.dataset.code)),
    ).toEqual(['3103', '3107', '3105', '3101', '3403']);
    expect(await page.getByTestId('data-table').isVisible()).toBe(true);

    // An interaction before DuckDB is ready: indexed growth, answered engine-free.
    await page.getByLabel('Indeksert vekst').check();
    await page.waitForFunction(() => location.search.includes('mode=indexed'));
    await page.getByTestId('base-year').waitFor();
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid=data-table] tr[data-code="3103"] td[data-year="2026"]')
        ?.textContent?.includes(','),
    );
    expect(await engineReady()).toBe(false);
    const indexedBeforeDuckdb = await cell('3103', 2026);

    await release();
    await waitForEngine(page);
    // Views not seen before, now answered by DuckDB: a new base year is 100 in that year.
    await page.getByTestId('base-year').selectOption('2010');
    await page.waitForFunction(() => location.search.includes('base=2010'));
    await page.waitForFunction(() =>
      /^100(,0+)?$/.test(
        document
          .querySelector('[data-testid=data-table] tr[data-code="3103"] td[data-year="2010"]')
          ?.textContent?.trim() ?? '',
      ),
    );
    await page.getByLabel('Absolutte tall').check();
    await page.waitForFunction(() => !location.search.includes('mode='));
    await page.getByTestId('indicator').selectOption('sysselsatte');
    await page.waitForFunction(
      () =>
        location.search.includes('indicator=sysselsatte') &&
        document.querySelector('[data-testid=data-table] tr[data-code="3103"]') !== null,
    );
    await page.getByTestId('indicator').selectOption('befolkning');
    await page.waitForFunction(
      () =>
        !location.search.includes('sysselsatte') &&
        document
          .querySelector('[data-testid=data-table] tr[data-code="3103"] td[data-year="2026"]')
          ?.textContent?.includes('53'),
    );
    expect(await cell('3103', 2026)).toBe('53 207');
    expect(indexedBeforeDuckdb).toMatch(/^\d+,\d$/);
    expect(session.errors).toEqual([]);
  });
});

describe('an embed and a target link draw before DuckDB is ready', () => {
  it('a non-default embed', async () => {
    const release = await holdWasm();
    const releasePage = await hold('**/_app/immutable/nodes/**');
    await page.goto(`${base}/embed?indicator=befolkning&regions=3103,0301,9999&mode=indexed&base=2010`);
    await waitForFirstChart(page, 2);
    expect(await firstBeforeHydration()).toBe(true);
    expect(await page.locator('.subtitle').innerText()).toBe('Indeksert vekst, 2010 = 100');
    expect(await legend()).toEqual(['Moss', 'Oslo [0301]']);
    await releasePage();
    await waitForChart(page, 2);
    expect(await engineReady()).toBe(false);
    expect(await page.locator('.subtitle').innerText()).toBe('Indeksert vekst, 2010 = 100');
    expect(await page.getByTestId('notices').innerText()).toContain('«9999»');
    await release();
  });

  it('a link carrying a user target', async () => {
    const mine = makeTarget({
      id: 'moss-folk',
      title: 'Moss: 55 000 innbyggere i 2030',
      base_year: 2020,
      kind: 'level',
      amount: 55000,
      set_by: 'Test',
    });
    const release = await holdWasm();
    // While the app itself is held back (SvelteKit's entry, so no client hook either), the page's
    // <head> starts target-link.ts: the link's target is decoded, its series read and its detail drawn
    // by the page's TargetDetail.
    const releasePage = await hold('**/_app/immutable/entry/**');
    const pathDrawn = () =>
      page.waitForFunction(
        () =>
          document.querySelectorAll('[data-testid=target-detail] g[aria-description="målbane"] path').length >
          0,
        null,
        { timeout: 30_000 },
      );
    // Moss 2020 = 49 273, 2026 = 53 207 (SSB 07459): path 2026 = 49 273 + 6/10 × 5 727 = 52 709, so 498 ahead.
    const status = 'Foran målbanen: 498 personer foran målbanen i 2026.';
    // At phone width, where the menu wraps: its language and theme controls keep their room before
    // hydration, so nothing moves when they appear.
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 844 });
    const navHeight = () => page.getByTestId('site-nav').evaluate((n) => n.getBoundingClientRect().height);
    await page.goto(`${base}/targets?target=moss-folk&t=${await encodeTargets([mine])}`);
    await pathDrawn();
    const navBefore = await navHeight();
    expect(await page.getByTestId('theme-select').isVisible()).toBe(false);
    expect(await firstBeforeHydration()).toBe(true);
    expect(await page.locator('[data-first-target] h2').innerText()).toBe('Moss: 55 000 innbyggere i 2030');
    expect(await page.getByTestId('target-status').innerText()).toBe(status);
    expect(await page.getByTestId('target-loading').count()).toBe(0);
    await releasePage();
    // Hydrated, the page's own detail took its place: one detail, outside the early place.
    await page.waitForFunction(
      () => document.querySelector('[data-first-target]')?.childElementCount === 0,
      null,
      { timeout: 30_000 },
    );
    await pathDrawn();
    await page.getByTestId('theme-select').waitFor();
    expect(await navHeight()).toBe(navBefore);
    if (viewport) await page.setViewportSize(viewport);
    expect(await page.getByTestId('target-detail').count()).toBe(1);
    expect(await engineReady()).toBe(false);
    expect(await page.getByTestId('target-status').innerText()).toBe(status);
    await release();
  });
});

describe('the chart is on the first screen and stays put when the page hydrates', () => {
  /** The main chart's box, and the controls' (hidden in place before hydration, but laid out). */
  const boxes = () =>
    page.evaluate(() => {
      const box = (s: string) => {
        const r = document.querySelector(s)!.getBoundingClientRect();
        return {
          top: Math.round(r.top),
          left: Math.round(r.left),
          right: Math.round(r.right),
          height: Math.round(r.height),
        };
      };
      return {
        chart: box('#main-chart'),
        title: box('[data-testid=chart-title]'),
        controls: box('#visning'),
      };
    });
  const cases = [
    { name: 'a shared link', path: '/?indicator=befolkning&regions=3103,3107,3105,3101,3403', lines: 5 },
    { name: 'the prerendered default view', path: '/', lines: 3 },
  ];
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ])
    for (const { name, path, lines } of cases)
      it(`${name} at ${viewport.width} px`, async () => {
        const restore = page.viewportSize();
        await page.setViewportSize(viewport);
        const releasePage = await hold('**/_app/immutable/nodes/**');
        await page.goto(`${base}${path}`);
        // Before hydration: a link's first chart, or the prerendered one (drawn at this width). A
        // link hides the prerendered default chart (laid out, not visible) until its own is drawn.
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('#main-chart svg')].some(
              (s) => s.getBoundingClientRect().height > 0 && s.checkVisibility({ visibilityProperty: true }),
            ),
          null,
          { timeout: 30_000 },
        );
        const before = await boxes();
        await releasePage();
        await waitForChart(page, lines);
        const after = await boxes();
        // The controls change with the view (its chips); the chart and its title do not move.
        expect({ chart: after.chart, title: after.title }).toEqual({
          chart: before.chart,
          title: before.title,
        });
        // The title and most of the chart on the first screen, at either width.
        expect(after.title.top).toBeGreaterThan(0);
        expect(after.chart.top + after.chart.height / 2).toBeLessThan(viewport.height);
        if (viewport.width >= 1024) {
          // The controls beside the chart, at its height.
          expect(after.controls.right).toBeLessThan(after.chart.left);
          expect(Math.abs(after.controls.top - after.title.top)).toBeLessThan(40);
        } else {
          // Below it on a phone, with a link down to them.
          expect(after.controls.top).toBeGreaterThan(after.chart.top + after.chart.height);
          expect(await page.getByTestId('to-controls').getAttribute('href')).toBe('#visning');
          expect(await page.getByTestId('to-controls').isVisible()).toBe(true);
        }
        if (restore) await page.setViewportSize(restore);
      });
});

describe('the engine-free files are checked like the Parquet', () => {
  it('refuses a population file whose values were doubled after the build, and shows none of them', async () => {
    const { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { serveStatic } = await import('./static-server');
    const { DAMAGED_DATA } = await import('../../src/lib/manifest');
    const root = mkdtempSync(join(tmpdir(), 'regionpuls-rows-'));
    cpSync('build', root, { recursive: true });
    const [version] = readdirSync(join(root, 'rows'));
    const file = join(root, 'rows', version!, 'befolkning.json');
    const rows = JSON.parse(readFileSync(file, 'utf8')) as { value: (number | null)[] };
    rows.value = rows.value.map((v) => (v === null ? null : v * 2));
    writeFileSync(file, JSON.stringify(rows));
    const server = await serveStatic(root);
    const solo = await openBrowser();
    try {
      await solo.page.route('**/*.wasm', (route) => route.abort());
      await solo.page.goto(`${server.url}/?indicator=befolkning&regions=3103,3107`);
      await solo.page.getByText(DAMAGED_DATA).first().waitFor({ timeout: 30_000 });
      // Moss 2020 doubled would be 98 546: it appears nowhere.
      expect(await solo.page.locator('body').innerText()).not.toContain('98 546');
    } finally {
      await solo.close();
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
