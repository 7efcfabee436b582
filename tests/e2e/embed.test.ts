/**
 * Embeds on a host page of another origin (a second server on another port) that sends a strict
 * Content-Security-Policy and no COOP/COEP. The host pages are made from the code the embed dialog
 * hands out, so the test covers what a user copies. Checked: the chart draws in the iframe and in
 * <regionpuls-chart>, the iframe's height follows the content, the width follows the container,
 * themes, archived versions (hosted and not), the no-script fallback, and /embed's prerendered
 * first paint without wasm and without a layout jump.
 */
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { openBrowser, waitForChart, waitForEngine } from './browser';
import type { Session } from './browser';
import { serveStatic } from './static-server';
import type { StaticServer } from './static-server';

const base = inject('baseUrl');
const VIEW = 'indicator=befolkning&regions=3103,3112,3114';
let session: Session;
let page: Page;
let host: StaticServer;
/** The same pages under a CSP that does not allow Regionpuls's script: the no-script fallback. */
let blocking: StaticServer;
let hostDir: string;
let version: string;
const snippets: Record<'iframe' | 'component' | 'archived', string> = {
  iframe: '',
  component: '',
  archived: '',
};

/** A host page: no inline script or style anywhere, so the CSP below can forbid both. */
function hostPage(name: string, body: string): void {
  writeFileSync(
    join(hostDir, `${name}.html`),
    `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${name}</title><link rel="stylesheet" href="host.css"></head><body><h1>Vertsside</h1>${body}</body></html>`,
  );
}

/** The paths of the data files (Parquet, manifest) the session has requested since request number `before`. */
function dataRequestsSince(before: number): string[] {
  return session.requests
    .slice(before)
    .filter((u) => /\.parquet|manifest\.json/.test(u))
    .map((u) => new URL(u).pathname);
}

async function embedFrames(p: Page, count = 1, urlHas = ''): Promise<Frame[]> {
  // Up to 60 s: on a loaded 2-core machine a lazy iframe can take long to start.
  return vi.waitFor(
    async () => {
      // A lazy iframe loads only near the viewport, and the element may swap its iframe after the
      // test scrolled to the old one: bring the current ones into view on every try.
      for (const el of await p.locator('iframe').all()) await el.scrollIntoViewIfNeeded().catch(() => {});
      const frames = p
        .frames()
        .filter((f) => f.url().startsWith(`${base}/embed`) && f.url().includes(urlHas) && !f.isDetached());
      if (frames.length < count) throw new Error(`${frames.length} of ${count} embed frames appeared`);
      return frames;
    },
    { timeout: 60_000, interval: 100 },
  );
}

async function waitForLines(frame: Frame, n: number): Promise<void> {
  await frame.waitForFunction(
    (k) => document.querySelectorAll('[data-testid=chart] g[aria-label=line] path').length === k,
    n,
    { timeout: 30_000 },
  );
}

/** Waits until the host's iframe is exactly as tall as the embed's content; returns both. */
async function settledHeight(
  frame: Frame,
  selector = 'iframe',
): Promise<{ iframe: number; content: number }> {
  return vi.waitFor(
    async () => {
      const content = Math.ceil(
        await frame.evaluate(
          () => document.querySelector('[data-testid=embed]')!.getBoundingClientRect().height,
        ),
      );
      const iframe = await page.evaluate(
        (s) => document.querySelector(s)!.getBoundingClientRect().height,
        selector,
      );
      if (iframe !== content) throw new Error(`iframe ${iframe} px, content ${content} px`);
      return { iframe, content };
    },
    { timeout: 10_000, interval: 100 },
  );
}

