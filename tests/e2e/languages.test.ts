/**
 * Bokmål, nynorsk and English on the built site: `lang=` in a link switches the words and the
 * numbers after hydration, the menu switches and keeps the language, embeds follow their own
 * `lang=`, axe-core finds nothing serious in nb, nn and en, light and dark, and the charts' values
 * are read by keyboard (the line chart, the map, the ranking's start → end chart).
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionPerFile } from './session';
import { waitForChart } from './browser';
import { axe, describeViolations, serious } from './axe';

const base = inject('baseUrl');
const browser = sessionPerFile();

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const navText = (page: Page) => page.getByTestId('site-nav').locator('ul').first().innerText();
const cell = async (page: Page, code: string, year: number) =>
  (await page.locator(`[data-testid=data-table] tr[data-code="${code}"] td[data-year="${year}"]`).innerText())
    .replace(/\s/g, ' ')
    .trim();
/** Waits until the page has taken the link's language (it is prerendered in bokmål). */
const inLanguage = (page: Page, lang: string) =>
  page.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: 30_000 });

describe('languages', () => {
  it('nynorsk from a link: menu, skip link, chart title with the nynorsk indicator name', async () => {
    const { page } = browser();
    await page.goto(`${base}/?lang=nn`);
    await inLanguage(page, 'nn');
    await waitForChart(page, 3);
    expect(await navText(page)).toContain('Samanlikn');
    expect(await page.locator('.skip-link').innerText()).toBe('Hopp til innhaldet');
    expect(await page.getByTestId('chart-title').innerText()).toContain('Folketal');
    // The menu's select is in the prerendered page, hidden until the page hydrates: read it once shown.
    await page.getByTestId('lang-select').waitFor();
    expect(await page.getByTestId('lang-select').inputValue()).toBe('nn');
  });

  it('English from a link: words, the indicator name and English numbers in the table (Moss 2020: 49,273)', async () => {
    const { page } = browser();
    await page.goto(`${base}/?indicator=befolkning&regions=3103,3107&lang=en`);
    await inLanguage(page, 'en');
    await waitForChart(page, 2);
    expect(await htmlLang(page)).toBe('en');
    expect(await navText(page)).toContain('Compare');
    expect(await page.getByTestId('chart-title').innerText()).toContain('Population');
    // SSB 07459: Moss 49 273 on 1 January 2020, 53 207 in 2026.
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid=data-table] tr[data-code="3103"] td[data-year="2020"]')
          ?.textContent?.includes(','),
      undefined,
      { timeout: 30_000 },
    );
    expect(await cell(page, '3103', 2020)).toBe('49,273');
    expect(await cell(page, '3103', 2026)).toBe('53,207');
    expect(await page.getByTestId('source-line').innerText()).toMatch(/^Source: SSB/);
  });

  it('the language menu changes the address and the words, keeping the view; bokmål leaves lang out', async () => {
    const { page } = browser();
    await page.goto(`${base}/?indicator=befolkning&regions=3103`);
    await waitForChart(page, 1);
    await page.getByTestId('lang-select').selectOption('en');
    await page.waitForURL(/lang=en/);
    await inLanguage(page, 'en');
    expect(new URL(page.url()).searchParams.get('regions')).toBe('3103');
    expect(await navText(page)).toContain('Compare');
    expect(await cell(page, '3103', 2020)).toBe('49,273');
    await page.getByTestId('lang-select').selectOption('nb');
    await inLanguage(page, 'nb');
    expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
    expect(await navText(page)).toContain('Sammenlign');
    expect(await cell(page, '3103', 2020)).toBe('49 273');
  });

  it('keeps the language through a click in the menu', async () => {
    const { page } = browser();
    await page.goto(`${base}/?lang=nn`);
    await inLanguage(page, 'nn');
    await page.getByTestId('site-nav').getByRole('link', { name: 'Datadekning' }).click();
    await page.waitForURL(/\/nn\/dekning$/);
    await inLanguage(page, 'nn');
    expect(await page.locator('h1').innerText()).toBe('Datadekning');
    expect(await page.locator('main').innerText()).toContain('Alle har tal');
    expect(await navText(page)).toContain('Samanlikn');
  });

  it('region reports and /dekning are prerendered in each language, with <html lang> set', async () => {
    const pages: [string, string, string][] = [
      ['/region/3403', 'nb', 'Indikatorer'],
      ['/nn/region/3403', 'nn', 'Indikatorar'],
      ['/en/region/3403', 'en', 'Indicators'],
      ['/dekning', 'nb', 'Hele landet'],
      ['/nn/dekning', 'nn', 'Heile landet'],
      ['/en/dekning', 'en', 'The whole country'],
    ];
    for (const [path, lang, word] of pages) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(html, path).toMatch(new RegExp(`<html lang="${lang}"`));
      expect(html, path).toContain(word);
    }
  });

  it('a ?lang=nn link to a report lands on the nynorsk report, and its links keep nynorsk', async () => {
    const { page } = browser();
    await page.goto(`${base}/region/3403?lang=nn`);
    await page.waitForURL(/\/nn\/region\/3403$/);
    expect(await htmlLang(page)).toBe('nn');
    expect(await page.locator('main h2').allInnerTexts()).toContain('Indikatorar');
    expect(await page.getByTestId('commuting-link').getAttribute('href')).toMatch(
      /pendling\?region=3403&lang=nn$/,
    );
    expect(
      await page.getByTestId('lang-links').getByRole('link', { name: 'English' }).getAttribute('href'),
    ).toMatch(/\/en\/region\/3403$/);
  });

  it('a nynorsk view links to the nynorsk reports', async () => {
    const { page } = browser();
    await page.goto(`${base}/?indicator=befolkning&regions=3103,3107&lang=nn`);
    await inLanguage(page, 'nn');
    const links = page.getByTestId('report-links').locator('a');
    await links.first().waitFor();
    expect(await links.first().getAttribute('href')).toMatch(/\/nn\/region\/3103$/);
  });

  it('an embed with lang=en has an English title, source line and link back', async () => {
    const { page } = browser();
    await page.goto(`${base}/embed?indicator=befolkning&regions=3103,3112,3114&lang=en`);
    await inLanguage(page, 'en');
    await page.locator('[data-testid=chart] svg').first().waitFor({ timeout: 45_000 });
    expect(await page.locator('h1').innerText()).toBe('Population');
    expect(await page.getByTestId('source-line').innerText()).toMatch(
      /^Source: SSB, .*table 07459\. Shipped data set/,
    );
    expect(await page.getByTestId('embed-back').getAttribute('href')).toMatch(/lang=en/);
    expect(await page.getByTestId('chart').getAttribute('aria-label')).toMatch(
      /^Population in Moss rose from 36,154 in 1986 to 53,207 in 2026 \(\+47%\)\./,
    );
  });
});

