/**
 * Targets in a real browser: a shipped target's status, progress class and path, a user target carried
 * by a link, targets the data cannot measure, a reported result, an unknown target id, unknown codes
 * in one notice, and the limits (file size, number of targets) with their messages.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionPerFile } from './session';
import { encodeTargets } from '../../src/lib/targets/url';
import type { Target } from '../../src/lib/targets/model';
import { makeTarget } from '../fixtures/targets';

const base = inject('baseUrl');
const browser = sessionPerFile();
let page: Page;

beforeAll(() => {
  page = browser().page;
});

const pathLines = (root: string) => page.locator(`${root} g[aria-description="målbane"] path`).count();
const text = async (testId: string) =>
  (await page.getByTestId(testId).first().innerText()).replace(/\s+/g, ' ').trim();
const own = (i: number, over: Partial<Target> = {}) =>
  makeTarget({ id: `eget-${i}`, title: `Eget mål ${i}`, ...over });
const file = (name: string, targets: unknown[]) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify({ regionpuls_targets: 1, targets })),
});

describe('targets page', () => {
  it('shows a shipped target with its status, the rule, and the target path drawn', async () => {
    await page.goto(`${base}/targets?target=grenland-250-arbeidsplasser`);
    const status = page.getByTestId('target-status');
    await status.waitFor();
    expect((await status.innerText()).replace(/\s/g, ' ')).toBe(
      'Foran målbanen: 1 735 personer foran målbanen i 2025.',
    );
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-testid=target-detail] g[aria-description="målbane"] path').length >
        0,
    );
    expect(await pathLines('[data-testid=target-detail]')).toBe(1);
    // End value 2030 = 52 210 (2015) + 15 × 250 = 55 960, already passed in 2025: said in words, not as a pace of −97.
    expect(await text('target-pace')).toBe(
      'Målet er allerede nådd: 56 445 personer i 2025 er over målverdien 55 960 for 2030.',
    );
    expect(await text('target-progress')).toMatch(/^Framdrift: Målet er nådd \(R = \d+ %/);
    expect(await page.getByTestId('target-detail').innerText()).toContain('Regel: «I rute»');
    expect(await page.getByTestId('target-detail').innerText()).toContain(
      'forholdstallsmetoden som Eurostat bruker',
    );
    // The gap in each year: 2020 actual 54 074 (SSB 11618) against the path 52 210 + 5 × 250 = 53 460 → +614.
    await page.getByText('Avvik fra målbanen år for år').click();
    const row2020 = await page.locator('[data-testid=target-gaps] tr[data-year="2020"]').innerText();
    expect(row2020.replace(/\s+/g, ' ').trim()).toBe('2020 54 074 53 460 +614');
    await page.screenshot({ path: 'tests/output/targets.png', fullPage: true });
  });

  it("measures Kongsvingerregionen's +100 jobs a year on SSB's jobs, from 2017 because 2016 has no figure, and says so", async () => {
    await page.goto(`${base}/targets?target=kongsvingerregionen-100-arbeidsplasser`);
    await page.getByTestId('target-status').waitFor();
    // 2017 18 997 (SSB 11618, six kommuner); path 2022 = 18 997 + 5 × 100 = 19 497; actual 19 367 → 130 behind.
    expect(await text('target-status')).toBe('Bak målbanen: 130 personer bak målbanen i 2022.');
    const detail = await page.getByTestId('target-detail').innerText();
    expect(detail).toContain(
      'Grunnåret 2016 mangler i statistikken; banen starter fra 2017, første år med tall.',
    );
    expect(detail).toContain('«Netto vekst på 100 arbeidsplasser pr. år i perioden»');
    expect(detail).not.toMatch(/npm|data:|\.json/);
    // End 2028 = 18 997 + 11 × 100 = 20 097; from 19 367 in 2022: 730 over 6 years.
    expect(await text('target-pace')).toBe(
      'Takt som trengs fra nå: +122 per år fra 2022 til 2028 for å nå 20 097 personer.',
    );
    expect(await text('target-progress')).toMatch(/^Framdrift: /);
    await page.screenshot({ path: 'tests/output/targets-kongsvinger.png', fullPage: true });
  });

  it("measures Glåmdal's «60 000 i 2020» on the seven kommuner: wrong direction, end year passed", async () => {
    await page.goto(`${base}/targets?target=glamdal-60000-innbyggere`);
    await page.getByTestId('target-progress').waitFor();
    expect(await text('target-progress')).toMatch(/^Framdrift: Feil retning \(R = −15 %/);
    expect(await text('target-pace')).toBe(
      'Målåret 2020 er passert uten at målet ble nådd: 52 333 personer i 2020 mot målet 60 000.',
    );
    expect(await page.getByTestId('target-detail').innerText()).toContain(
      'Kongsvingerregionen (Glåmdal) + Våler (Innlandet)',
    );
  });

  it("shows Mosseregionen's ~740 jobs as a reported result, without a status", async () => {
    await page.goto(`${base}/targets?target=mosseregionen-740-arbeidsplasser`);
    await page.getByTestId('target-detail').waitFor();
    expect(await text('target-status')).toBe('Rapportert resultat.');
    expect(await page.getByTestId('target-progress').count()).toBe(0);
    expect(await page.getByTestId('target-detail').innerText()).toContain(
      'Rapportert resultat – ikke et mål',
    );
  });

  it('says a target id that does not exist does not exist, instead of loading forever', async () => {
    await page.goto(`${base}/targets?target=finnes-ikke`);
    await page.getByTestId('target-unknown').waitFor();
    expect(await text('target-unknown')).toBe(
      'Målet «finnes-ikke» finnes ikke her. Det kan være slettet, eller lenken kan være skrevet feil eller laget i en annen nettleser uten målene. Alle målene som finnes, står under.',
    );
    expect(await page.getByTestId('target-loading').count()).toBe(0);
  });

  it('opens a link carrying a user target and measures it on the real series', async () => {
    const mine = makeTarget({
      id: 'skien-jobber',
      title: 'Skien: 1 % flere arbeidsplasser i året',
      region: '4003',
      indicator: 'sysselsatte',
      base_year: 2010,
      kind: 'rate',
      amount: 0.01,
      set_by: 'Test',
    });
    await page.goto(`${base}/targets?target=skien-jobber&t=${await encodeTargets([mine])}`);
    const detail = page.locator('[data-testid=target-detail][data-target="skien-jobber"]');
    await detail.waitFor({ timeout: 30_000 });
    // Skien 2010 = 24 603 (SSB 13472, all sectors); 1 % a year falls behind a flat-ish series.
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-testid=target-detail] g[aria-description="målbane"] path').length >
        0,
      null,
      { timeout: 30_000 },
    );
    expect(await page.getByTestId('target-status').innerText()).toMatch(
      /^Bak målbanen: [\d\s]+ personer bak målbanen i 2025\.$/,
    );
    // Remembered by the browser once the page has started (the detail above may be the one drawn
    // before hydration, src/lib/first/target-link.ts): the page's own detail has taken its place.
    await page.waitForFunction(
      () =>
        document.documentElement.classList.contains('rp-hydrated') &&
        document.querySelector('[data-first-target]')?.childElementCount === 0 &&
        document.querySelector('[data-testid=target-detail][data-target="skien-jobber"]') !== null,
      null,
      { timeout: 30_000 },
    );
    // A plain visit still has it.
    await page.goto(`${base}/targets`);
    await page.locator('[data-target="skien-jobber"]').first().waitFor();
  });

  it('rejects an invalid import with a message and leaves the targets unchanged', async () => {
    await page.goto(`${base}/targets`);
    await page.locator('[data-target="skien-jobber"]').first().waitFor();
    const before = await page.locator('a.card').count();
    await page.locator('[data-testid=import-targets]:enabled').waitFor();
    await page.getByTestId('import-targets').setInputFiles({
      name: 'feil.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ regionpuls_targets: 1, targets: [{ id: 'x', title: 'X', region: '3103' }] }),
      ),
    });
    const message = await page.getByTestId('targets-message').innerText();
    expect(message).toBe(
      '«feil.json» ble ikke importert: mål 1: mangler feltet «indicator». Ingen mål ble endret.',
    );
    expect(await page.locator('a.card').count()).toBe(before);
    expect(await page.locator('[data-target="skien-jobber"]').count()).toBeGreaterThan(0);
  });

  it('shows targets with unknown codes, each with its message, under one notice', async () => {
    const unknown = Array.from({ length: 30 }, (_, i) => own(i, { region: String(9000 + i) }));
    await page.goto(
      `${base}/targets?t=${await encodeTargets([...unknown, own(99, { indicator: 'finnes_ikke' })])}`,
    );
    await page.getByTestId('targets-problems').waitFor();
    expect(await page.getByTestId('targets-problems').count()).toBe(1);
    expect(await text('targets-problems')).toBe(
      '31 mål kan ikke måles: regionkodene «9000», «9001», «9002», «9003», «9004» og 25 til finnes ikke i Regionpuls, og indikatoren «finnes_ikke» finnes ikke i Regionpuls. De vises under «Mål som ikke kan måles» med en forklaring.',
    );
    const card = page.locator('a.card[data-target="eget-0"]');
    expect((await card.innerText()).replace(/\s+/g, ' ')).toContain(
      'Regionkoden «9000» finnes ikke i Regionpuls',
    );
    // One group, a page of cards at a time.
    expect(
      await page.locator('section.group', { hasText: 'Mål som ikke kan måles' }).locator('a.card').count(),
    ).toBe(12);
    await page.getByTestId('show-more').click();
    expect(
      await page.locator('section.group', { hasText: 'Mål som ikke kan måles' }).locator('a.card').count(),
    ).toBe(24);
    // Clean up: this browser now remembers 31 more targets; the next test starts from a known state.
    await page.evaluate(() => localStorage.clear());
  });

  it('refuses an import over 1 MB before reading it, and a 101st own target, each with a message', async () => {
    await page.goto(`${base}/targets`);
    // The prerendered input opens once the page has started (a file chosen earlier would be lost).
    await page.locator('[data-testid=import-targets]:enabled').waitFor();
    await page.getByTestId('import-targets').setInputFiles({
      name: 'stor.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(1_500_000, 32),
    });
    await expect
      .poll(() => text('targets-message'))
      .toBe(
        '«stor.json» ble ikke importert: filen er 1,5 MB, og en målfil kan være høyst 1 MB. Ingen mål ble endret.',
      );

    await page.getByTestId('import-targets').setInputFiles(
      file(
        'hundre.json',
        Array.from({ length: 100 }, (_, i) => own(i)),
      ),
    );
    await expect.poll(() => text('targets-message')).toBe('Importerte 100 mål fra «hundre.json».');
    await page.getByTestId('import-targets').setInputFiles(file('en-til.json', [own(100)]));
    await expect
      .poll(() => text('targets-message'))
      .toBe(
        '«en-til.json» ble ikke importert: den har 1 mål, og sammen med de 100 du har fra før blir det mer enn 100, som er det meste Regionpuls kan holde. Ingen mål ble endret.',
      );
    expect(
      await page.evaluate(() => JSON.parse(localStorage.getItem('regionpuls:targets')!).targets.length),
    ).toBe(100);
    // 100 own targets still fit in the link, compressed.
    await page.waitForFunction(() => new URL(location.href).searchParams.get('t')?.startsWith('2.'));
    expect(page.url().length).toBeLessThan(8000);
    await page.evaluate(() => localStorage.clear());
  });

  it('logged no errors and stayed on its own origin', () => {
    expect(browser().errors).toEqual([]);
    expect([...new Set(browser().requests.map((u) => new URL(u).origin))]).toEqual([new URL(base).origin]);
  });
});
