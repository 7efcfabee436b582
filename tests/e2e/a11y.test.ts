/**
 * Accessibility and phone width on the built site: axe-core finds no serious or critical violation on the
 * main pages at desktop and phone width, the region search follows the ARIA combobox pattern from the
 * keyboard, every page starts with a skip link, no page shows Plot's developer warning, and nothing
 * scrolls sideways on a 390 px phone.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionPerFile } from './session';
import { axe, describeViolations, serious } from './axe';
import { waitForChart } from './browser';

const base = inject('baseUrl');

/** Each page, and what shows that it has finished drawing. */
const PAGES: { path: string; ready: string }[] = [
  { path: '/', ready: '[data-testid=chart] svg' },
  { path: '/?indicator=befolkning&regions=3103,3107', ready: '[data-testid=chart] svg' },
  { path: '/targets', ready: '[data-testid=chart] svg' },
  { path: '/region/3403', ready: '[data-testid=chart] svg' },
  { path: '/rangering', ready: 'table tbody tr' },
  { path: '/kart', ready: '[data-testid=chart] svg' },
  { path: '/pendling', ready: '[data-testid=chart] svg' },
  { path: '/embed', ready: '[data-testid=chart] svg' },
  { path: '/sql', ready: '[data-testid=sql-tables] li' },
];

const DESKTOP = { width: 1200, height: 900 };
const PHONE = { width: 390, height: 844 };

async function open(page: Page, path: string, ready: string): Promise<void> {
  await page.goto(`${base}${path}`);
  await page.waitForSelector(ready, { state: 'attached', timeout: 45_000 });
  await page.waitForLoadState('networkidle');
}

for (const [name, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  describe(`axe at ${name} width (${viewport.width} px)`, () => {
    const browser = sessionPerFile(viewport);
    for (const { path, ready } of PAGES) {
      it(`${path} has no serious or critical violation`, async () => {
        const { page } = browser();
        await open(page, path, ready);
        const found = serious(await axe(page));
        const nodes = found.reduce((n, v) => n + v.nodes.length, 0);
        console.log(`axe ${name} ${path}: ${found.length} rules, ${nodes} nodes`, describeViolations(found));
        expect(describeViolations(found)).toEqual([]);
      });
    }
  });
}

/** Every full page and the embed, for the checks that need no drawn chart. */
const ALL_PATHS = [...PAGES.map((p) => p.path), '/indeks', '/dekning', '/region/mosseregionen', '/sql'];

describe('keyboard and structure', () => {
  const browser = sessionPerFile(DESKTOP);

  it('starts every page with a skip link that shows on focus and lands in <main>', async () => {
    const { page } = browser();
    for (const path of ALL_PATHS) {
      await page.goto(`${base}${path}`);
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        const box = a.getBoundingClientRect();
        return { text: a.textContent, href: a.getAttribute('href'), top: box.top, height: box.height };
      });
      expect(focused.text, path).toBe('Hopp til innholdet');
      expect(focused.href, path).toBe('#innhold');
      // Visible on screen while focused (it sits above the page otherwise).
      expect(focused.top, path).toBeGreaterThanOrEqual(0);
      expect(focused.height, path).toBeGreaterThan(10);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id), path).toBe('innhold');
      expect(await page.evaluate(() => document.activeElement?.tagName), path).toBe('MAIN');
    }
  });

  it('has one h1 per page and no heading level skipped', async () => {
    const { page } = browser();
    for (const path of ALL_PATHS) {
      await page.goto(`${base}${path}`);
      await page.waitForLoadState('networkidle');
      const levels = await page.evaluate(() =>
        [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
          .filter((h) => h.getClientRects().length > 0)
          .map((h) => Number(h.tagName[1])),
      );
      expect(
        levels.filter((l) => l === 1),
        path,
      ).toEqual([1]);
      expect(levels[0], path).toBe(1);
      const skips = levels.filter((l, i) => i > 0 && l > levels[i - 1]! + 1);
      expect(skips, `${path}: ${levels.join(' ')}`).toEqual([]);
    }
  });

  it('draws a focus ring on links, buttons and fields', async () => {
    const { page } = browser();
    await page.goto(`${base}/?indicator=befolkning&regions=3103,3107`);
    await page.waitForSelector('[data-testid=chart] svg');
    for (const selector of ['nav a[href]', 'input[role=combobox]', 'main button', 'main select']) {
      await page.locator(selector).first().focus();
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline.style, selector).not.toBe('none');
      expect(outline.width, selector).toBeGreaterThanOrEqual(2);
    }
  });

  it('follows the ARIA combobox pattern in the region search', async () => {
    const { page } = browser();
    await page.goto(`${base}/?indicator=befolkning&regions=3103,3107`);
    // The live chart: this link's first chart is drawn before the page hydrates, and the search box
    // answers keys only after (on a loaded machine seconds later).
    await waitForChart(page, 2);
    const box = page.getByRole('combobox', { name: /Søk/ });
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.fill('ha');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    const listId = await box.getAttribute('aria-controls');
    expect(await page.locator(`#${listId}`).getAttribute('role')).toBe('listbox');
    const options = page.locator(`#${listId} > [role=option]`);
    expect(await options.count()).toBeGreaterThan(2);
    // Every child of the listbox is an option, and no option holds another control.
    expect(await page.locator(`#${listId} > :not([role=option])`).count()).toBe(0);
    expect(await page.locator(`#${listId} button, #${listId} a, #${listId} input`).count()).toBe(0);

    const first = await box.getAttribute('aria-activedescendant');
    expect(first).toBe(await options.nth(0).getAttribute('id'));
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('true');
    await box.press('ArrowDown');
    const second = await box.getAttribute('aria-activedescendant');
    expect(second).toBe(await options.nth(1).getAttribute('id'));
    expect(await page.locator(`#${second}`).getAttribute('role')).toBe('option');
    expect(await page.locator(`#${second}`).getAttribute('aria-selected')).toBe('true');
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('false');
    await box.press('ArrowUp');
    expect(await box.getAttribute('aria-activedescendant')).toBe(first);

    // Enter adds the highlighted region as a third chip and closes the list.
    const name = (await options.nth(0).locator('span').innerText()).trim();
    await box.press('Enter');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.getAttribute('aria-activedescendant')).toBeNull();
    const chips = await page.locator('.chips li').allInnerTexts();
    expect(chips).toHaveLength(3);
    expect(chips[2]).toContain(name);

    await box.fill('zzzz');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('status').filter({ hasText: 'Ingen treff' }).count()).toBe(1);
    await box.press('Escape');
    expect(await box.inputValue()).toBe('');
  });

  it("never shows Plot's English developer warning", async () => {
    const { page } = browser();
    for (const { path, ready } of PAGES) {
      await open(page, path, ready);
      const text = await page.evaluate(() => document.body.textContent ?? '');
      expect(text, path).not.toContain('Please check the console');
      expect(await page.locator('svg > text:has(title)').count(), path).toBe(0);
    }
  });
});