beforeAll(async () => {
  session = await openBrowser();
  page = session.page;
  // The code under test is what the dialog gives for the default view.
  await page.goto(`${base}/?${VIEW}`);
  // The prerendered button is there before the page is hydrated; a click then would be lost.
  await page.waitForFunction(() => performance.getEntriesByName('regionpuls:first-chart').length > 0, null, {
    timeout: 30_000,
  });
  await page.getByTestId('embed-open').click();
  snippets.iframe = await page.getByTestId('embed-code').inputValue();
  await page.getByTestId('embed-kind-component').check();
  snippets.component = await page.getByTestId('embed-code').inputValue();
  await page.getByTestId('embed-archived').check();
  snippets.archived = await page.getByTestId('embed-code').inputValue();
  version = /v="([0-9a-f]+)"/.exec(snippets.archived)![1]!;

  hostDir = mkdtempSync(join(tmpdir(), 'regionpuls-host-'));
  writeFileSync(
    join(hostDir, 'host.css'),
    'body{font-family:serif;margin:2rem} .narrow{width:360px} .wide{width:720px} .row{display:flex;gap:8px;align-items:flex-start} .row>div{flex:none}',
  );
  writeFileSync(join(hostDir, 'favicon.ico'), '');
  hostPage('iframe', snippets.iframe);
  hostPage('component', snippets.component);
  hostPage('archived', snippets.archived);
  hostPage('missing', snippets.archived.replaceAll(version, '000000000000'));
  hostPage('themed', snippets.component.replace('<regionpuls-chart ', '<regionpuls-chart theme="dark" '));
  hostPage(
    'responsive',
    `<div class="row"><div class="narrow">${snippets.iframe}</div><div class="wide">${snippets.iframe}</div></div>`,
  );
  const csp = `default-src 'self'; script-src 'self' ${base}; frame-src ${base}; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'`;
  host = await serveStatic(hostDir, 0, { 'content-security-policy': csp });
  blocking = await serveStatic(hostDir, 0, {
    'content-security-policy': `default-src 'self'; frame-src ${base}; style-src 'self'`,
  });
});

