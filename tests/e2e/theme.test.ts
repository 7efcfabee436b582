/**
 * The colour theme on the built site: it follows the system until the reader chooses in the menu, the
 * choice is kept across a reload and set before first paint, embeds keep taking theirs from `theme=`,
 * and axe-core finds no serious or critical problem (contrast included) in the dark theme.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionPerFile } from './session';
import { axe, describeViolations, serious } from './axe';

const base = inject('baseUrl');
const browser = sessionPerFile();

const DARK_BG = 'rgb(22, 24, 27)';
const LIGHT_BG = 'rgb(255, 255, 255)';
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('colour theme', () => {
  it('follows a dark system until a theme is chosen, and keeps the choice across a reload', async () => {
    const { page } = browser();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${base}/`);
    await page.getByTestId('theme-select').waitFor();
    expect(await page.getByTestId('theme-select').inputValue()).toBe('auto');
    expect(await background(page)).toBe(DARK_BG);

    await page.getByTestId('theme-select').selectOption('light');
    expect(await background(page)).toBe(LIGHT_BG);
    expect(await page.evaluate(() => localStorage.getItem('regionpuls:theme'))).toBe('light');

    // Set by the first-paint script, before the page's JavaScript has run.
    await page.goto(`${base}/targets`, { waitUntil: 'commit' });
    await page.waitForSelector('html[data-rp-theme]', { state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-rp-theme'))).toBe('light');
    await page.getByTestId('theme-select').waitFor();
    expect(await background(page)).toBe(LIGHT_BG);
    expect(await page.getByTestId('theme-select').inputValue()).toBe('light');
  });

  it('goes dark on a light system when chosen, and back to the system with «Som systemet»', async () => {
    const { page } = browser();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${base}/rangering`);
    await page.getByTestId('theme-select').selectOption('dark');
    expect(await background(page)).toBe(DARK_BG);
    await page.getByTestId('theme-select').selectOption('auto');
    expect(await background(page)).toBe(LIGHT_BG);
    expect(await page.evaluate(() => localStorage.getItem('regionpuls:theme'))).toBeNull();
  });

  it("an embed follows its own theme= and not the site's stored choice", async () => {
    const { page } = browser();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(() => localStorage.setItem('regionpuls:theme', 'dark'));
    await page.goto(`${base}/embed?theme=light`);
    await page.locator('[data-testid=chart] svg').first().waitFor();
    expect(await background(page)).toBe(LIGHT_BG);
    await page.evaluate(() => localStorage.removeItem('regionpuls:theme'));
  });

  it.each(['/', '/targets', '/pendling'])(
    '%s in the dark theme has no serious or critical axe finding',
    async (path) => {
      const { page } = browser();
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${base}${path}`);
      await page.locator('[data-testid=chart] svg').first().waitFor({ timeout: 45_000 });
      await page.waitForLoadState('networkidle');
      expect(await background(page)).toBe(DARK_BG);
      expect(describeViolations(serious(await axe(page)))).toEqual([]);
    },
  );
});
