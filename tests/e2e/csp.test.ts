/**
 * The built site under its own Content-Security-Policy (src/build/csp.js), enforced by Chromium from
 * each page's <meta>: every page draws and DuckDB-wasm starts and loads its tables with no violation,
 * and a script injected into a page is refused.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForEngine } from './browser';
import { sessionPerFile } from './session';

const base = inject('baseUrl');
const browser = sessionPerFile();

declare global {
  interface Window {
    __cspViolations?: string[];
    __injectedRan?: boolean;
  }
}

/** Records every violation from the first byte on, before any of the page's own scripts run. */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations!.push(
        `${e.violatedDirective} ${e.blockedURI || '(inline)'} ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

/** Pages that start DuckDB (so the engine, its worker and the Parquet decoding run under the policy). */
const ENGINE_PAGES = [
  '/?indicator=befolkning&regions=3103,3107,3105,3101,3403',
  '/embed?indicator=befolkning&regions=3103,3107',
  '/rangering',
  '/kart',
  '/pendling?region=3401',
];
/** Pages drawn from what was prerendered or shipped as JSON (the region report runs no script at all). */
const STATIC_PAGES = [
  '/',
  '/targets',
  '/region/3403',
  '/dekning',
  '/indeks',
  '/nn/region/3403',
  '/en/dekning',
];

describe('Content-Security-Policy', () => {
  it('is in every built page, with hashes for scripts and no unsafe script source', async () => {
    const { page } = browser();
    for (const path of ['/', '/embed', '/targets', '/region/3403', '/pendling']) {
      const response = await page.request.get(`${base}${path}`);
      const html = await response.text();
      const content = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html)?.[1];
      expect(content, path).toBeDefined();
      const scriptSrc = content!.split('; ').find((d) => d.startsWith('script-src '))!;
      expect(scriptSrc, path).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*$/);
    }
  });

  it.each(ENGINE_PAGES)('%s draws and starts DuckDB with no violation', async (path) => {
    const { context, errors } = browser();
    const page = await context.newPage();
    await watchViolations(page);
    const before = errors.length;
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}${path}`);
    await waitForEngine(page, 45_000);
    await page.locator('svg').first().waitFor();
    expect(await violations(page)).toEqual([]);
    expect(errors.slice(before)).toEqual([]);
    await page.close();
  });

  it.each(STATIC_PAGES)('%s draws with no violation', async (path) => {
    const { context } = browser();
    const page = await context.newPage();
    await watchViolations(page);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    await page.locator('h1').first().waitFor();
    expect(await violations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('runs the language redirect of a report under the policy: /region/3403?lang=en → /en/region/3403', async () => {
    const { context } = browser();
    const page = await context.newPage();
    await watchViolations(page);
    await page.goto(`${base}/region/3403?lang=en`);
    await page.waitForURL(/\/en\/region\/3403$/);
    await page.locator('h1').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('refuses a script injected into a page', async () => {
    const { context } = browser();
    const page = await context.newPage();
    await watchViolations(page);
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injectedRan = true';
      document.head.append(s);
    });
    await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src(-elem)? inline /)]);
    expect(await page.evaluate(() => window.__injectedRan)).toBeUndefined();
    await page.close();
  });
});