describe('phone width (390 px)', () => {
  const browser = sessionPerFile(PHONE);

  it('scrolls no page sideways', async () => {
    const { page } = browser();
    // The SQL console starts DuckDB before it shows anything: it has its own test below.
    for (const { path, ready } of PAGES.filter((p) => p.path !== '/sql')) {
      await open(page, path, ready);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(390);
    }
  });

  it('fits the SQL console with an answer, its table scrolling in its own box', async () => {
    const { page } = browser();
    await open(page, '/sql', '[data-testid=sql-tables] li');
    await page
      .getByTestId('sql-text')
      .fill("SELECT code, name, level, kind, fylke_code FROM regions WHERE fylke_code = '34'");
    await page.getByTestId('sql-run').click();
    await page.getByTestId('sql-table').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('keeps the year labels on every chart apart and large enough to read', async () => {
    const { page } = browser();
    // The map has no axis; the Mosseregionen report has target charts.
    const pages = [
      ...PAGES.filter((p) => p.path !== '/kart' && p.path !== '/sql'),
      { path: '/region/mosseregionen', ready: '[data-testid=chart] svg' },
    ];
    for (const { path, ready } of pages) {
      await open(page, path, ready);
      const { labels, overlaps, small } = await page.evaluate(() => {
        const found = { labels: 0, overlaps: [] as string[], small: [] as string[] };
        for (const svg of document.querySelectorAll('[data-testid^=chart] svg[aria-hidden=true]')) {
          if (svg.getClientRects().length === 0) continue;
          const labels = [...svg.querySelectorAll('g[aria-label="x-axis tick label"] text')]
            .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }))
            .sort((a, b) => a.box.left - b.box.left);
          found.labels += labels.length;
          for (let i = 1; i < labels.length; i++) {
            if (labels[i]!.box.left < labels[i - 1]!.box.right + 2)
              found.overlaps.push(`${labels[i - 1]!.text}/${labels[i]!.text}`);
          }
          // A 10 px label's box is about 12 px high; an A4 chart shrunk onto a phone gives about 8.
          for (const l of labels) if (l.box.height < 10) found.small.push(`${l.text}: ${l.box.height} px`);
        }
        return found;
      });
      // The ranking's start → end chart marks only 100 on its axis, and labels each arrow instead.
      expect(labels, path).toBeGreaterThan(0);
      expect(overlaps, path).toEqual([]);
      expect(small, path).toEqual([]);
    }
  });

  it('takes screenshots at desktop and phone width for review', async () => {
    const { page } = browser();
    for (const [name, path, ready] of [
      ['dashboard', '/', '[data-testid=chart] svg'],
      ['targets', '/targets', '[data-testid=chart] svg'],
      ['region-3403', '/region/3403', '[data-testid=chart] svg'],
      ['pendling', '/pendling', '[data-testid=chart] svg'],
    ] as const) {
      for (const [label, viewport] of [
        ['phone', PHONE],
        ['desktop', DESKTOP],
      ] as const) {
        await page.setViewportSize(viewport);
        await open(page, path, ready);
        const shot = await page.screenshot({
          path: `tests/output/a11y-${name}-${label}.png`,
          fullPage: true,
        });
        expect(shot.length).toBeGreaterThan(10_000);
      }
    }
    await page.setViewportSize(PHONE);
  });
});
