/**
 * The region report pages: prerendered static HTML with the charts already in it (no JavaScript),
 * SSB figures, targets, and an A4 print layout.
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

describe('region report', () => {
  it('is prerendered with the chart SVG in the HTML itself', async () => {
    const html = await (await fetch(`${base}/region/3103`)).text();
    expect(html).toMatch(/<h1[^>]*>Moss<\/h1>/);
    // One indexed-growth chart per indicator, each with lines for Moss, Østfold and Hele landet.
    const svgLines = html.match(/<g[^>]*aria-label="line"[^>]*>(.*?)<\/g>/s)?.[1] ?? '';
    expect((svgLines.match(/<path/g) ?? []).length).toBe(3);
    // No JavaScript is needed to read it.
    expect(html).not.toContain('_app/immutable/entry');
  });

  it("shows SSB's level, change and rank for Moss", async () => {
    const page = session.page;
    await page.goto(`${base}/region/3103`);
    const befolkning = page.locator('section[data-indicator="befolkning"]');
    // 1 January 2026 (SSB): Moss 53 207.
    expect((await befolkning.getByTestId('level').innerText()).replace(/\s/g, ' ')).toBe('53 207 personer');
    expect(await befolkning.getByTestId('rank').innerText()).toMatch(/^nr\. \d+ av 357 kommuner$/);
    await page.screenshot({ path: 'tests/output/region-3103.png', fullPage: true });
  });

  it('says in words what each chart shows, since the chart SVG is hidden from screen readers', async () => {
    const page = session.page;
    await page.goto(`${base}/region/3103`);
    const befolkning = page.locator('section[data-indicator="befolkning"]');
    expect(await befolkning.locator('[data-testid=chart] svg[aria-hidden=true]').count()).toBe(1);
    const text = (await befolkning.getByTestId('chart-description').textContent()) ?? '';
    // Moss on 1 January 2026 against 2005 (SSB 07459): 53 207 / 41 752 = 1,274.
    expect(text).toMatch(
      /^Indeksert vekst, 2005 = 100\. Befolkning i Moss økte fra [\d,]+ i \d{4} til 127,4 i 2026/,
    );
    expect(text).toContain('Befolkning i Østfold');
    expect(text).toContain('Befolkning i Hele landet');
  });

  it("lists the region's targets with their status, and a reported result checked against the statistics", async () => {
    const page = session.page;
    await page.goto(`${base}/region/mosseregionen`);
    const targets = page.getByTestId('target-detail');
    expect(await targets.count()).toBe(2);
    // Jobs in Moss, Råde and Våler: 2015 23 341 (distriktstall), 2017 23 952 (SSB 11618).
    const reported = (await page.getByTestId('target-reported').innerText()).replace(/\s+/g, ' ');
    expect(reported).toContain('endret seg med +611 personer fra 2015 til 2017 (fra 23 341 til 23 952)');
    expect(reported).toContain('Statistikken har ikke tall for 2013 og 2014');
    expect(
      await page.locator('[data-target="mosse-befolkning-05"] [data-testid=target-status]').innerText(),
    ).toMatch(/^Foran målbanen: [\d\s]+ personer foran målbanen i 2026\.$/);
  });

  it('prints on A4 without cutting a chart', async () => {
    const page = session.page;
    await page.goto(`${base}/region/kongsvingerregionen`);
    await page.emulateMedia({ media: 'print' });
    const breakInside = await page
      .locator('section.indicator')
      .first()
      .evaluate((el) => getComputedStyle(el).breakInside);
    expect(breakInside).toBe('avoid');
    expect(await page.locator('nav').first().isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    // A4 portrait is 210 × 297 mm = 595 × 842 points (Chromium writes 594.96 × 841.92).
    const boxes = pdf.toString('latin1').match(/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g) ?? [];
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) {
      const [, w, h] = box.match(/([\d.]+) ([\d.]+)\]$/)!.map(Number) as [number, number, number];
      expect(Math.round(w)).toBe(595);
      expect(Math.round(h)).toBe(842);
    }
    await page.emulateMedia({ media: 'screen' });
  });

  it('answers an unknown code with a 404, not a broken page', async () => {
    const res = await fetch(`${base}/region/9999`);
    expect(res.status).toBe(404);
  });
});
