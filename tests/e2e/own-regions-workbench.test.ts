/**
 * The workbench's «done when» question, walked in Chromium on the real data: «which kommuner in
 * Innlandet grew jobs fastest 2017–2022, where are they on the map, how do they compare with similar
 * kommuner, and where do their workers live?» — with an own region beside the ranking and one made on
 * the map. Figures: SSB 11618 (jobs by place of work: Lesja 811 → 896, +10,5 %; Glåmdalen's six
 * kommuner 18 997 → 19 367, +1,9 %, would be 22nd of 46) and SSB 03321 (Lesja 2022: 896 jobs, 715 live
 * and work there, 181 in-commuters, 96 of them from Dovre). Last, a target set on an own region from
 * the editor (SSB 07459: Moss + Råde + Våler 62 517 in 2020, 67 328 in 2026).
 */
import { describe, expect, inject, it } from 'vitest';
import { sessionPerFile } from './session';
import { INNLANDET_JOBS } from './own-regions';
import { oneLine } from './page-text';

const base = inject('baseUrl');
const browser = sessionPerFile();

describe('which kommuner in Innlandet grew jobs fastest 2017–2022 …', () => {
  it('ranks Lesja first (+10,5 %) and places the own region Glåmdalen 22nd of 46 beside the ranking', async () => {
    const { page } = browser();
    await page.goto(`${base}/rangering?${INNLANDET_JOBS}`);
    const rows = page.locator('[data-testid=ranking-table] tbody tr');
    expect(oneLine(await rows.nth(0).innerText())).toMatch(/^1 Lesja 811 896 \+85 \+10,5 %/);
    expect(oneLine(await rows.nth(1).innerText())).toMatch(/^2 Engerdal 517 561 \+44 \+8,5 %/);
    expect(oneLine(await rows.nth(2).innerText())).toMatch(/^3 Gjøvik 16 324 17 550 \+1 226 \+7,5 %/);
    const own = page.getByTestId('own-region-ranks');
    await own.waitFor({ timeout: 60_000 });
    expect(oneLine(await own.locator('tbody tr').first().innerText())).toBe(
      'Glåmdalen Kongsvinger, Nord-Odal, Sør-Odal, Eidskog, Grue, Åsnes 18 997 19 367 +1,9 % 22 av 46',
    );
    expect(await own.locator('.note').innerText()).toContain('blant de 46 kommuner som er rangert');
    // The ranking itself is that of the 46 kommuner, the own region not among them.
    expect(await page.getByTestId('ranking-summary').innerText()).toContain(
      '46 av 46 kommuner har tall for 2017–2022',
    );
  });
});

describe('… where are they on the map …', () => {
  it('colours Lesja, dashes Glåmdalen’s six kommuner, and makes «Lesja og Dovre» from two clicks (16th of 46)', async () => {
    const { page } = browser();
    await page.goto(`${base}/kart?${INNLANDET_JOBS}`);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=map] [data-testid=chart] path[data-code]').length === 46,
      null,
      { timeout: 60_000 },
    );
    expect(await page.locator('[data-testid=map] path[data-code="3432"] title').textContent()).toBe(
      'Lesja: +10,5\u00a0%',
    );
    const dashed = page.locator('[data-testid=map] g[stroke-dasharray] path');
    expect(await dashed.count()).toBe(6);

    await page.getByTestId('own-draft-start').click();
    await page.locator('[data-testid=map] path[data-code="3432"]').dispatchEvent('click');
    await page.locator('[data-testid=map] path[data-code="3431"]').dispatchEvent('click');
    expect(await page.getByTestId('own-draft').locator('h2').innerText()).toBe('Ny egen region: 2 kommuner');
    // The clicks went to the new region, not to the comparison.
    expect(page.url()).not.toContain('pick=');
    await page.getByTestId('own-draft-name').fill('Lesja og Dovre');
    await page.getByTestId('own-draft-save').click();
    await page.waitForURL(/g2=Lesja(\+|%20)og(\+|%20)Dovre(%3A|:)3432(%2C|,)3431/);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=own-region-ranks] tbody tr').length === 2,
      null,
      { timeout: 60_000 },
    );
    // 811 + 1 224 = 2 035 → 896 + 1 228 = 2 124, +4,4 %: behind Øystre Slidre (+4,6 %), ahead of Eidskog (+4,2 %).
    expect(oneLine(await page.locator('[data-testid=own-region-ranks] tbody tr').nth(1).innerText())).toBe(
      'Lesja og Dovre Lesja, Dovre 2 035 2 124 +4,4 % 16 av 46',
    );
    expect(await dashed.count()).toBe(8);
    // Remembered by this browser for the next visit.
    const stored = await page.evaluate(() => localStorage.getItem('regionpuls:own-regions:v1'));
    expect(JSON.parse(stored ?? '[]')).toContainEqual({ name: 'Lesja og Dovre', members: ['3432', '3431'] });
  });
});