afterAll(async () => {
  // Browser first: a server's close() waits for the browser's open keep-alive connections.
  await session?.close();
  await host?.close();
  await blocking?.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

describe('iframe embed on a strict-CSP host of another origin', () => {
  it('draws the three lines and sets the iframe to the content height', async () => {
    await page.goto(`${host.url}/iframe.html`);
    expect(await page.locator('iframe').getAttribute('height')).toBe('600');
    const [frame] = await embedFrames(page);
    await waitForLines(frame!, 3);
    const { iframe, content } = await settledHeight(frame!);
    expect(iframe).toBe(content);
    expect(iframe).not.toBe(600);
    expect(await frame!.locator('h1').innerText()).toBe('Befolkning');
    expect(await frame!.getByTestId('source-line').innerText()).toContain('07459');
    expect(await frame!.getByTestId('embed-back').getAttribute('href')).toMatch(
      /\/\?indicator=befolkning&regions=3103,3112,3114$/,
    );
    expect(await frame!.getByTestId('chart').getAttribute('aria-label')).toMatch(/^Befolkning i Moss økte/);
  });

  it('follows the host page’s colours when the theme is auto, not the reader’s system', async () => {
    const [frame] = await embedFrames(page);
    const background = () => frame!.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // A white host page in a dark-mode browser: the chart box stays light.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).toBe('rgb(255, 255, 255)');
    // The host turns dark (through the CSSOM, which the host's strict CSP allows): the embed follows.
    await page.evaluate(() => (document.body.style.background = '#111'));
    await expect.poll(background).toBe('rgb(22, 24, 27)');
    await page.evaluate(() => (document.body.style.background = ''));
    await expect.poll(background).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('follows the reader’s system when the embed is opened alone', async () => {
    const alone = await session.context.newPage();
    await alone.emulateMedia({ colorScheme: 'dark' });
    await alone.goto(`${base}/embed?${VIEW}`);
    expect(await alone.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(22, 24, 27)',
    );
    await alone.close();
  });

  it('is as wide as its container, at each width', async () => {
    await page.goto(`${host.url}/responsive.html`);
    const frames = await embedFrames(page, 2);
    for (const frame of frames) await waitForLines(frame, 3);
    // The live chart is drawn at the frame's width (a passing scrollbar may redraw it once): poll.
    const widths = () =>
      Promise.all(
        frames.map((f) =>
          f.evaluate(() =>
            document.querySelector('.prerendered')
              ? 0
              : Number(document.querySelector('[data-testid=chart] figure > svg')?.getAttribute('width')),
          ),
        ),
      );
    await expect
      .poll(async () => (await widths()).sort((a, b) => a - b), { timeout: 15_000 })
      .toEqual([336, 696]);
  });
});

describe('<regionpuls-chart> web component', () => {
  it('adopts its fallback iframe (one load), draws the chart and adjusts the height', async () => {
    const before = session.requests.length;
    await page.goto(`${host.url}/component.html`);
    const [frame] = await embedFrames(page);
    await waitForLines(frame!, 3);
    const { iframe, content } = await settledHeight(frame!, 'regionpuls-chart iframe');
    expect(iframe).toBe(content);
    expect(await page.locator('regionpuls-chart iframe').count()).toBe(1);
    expect(session.requests.slice(before).filter((u) => u.startsWith(`${base}/embed?`)).length).toBe(1);
  });

  it('follows its attributes: theme="dark" turns the embed dark', async () => {
    await page.goto(`${host.url}/themed.html`);
    // The element points its fallback iframe at the dark embed once it reads the attribute.
    const iframe = page.locator('regionpuls-chart iframe[src*="theme=dark"]');
    await iframe.waitFor({ state: 'attached', timeout: 30_000 });
    await iframe.scrollIntoViewIfNeeded();
    // The frame as loaded from the dark URL (polling frames survives the element swapping its iframe).
    const [frame] = await embedFrames(page, 1, 'theme=dark');
    await frame!.waitForFunction(
      () => document.documentElement.getAttribute('data-rp-theme') === 'dark',
      null,
      { timeout: 30_000 },
    );
    await waitForLines(frame!, 3);
    expect(await frame!.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(22, 24, 27)',
    );
    // A changed attribute after the load: the element's (one) iframe now shows the light chart.
    await page.locator('regionpuls-chart').evaluate((el) => el.setAttribute('theme', 'light'));
    const [light] = await embedFrames(page, 1, 'theme=light');
    await light!.waitForFunction(() => document.documentElement.getAttribute('data-rp-theme') === 'light');
    await waitForLines(light!, 3);
    expect(await page.locator('regionpuls-chart iframe').count()).toBe(1);
  });

  it('archived: draws the pinned version and says it is archived', async () => {
    await page.goto(`${host.url}/archived.html`);
    const [frame] = await embedFrames(page);
    await waitForLines(frame!, 3);
    expect(await frame!.getByTestId('embed-archived-note').innerText()).toContain(version);
  });

  it('archived to a version this server no longer hosts: says so and shows no chart', async () => {
    await page.goto(`${host.url}/missing.html`);
    const [frame] = await embedFrames(page);
    const message = await frame!.getByTestId('embed-unavailable').innerText();
    expect(message).toContain('000000000000');
    expect(await frame!.locator('g[aria-label=line]').count()).toBe(0);
    expect(await frame!.locator('h1').count()).toBe(0);
    const { iframe, content } = await settledHeight(frame!, 'regionpuls-chart iframe');
    expect(iframe).toBe(content);
  });

  it('made requests only to the host and to Regionpuls, with no errors', () => {
    const origins = new Set(session.requests.map((u) => new URL(u).origin));
    expect([...origins].sort()).toEqual([new URL(base).origin, new URL(host.url).origin].sort());
    // The one expected failure: the missing version's manifest.json answers 404, which the embed reports in words.
    expect(session.errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    expect(session.errors.length).toBeLessThanOrEqual(1);
  });

  it('falls back to the plain iframe when the host’s CSP blocks the script', async () => {
    await page.goto(`${blocking.url}/component.html`);
    const [frame] = await embedFrames(page);
    await waitForLines(frame!, 3);
    expect(
      await page.locator('regionpuls-chart iframe').evaluate((f) => f.getBoundingClientRect().height),
    ).toBe(600);
    expect(session.errors.some((e) => /Content Security Policy/.test(e))).toBe(true);
  });
});

describe('/embed for other views', () => {
  it('live: starts the engine on the live data and draws the view, with notices for unknown codes', async () => {
    const before = session.requests.length;
    await page.goto(`${base}/embed?indicator=befolkning&regions=3103,0301,9999&mode=indexed&base=2010`);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=chart] g[aria-label=line] path').length === 2,
      null,
      { timeout: 30_000 },
    );
    expect(await page.getByTestId('notices').innerText()).toContain('«9999»');
    expect(await page.locator('.subtitle').innerText()).toBe('Indeksert vekst, 2010 = 100');
    // Drawn engine-free; DuckDB starts once the chart is up, and reads the live data folder.
    await waitForEngine(page);
    const data = dataRequestsSince(before);
    expect(data.every((p) => p.startsWith('/data/'))).toBe(true);
  });

  it('reads its values by keyboard like the comparison page (SSB 07459: Moss 2026 53 207)', async () => {
    await page.goto(`${base}/embed?indicator=befolkning&regions=3103,0301`);
    // The live chart, not the one drawn before hydration (it has the same markup, but no keys yet):
    // on a loaded machine hydration can come seconds after it.
    await waitForChart(page, 2);
    const chart = page.locator('[data-testid=chart][tabindex="0"]');
    await chart.waitFor({ timeout: 45_000 });
    await chart.focus();
    await page.keyboard.press('End');
    const tip = page.getByTestId('chart-key-tip');
    expect(await tip.innerText()).toMatch(/^Moss\n2026: 53\s207\n/);
    await page.keyboard.press('ArrowDown');
    // Oslo is both a kommune and a fylke: the kommune is labelled with its number.
    expect(await tip.innerText()).toMatch(/^Oslo \[0301\]\n2026: 728\s714\n/);
    expect(await page.getByTestId('chart-key-live').innerText()).toMatch(/^Oslo \[0301\]\s+2026: 728\s714/);
    // DuckDB starts after the chart: let it finish, so its requests do not land in the next test's count.
    await waitForEngine(page);
  });

  it('archived: reads only its own version’s folder', async () => {
    const before = session.requests.length;
    await page.goto(`${base}/embed?indicator=befolkning&regions=3103,0301&v=${version}`);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=chart] g[aria-label=line] path').length === 2,
      null,
      { timeout: 30_000 },
    );
    const data = dataRequestsSince(before);
    expect(data.length).toBeGreaterThan(3);
    expect(data.every((p) => p.startsWith(`/embed/data/${version}/`))).toBe(true);
    expect(await page.getByTestId('embed-archived-note').innerText()).toContain(version);
  });
});

describe('/embed first paint', () => {
  it('is prerendered with the chart drawn, and the live chart takes the same space', async () => {
    const solo = await openBrowser({ width: 700, height: 900 });
    try {
      // No JavaScript (the app's own scripts blocked), but its stylesheets: the page as first painted.
      await solo.page.route('**/_app/**/*.js', (route) => route.abort());
      await solo.page.goto(`${base}/embed?${VIEW}`);
      const box = () =>
        solo.page.evaluate(() => [
          document.querySelector('[data-testid=chart]')!.getBoundingClientRect().height,
          document.querySelector('[data-testid=embed]')!.getBoundingClientRect().height,
        ]);
      expect(await solo.page.locator('[data-testid=chart] g[aria-label=line] path').count()).toBe(3);
      const prerendered = await box();
      await solo.page.unrouteAll();
      await solo.page.reload();
      await solo.page.waitForFunction(
        () =>
          document.querySelector('.prerendered') === null &&
          document.querySelectorAll('[data-testid=chart] g[aria-label=line] path').length === 3,
      );
      expect(await box()).toEqual(prerendered);
      // The default view's data came with the page: no database, no data files.
      expect(solo.requests.filter((u) => /\.wasm|\.parquet|manifest\.json/.test(u))).toEqual([]);
    } finally {
      await solo.close();
    }
  });
});
