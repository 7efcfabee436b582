/**
 * The comparison's other drawings in Chromium on the built site and the real data: small multiples
 * (one facet per region) and start → end (dumbbell), reached from a link and from the page's control,
 * and the dumbbell in an embed. Figures are SSB's (07459, population 1 January).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Session } from './browser';
import { sessionPerFile } from './session';

const base = inject('baseUrl');
const browser = sessionPerFile();
let session: Session;
let page: Page;
beforeAll(() => {
  session = browser();
  page = session.page;
});

async function download(kind: 'svg' | 'csv'): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`download-${kind}`).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

const plain = (s: string) => s.replace(/\s/g, ' ').trim();

/** `count` marks in the live chart (a link's first chart is drawn before the page hydrates; the controls work only after). */
async function waitForCount(selector: string, count: number): Promise<void> {
  await page.waitForFunction(
    ([s, n]) =>
      document.querySelectorAll(s as string).length === n &&
      performance.getEntriesByName('regionpuls:first-chart').length > 0,
    [selector, count] as const,
    { timeout: 30_000 },
  );
}

describe('small multiples', () => {
  it('draws one panel with a line per region from a link, then own y axes from the control', async () => {
    await page.goto(`${base}/?indicator=befolkning&regions=3103,3107,3105&view=panels`);
    await waitForCount('#main-chart g[aria-label="line"] > g', 3);
    const panels = page.locator('#main-chart g[aria-label="line"] > g');
    for (let i = 0; i < 3; i++) expect(await panels.nth(i).locator('path').count()).toBeGreaterThan(0);
    const titles = await page.locator('#main-chart g[aria-label="text"] text').allTextContents();
    expect(titles.sort()).toEqual(['Fredrikstad', 'Moss', 'Sarpsborg']);
    expect(await page.getByTestId('chart-panels').isChecked()).toBe(true);
    // The table still holds every year: Moss 1.1.2026 = 53 207.
    expect(
      plain(
        await page.locator('[data-testid=data-table] tr[data-code="3103"] td[data-year="2026"]').innerText(),
      ),
    ).toBe('53 207');
    await page.screenshot({ path: 'tests/output/views-panels.png', fullPage: true });

    await page.getByTestId('free-y').check();
    await page.waitForURL(/view=panels&y=free/);
    await page.waitForFunction(
      () => document.querySelector('#main-chart g[aria-label="y-axis tick label"]') === null,
      null,
      { timeout: 30_000 },
    );
    await waitForCount('#main-chart g[aria-label="line"] > g', 3);
    await page.screenshot({ path: 'tests/output/views-panels-free.png', fullPage: true });
  });
});