describe('… how do they compare with similar kommuner …', () => {
  it('names Lesja’s comparable kommuner and adds them to the comparison with one click', async () => {
    const { page } = browser();
    await page.goto(`${base}/region/3432`);
    const peers = page.getByTestId('peers');
    // Same centrality class, half to double Lesja's population; fewer than five in Innlandet, so filled
    // up from the rest of the country to nine.
    expect(await peers.locator('.peer-list li a').allInnerTexts()).toEqual([
      'Rendalen',
      'Vang',
      'Folldal',
      'Engerdal',
      'Vardø',
      'Lurøy',
      'Kåfjord',
      'Sømna',
      'Gildeskål',
    ]);
    const statements = (await peers.getByTestId('peer-statements').locator('li').allInnerTexts()).map(
      oneLine,
    );
    expect(statements).toContain(
      'Sysselsatte etter arbeidssted – Vekst 2017–2022: høyere enn sammenlignbare kommuner (Lesja: +10,48 %; median −1,33 %, «omtrent som» fra −8,25 % til +5,59 %; 9 kommuner med tall).',
    );
    await page.getByTestId('peers-compare').click();
    await page.waitForURL(/\/\?indicator=sysselsatte&regions=3432,[0-9,]+$/);
    expect(new URL(page.url()).searchParams.get('regions')!.split(',')).toHaveLength(10);
  });
});

describe('… and where do their workers live?', () => {
  it('shows Lesja’s 181 in-commuters, 96 from Dovre, in the table and on the flow map', async () => {
    const { page } = browser();
    await page.goto(`${base}/pendling?region=3432`);
    const result = page.locator('[data-testid=commuting][data-code="3432"]');
    await result.waitFor({ timeout: 60_000 });
    const figure = async (key: string) =>
      oneLine(await result.locator(`[data-testid=key-figures] [data-measure=${key}] dd`).first().innerText());
    expect(await figure('jobs')).toBe('896');
    expect(await figure('in_commuters')).toBe('181');
    const firstIn = oneLine(await page.getByTestId('flows-in').locator('tbody tr').first().innerText());
    expect(firstIn).toMatch(/^1 Dovre 96 /);
    const map = page.getByTestId('flow-map');
    await map.locator('svg g[aria-label="link"]').first().waitFor({ timeout: 60_000 });
    expect(await map.locator('g[aria-label="link"]').count()).toBe(2);
    const lines = await map.getByTestId('flow-map-text').locator('li').allTextContents();
    expect(lines[0]).toBe('Dovre → Lesja: 96 personer');
    expect(lines).toContain('Lesja → Dovre: 152 personer');
    expect(await map.locator('g[aria-label="text"] text').allTextContents()).toContain(
      'Dovre: 96 inn 152 ut',
    );
    expect(browser().requests.filter((u) => !u.startsWith(base))).toEqual([]);
  });
});

describe('a target on an own region', () => {
  it('is set from the editor on a remembered own region, named by it, and carried by the link', async () => {
    const { page } = browser();
    await page.goto(`${base}/targets`);
    await page.evaluate(() => {
      localStorage.removeItem('regionpuls:targets');
      localStorage.setItem(
        'regionpuls:own-regions:v1',
        JSON.stringify([{ name: 'Vår region', members: ['3103', '3112', '3114'] }]),
      );
    });
    await page.reload();
    // Own regions alone are worth a file.
    const exportButton = page.getByRole('button', { name: 'Lagre mine mål i en fil' });
    await page.waitForFunction(
      () => !document.querySelector('button[disabled]')?.textContent?.includes('Lagre mine mål'),
    );
    expect(await exportButton.isEnabled()).toBe(true);

    await page.getByRole('button', { name: 'Nytt mål' }).click();
    const editor = page.getByTestId('target-editor');
    expect(await editor.locator('#target-regions option[value="egen-1"]').textContent()).toBe(
      'Vår region (egen region)',
    );
    await editor.getByLabel('Tittel', { exact: true }).fill('70 000 innbyggere i Vår region');
    await editor.getByLabel('Region (kode)').fill('egen-1');
    await editor.locator('select').nth(0).selectOption('befolkning');
    await editor.locator('select').nth(1).selectOption('level');
    await editor.getByLabel('Nivå i målåret').fill('70000');
    await editor.getByLabel('Basisår', { exact: true }).fill('2020');
    await editor.getByLabel('Målår', { exact: true }).fill('2030');
    await editor.getByRole('button', { name: 'Lagre' }).click();
    await page.waitForURL(/[?&]t=2\./);
    // Measured on the members' sum: 62 517 on 1 January 2020 (49 273 + 7 508 + 5 736), 67 328 in 2026
    // (53 207 + 7 892 + 6 229); the path to 70 000 in 2030 stands at 67 007 in 2026, so 321 ahead.
    const main = page.locator('main');
    const measured = async () => {
      await page.waitForFunction(
        () => document.querySelector('main')?.textContent?.includes('I rute: 321'),
        null,
        {
          timeout: 60_000,
        },
      );
      const shown = oneLine(await main.innerText());
      expect(shown).toContain('Vår region · Befolkning · 70 000 i 2030 fra 2020 til 2030');
      expect(shown).toContain('I rute: 321 personer foran målbanen i 2026.');
    };
    await measured();
    // The link alone brings it back, own region and all, in a browser that never saw it.
    const link = page.url();
    await page.evaluate(() => localStorage.clear());
    await page.goto(link);
    await measured();
  });
});