describe('languages: axe in light and dark', () => {
  /** Each page and what shows it is drawn (the ones that start DuckDB wait for their data). */
  const pages: [string, string][] = [
    ['/', '[data-testid=chart] svg'],
    ['/targets', '[data-testid=chart] svg'],
    ['/region/3403', '[data-testid=chart] svg'],
    ['/embed?indicator=befolkning&regions=3103,3112,3114', '[data-testid=chart] svg'],
    ['/rangering', 'table tbody tr'],
    ['/kart', '[data-testid=chart] svg'],
    ['/pendling', '[data-testid=chart] svg'],
    ['/indeks', 'table tbody tr'],
    ['/skiftandel', '[data-testid=chart] svg'],
    ['/dekning', '[data-testid=coverage-chart] svg'],
    ['/sql', '[data-testid=sql-tables] li'],
  ];
  /** Pages that run no script have their language in the path; the others take `lang=`; bokmål neither. */
  const inLang = (path: string, lang: string) =>
    lang === 'nb'
      ? path
      : path.startsWith('/region/') || path === '/dekning'
        ? `/${lang}${path}`
        : `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
  for (const lang of ['nb', 'nn', 'en'] as const)
    for (const scheme of ['light', 'dark'] as const)
      it(`${lang}, ${scheme}: no serious or critical finding on ${pages.length} pages`, async () => {
        const { page } = browser();
        await page.emulateMedia({ colorScheme: scheme });
        const found: string[] = [];
        for (const [path, ready] of pages) {
          await page.goto(`${base}${inLang(path, lang)}`);
          await page.waitForSelector(ready, { state: 'attached', timeout: 45_000 });
          await inLanguage(page, lang);
          await page.waitForLoadState('networkidle');
          found.push(...describeViolations(serious(await axe(page))).map((v) => `${path}: ${v}`));
        }
        expect(found).toEqual([]);
        // Eleven pages, five of them starting DuckDB: about 2 minutes on a loaded 2-core machine.
      }, 300_000);
});

describe('chart values by keyboard', () => {
  it('the chart takes focus; the arrow keys show the tooltip of each point (Moss 2020: 49,273)', async () => {
    const { page } = browser();
    await page.goto(`${base}/?indicator=befolkning&regions=3103,3107&lang=en`);
    await inLanguage(page, 'en');
    await waitForChart(page, 2);
    const chart = page.locator('[data-testid=chart][tabindex="0"]');
    await chart.waitFor({ timeout: 45_000 });
    const tip = page.getByTestId('chart-key-tip');
    const live = page.getByTestId('chart-key-live');
    await chart.focus();
    // SSB 07459: Moss 36,154 on 1 January 1986, 53,207 in 2026, 49,273 in 2020.
    expect(await tip.innerText()).toMatch(/^Moss\n1986: 36,154\nSource: /);
    await page.keyboard.press('ArrowRight');
    expect(await tip.innerText()).toMatch(new RegExp(`^Moss\\n1987: ${await cell(page, '3103', 1987)}\\n`));
    await page.keyboard.press('End');
    expect(await tip.innerText()).toMatch(/^Moss\n2026: 53,207\n/);
    // The last year's tip opens inwards: it stays inside the chart's box.
    const [edge, atEnd] = await Promise.all([chart.boundingBox(), tip.boundingBox()]);
    expect(atEnd!.x + atEnd!.width).toBeLessThanOrEqual(edge!.x + edge!.width);
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
    expect(await tip.innerText()).toMatch(/^Moss\n2020: 49,273\n/);
    expect(await live.innerText()).toMatch(/^Moss\s+2020: 49,273/);
    await page.keyboard.press('ArrowDown');
    expect(await tip.innerText()).toMatch(
      new RegExp(`^Fredrikstad\\n2020: ${await cell(page, '3107', 2020)}\\n`),
    );
    // The highlight sits on the drawn chart, not off in a corner.
    const [box, dot] = await Promise.all([chart.boundingBox(), page.locator('.key-dot').boundingBox()]);
    expect(dot!.x).toBeGreaterThan(box!.x);
    expect(dot!.x).toBeLessThan(box!.x + box!.width);
    await page.keyboard.press('Escape');
    expect(await tip.count()).toBe(0);
  });
});

describe('chart values by keyboard: map, ranking and a language switch', () => {
  /** Presses Tab until the focus is on a chart that takes the arrow keys; fails after `max` presses. */
  async function tabToChart(page: Page, max = 120): Promise<void> {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.matches('[data-testid=chart][role=application]')))
        return;
    }
    throw new Error(`no chart took the focus in ${max} presses of Tab`);
  }

  it('tabs into the map: the kommuner of Østfold highest first (SSB 07459 2020: Fredrikstad 82,385)', async () => {
    const { page } = browser();
    await page.goto(
      `${base}/kart?indicator=befolkning&level=kommune&fylke=31&from=2020&to=2020&measure=level&lang=en`,
    );
    await inLanguage(page, 'en');
    await page.waitForSelector('[data-testid=map] [data-testid=chart][role=application] svg [data-code]', {
      timeout: 60_000,
    });
    await tabToChart(page);
    const tip = page.getByTestId('chart-key-tip');
    expect(await tip.innerText()).toBe('Fredrikstad: 82,385');
    expect(await page.getByTestId('chart-key-live').innerText()).toBe('Fredrikstad: 82,385');
    // The highlight sits on Fredrikstad's drawn area.
    const [area, dot] = await Promise.all([
      page.locator('[data-testid=map] path[data-code="3107"]').boundingBox(),
      page.locator('.key-dot').boundingBox(),
    ]);
    expect(dot!.x + dot!.width / 2).toBeGreaterThan(area!.x);
    expect(dot!.x + dot!.width / 2).toBeLessThan(area!.x + area!.width);
    const seen = [await tip.innerText()];
    for (let i = 0; i < 20 && !seen.at(-1)!.startsWith('Moss'); i++) {
      await page.keyboard.press('ArrowDown');
      seen.push(await tip.innerText());
    }
    expect(seen.at(-1)).toBe('Moss: 49,273');
  });

  it('tabs into the ranking chart: start and end of each kommune (Moss 2020: 49,273)', async () => {
    const { page } = browser();
    await page.goto(
      `${base}/rangering?indicator=befolkning&level=kommune&fylke=31&from=2020&to=2024&measure=change&lang=en`,
    );
    await inLanguage(page, 'en');
    await page.waitForSelector('[data-testid=ranking-dumbbell] [data-testid=chart][role=application] svg', {
      timeout: 60_000,
    });
    await tabToChart(page);
    const tip = page.getByTestId('chart-key-tip');
    expect(await tip.innerText()).toMatch(/^\S.* 2020: \d{1,3}(,\d{3})*$/);
    let text = await tip.innerText();
    for (let i = 0; i < 20 && !text.startsWith('Moss '); i++) {
      await page.keyboard.press('ArrowDown');
      text = await tip.innerText();
    }
    expect(text).toBe('Moss 2020: 49,273');
    await page.keyboard.press('ArrowRight');
    expect(await tip.innerText()).toMatch(/^Moss 2024: \d\d,\d{3} \([+−]\d/);
    expect(await page.getByTestId('chart-key-live').innerText()).toMatch(/^Moss 2024: /);
  });

  it('a page words its notices from the link in the link’s language (they were in bokmål)', async () => {
    const { page } = browser();
    await page.goto(`${base}/rangering?level=bogus&lang=en`);
    await inLanguage(page, 'en');
    await page.waitForSelector('table tbody tr', { timeout: 45_000 });
    expect(await page.locator('main .notices').innerText()).toBe('Unknown level «bogus» left out.');
    // The ranking table's rank column and caption in English too.
    expect(await page.locator('main table th').first().innerText()).toMatch(/^Rank of \d+/);
    expect(await page.locator('main table caption').innerText()).toMatch(/\(persons\)$/);
  });

  it('a language switch relabels the regions the build prepared (targets: «Kongsvinger (labour market region)»)', async () => {
    const { page } = browser();
    await page.goto(`${base}/targets`);
    await page.waitForSelector('[data-testid=chart] svg', { state: 'attached', timeout: 45_000 });
    await page.getByTestId('lang-select').selectOption('en');
    await inLanguage(page, 'en');
    await page.getByRole('button', { name: 'New target' }).click();
    const texts = await page
      .locator('#target-regions option')
      .evaluateAll((os) => os.map((o) => `${o.getAttribute('value')}=${o.textContent}`));
    expect(texts).toContain('0=The whole country');
    expect(texts.some((o) => /=Kongsvinger \(labour market region\)$/.test(o))).toBe(true);
    expect(texts.some((o) => /BA-region|Hele landet/.test(o))).toBe(false);
  });
});

describe('languages: screenshots', () => {
  /** The main views, each with what shows it is drawn. */
  const views: [string, string, string][] = [
    ['home', '/', '[data-testid=chart] svg'],
    ['targets', '/targets', '[data-testid=chart] svg'],
    ['report', '/region/3403', '[data-testid=chart] svg'],
    ['ranking', '/rangering', 'table tbody tr'],
    ['commuting', '/pendling', '[data-testid=chart] svg'],
  ];
  const inLang = (path: string, lang: string) =>
    lang === 'nb'
      ? path
      : path.startsWith('/region/')
        ? `/${lang}${path}`
        : `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
  for (const lang of ['nb', 'nn', 'en'] as const)
    for (const scheme of ['light', 'dark'] as const)
      it(`saves the main views in ${lang}, ${scheme}, at desktop and phone width`, async () => {
        const { page } = browser();
        await page.emulateMedia({ colorScheme: scheme });
        for (const [label, viewport] of [
          ['desktop', { width: 1200, height: 900 }],
          ['phone', { width: 390, height: 844 }],
        ] as const) {
          await page.setViewportSize(viewport);
          for (const [name, path, ready] of views) {
            await page.goto(`${base}${inLang(path, lang)}`);
            await page.waitForSelector(ready, { state: 'attached', timeout: 45_000 });
            await inLanguage(page, lang);
            await page.waitForLoadState('networkidle');
            const shot = await page.screenshot({
              path: `tests/output/lang-${name}-${lang}-${scheme}-${label}.png`,
            });
            expect(shot.length).toBeGreaterThan(10_000);
          }
        }
        await page.setViewportSize({ width: 1200, height: 900 });
      }, 300_000);
});