describe('start → end', () => {
  it('draws one link per region sorted by change, with the years in the title and selectable', async () => {
    await page.getByTestId('chart-dumbbell').check();
    await page.waitForURL(/view=dumbbell/);
    expect(page.url()).not.toContain('y=free');
    await waitForCount('#main-chart g[aria-label="link"] > path', 3);
    expect(await page.getByTestId('chart-title').innerText()).toBe('Befolkning: endring fra 1986 til 2026');

    await page.getByTestId('span-from').selectOption('2015');
    await page.waitForURL(/from=2015&to=2026/);
    await page.getByTestId('span-to').selectOption('2024');
    await page.waitForURL(/from=2015&to=2024/);
    await page.waitForFunction(
      () => document.querySelector('[data-testid=chart-title]')?.textContent?.includes('2024'),
      null,
      { timeout: 30_000 },
    );
    expect(await page.getByTestId('chart-title').innerText()).toBe('Befolkning: endring fra 2015 til 2024');
    await waitForCount('#main-chart g[aria-label="link"] > path', 3);
    const names = await page.locator('#main-chart g[aria-label="y-axis tick label"] text').allTextContents();
    expect(names).toEqual(['Fredrikstad', 'Sarpsborg', 'Moss']);
    const labels = await page.locator('#main-chart g[aria-label="text"] text').allTextContents();
    // Fredrikstad 78 159 → 85 230, Sarpsborg 54 192 → 59 771, Moss 47 044 → 52 051.
    expect(labels.map(plain)).toEqual(['+7 071 (+9,0 %)', '+5 579 (+10,3 %)', '+5 007 (+10,6 %)']);
    // The table holds exactly the two years drawn.
    const years = await page.locator('[data-testid=data-table] thead th').allInnerTexts();
    expect(years.map(plain).filter((y) => /^\d{4}/.test(y))).toEqual(['2015', '2024']);
    await page.screenshot({ path: 'tests/output/views-dumbbell.png', fullPage: true });

    // The downloads hold the same picture and the two years' numbers.
    const svg = await download('svg');
    expect(svg.name).toBe('befolkning_moss_fredrikstad_sarpsborg_2015-2024.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('Befolkning: endring fra 2015 til 2024');
    expect(text.match(/aria-label="link"/g)).toHaveLength(1);
    const csv = (await download('csv')).bytes.toString('utf8');
    expect(csv).toContain('47044');
    expect(csv).toContain('52051');
    expect(csv).not.toContain('53207');
  });

  it('names a region without a value in the start year instead of drawing it', async () => {
    // Hele landet's population starts in 2005 in the shipped data.
    await page.goto(`${base}/?indicator=befolkning&regions=3103,0&view=dumbbell&from=1990&to=2024`);
    await waitForCount('#main-chart g[aria-label="link"] > path', 1);
    expect(await page.getByTestId('dumbbell-missing').innerText()).toMatch(
      /^Mangler tall for Hele landet i 1990 eller 2024/,
    );
  });

  it('embeds with the same chart and title', async () => {
    await page.goto(
      `${base}/embed?indicator=befolkning&regions=3103,3107,3105&view=dumbbell&from=2015&to=2024`,
    );
    await waitForCount('#embed-chart g[aria-label="link"] > path', 3);
    expect(await page.locator('[data-testid=embed] h1').innerText()).toBe(
      'Befolkning: endring fra 2015 til 2024',
    );
    expect(session.requests.filter((u) => !u.startsWith(base))).toEqual([]);
  });
});

/** Panels per row in a drawn chart: the facets at the first facet's y. */
async function panelsPerRow(chart: string, frame = page.mainFrame()): Promise<number[]> {
  return frame.evaluate((sel) => {
    const offsets = [...document.querySelectorAll(`${sel} g[aria-label="line"] > g`)].map((g) => {
      const m = /translate\(([-\d.]+),\s*([-\d.]+)\)/.exec(g.getAttribute('transform') ?? '');
      return { x: Number(m?.[1] ?? 0), y: Number(m?.[2] ?? 0) };
    });
    const rows = new Map<number, number>();
    for (const o of offsets) rows.set(o.y, (rows.get(o.y) ?? 0) + 1);
    return [...rows.values()];
  }, chart);
}

describe('small multiples on a phone', () => {
  it('stacks the panels one per row at 390 px, on the page and in the embed', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${base}/?indicator=befolkning&regions=3103,3107,3105&view=panels`);
      await waitForCount('#main-chart g[aria-label="line"] > g', 3);
      // The first draw may come before the width is known; the spec is rebuilt for the drawn width.
      await page
        .waitForFunction(
          () =>
            new Set(
              [...document.querySelectorAll('#main-chart g[aria-label="line"] > g')].map(
                (g) => g.getAttribute('transform')?.split(',')[0],
              ),
            ).size === 1,
          null,
          { timeout: 30_000 },
        )
        .catch(() => undefined);
      expect(await panelsPerRow('#main-chart')).toEqual([1, 1, 1]);

      await page.goto(`${base}/embed?indicator=befolkning&regions=3103,3107,3105&view=panels`);
      await waitForCount('#embed-chart g[aria-label="line"] > g', 3);
      await page
        .waitForFunction(
          () =>
            new Set(
              [...document.querySelectorAll('#embed-chart g[aria-label="line"] > g')].map(
                (g) => g.getAttribute('transform')?.split(',')[0],
              ),
            ).size === 1,
          null,
          { timeout: 30_000 },
        )
        .catch(() => undefined);
      expect(await panelsPerRow('#embed-chart')).toEqual([1, 1, 1]);
    } finally {
      await page.setViewportSize({ width: 1200, height: 900 });
    }
    // Back at desktop width the three sit in one row.
    await page.goto(`${base}/?indicator=befolkning&regions=3103,3107,3105&view=panels`);
    await waitForCount('#main-chart g[aria-label="line"] > g', 3);
    expect(await panelsPerRow('#main-chart')).toEqual([3]);
  });
});
