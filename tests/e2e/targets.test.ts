/**
 * Targets in a real browser: a shipped target's status and path, a user target carried by a link,
 * a target the data cannot measure, and an invalid import that changes nothing.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser } from './browser';
import type { Session } from './browser';
import { encodeTargets } from '../../src/lib/targets/url';
import type { Target } from '../../src/lib/targets/model';

const base = inject('baseUrl');
let session: Session;
let page: Page;

beforeAll(async () => {
  session = await openBrowser();
  page = session.page;
});
afterAll(async () => {
  await session?.close();
});

const pathLines = (root: string) => page.locator(`${root} g[aria-description="målbane"] path`).count();

describe('targets page', () => {
  it('shows a shipped target with its status, the rule, and the target path drawn', async () => {
    await page.goto(`${base}/targets?target=grenland-250-arbeidsplasser`);
    const status = page.getByTestId('target-status');
    await status.waitFor();
    expect((await status.innerText()).replace(/\s/g, ' ')).toBe('Foran målbanen: 1 500 personer foran målbanen i 2025.');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=target-detail] g[aria-description="målbane"] path').length > 0);
    expect(await pathLines('[data-testid=target-detail]')).toBe(1);
    expect(await page.getByTestId('target-detail').innerText()).toContain('Nødvendig takt: −50 per år fram til 2030');
    expect(await page.getByTestId('target-detail').innerText()).toContain('Regel: «I rute»');
    // The gap in each year: 2020 actual 54 073 (SSB) against the path 52 445 + 5 × 250 = 53 695 → +378.
    await page.getByText('Avvik fra målbanen år for år').click();
    const row2020 = await page.locator('[data-testid=target-gaps] tr[data-year="2020"]').innerText();
    expect(row2020.replace(/\s+/g, ' ').trim()).toBe('2020 54 073 53 695 +378');
    await page.screenshot({ path: 'tests/output/targets.png', fullPage: true });
  });

  it('says plainly when the data cannot measure a real target, instead of a status', async () => {
    await page.goto(`${base}/targets?target=glamdal-100-arbeidsplasser`);
    await page.getByTestId('target-detail').waitFor();
    expect(await page.getByTestId('target-status').innerText()).toContain('Kan ikke måles ennå');
    const missing = await page.getByTestId('target-missing').innerText();
    expect(missing).toContain('ingen tall for «Sysselsatte etter arbeidssted» i Kongsvingerregionen');
    expect(missing).toContain('npm run data:fetch');
  });

  it('opens a link carrying a user target and measures it on the real series', async () => {
    const mine: Target = {
      id: 'skien-jobber',
      title: 'Skien: 1 % flere arbeidsplasser i året',
      region: '4003',
      indicator: 'sysselsatte',
      base_year: 2010,
      kind: 'rate',
      amount: 0.01,
      end_year: 2030,
      set_by: 'Test',
      source: '',
      source_url: '',
      illustration: false,
      note: ''
    };
    await page.goto(`${base}/targets?target=skien-jobber&t=${encodeTargets([mine])}`);
    const detail = page.locator('[data-testid=target-detail][data-target="skien-jobber"]');
    await detail.waitFor({ timeout: 30_000 });
    // Skien 2010 = 24 603 (SSB 13472, all sectors); 1 % a year falls behind a flat-ish series.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=target-detail] g[aria-description="målbane"] path').length > 0, null, { timeout: 30_000 });
    expect(await page.getByTestId('target-status').innerText()).toMatch(/^Bak målbanen: [\d\s]+ personer bak målbanen i 2025\.$/);
    // Remembered by the browser: a plain visit still has it.
    await page.goto(`${base}/targets`);
    await page.locator('[data-target="skien-jobber"]').first().waitFor();
  });

  it('rejects an invalid import with a message and leaves the targets unchanged', async () => {
    await page.goto(`${base}/targets`);
    await page.locator('[data-target="skien-jobber"]').first().waitFor();
    const before = await page.locator('a.card').count();
    await page.getByTestId('import-targets').setInputFiles({
      name: 'feil.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ regionpuls_targets: 1, targets: [{ id: 'x', title: 'X', region: '3103' }] }))
    });
    const message = await page.getByTestId('targets-message').innerText();
    expect(message).toBe('«feil.json» ble ikke importert: mål 1: mangler feltet «indicator». Ingen mål ble endret.');
    expect(await page.locator('a.card').count()).toBe(before);
    expect(await page.locator('[data-target="skien-jobber"]').count()).toBeGreaterThan(0);
  });

  it('logged no errors and stayed on its own origin', () => {
    expect(session.errors).toEqual([]);
    expect([...new Set(session.requests.map((u) => new URL(u).origin))]).toEqual([new URL(base).origin]);
  });
});
