/**
 * An own region as a region of its own, in Chromium on the real data: its report reached from the
 * ranking's «Egne regioner» table (SSB 07459: Moss + Råde + Våler 53 207 + 7 892 + 6 229 = 67 328
 * inhabitants on 1 January 2026, +4 287 or +6,8 % since 2021's 63 041; SSB 11618/03321 for jobs and
 * commuting, equal to the shipped Mosseregionen), a link without a usable region saying why, and the
 * own region drawn on the map as one area with its name and value (Glåmdalen, +1,9 % jobs 2017–2022).
 */
import { describe, expect, inject, it } from 'vitest';
import { sessionPerFile } from './session';
import { GLAMDALEN, INNLANDET_JOBS, MOSSE } from './own-regions';
import { oneLine } from './page-text';

const base = inject('baseUrl');
const browser = sessionPerFile();

describe('an own region’s report', () => {
  it('is linked from the ranking and shows the members’ sums: 67 328 inhabitants in 2026, +6,8 % since 2021', async () => {
    const { page } = browser();
    await page.goto(
      `${base}/rangering?indicator=befolkning&level=kommune&fylke=31&from=2021&to=2026&measure=growth&${MOSSE}`,
    );
    const link = page.locator('[data-testid=own-region-ranks] [data-testid=own-report-link]');
    await link.waitFor({ timeout: 60_000 });
    expect(await link.innerText()).toBe('Vår region');
    await link.click();
    await page.waitForURL(/\/region\/egen-1\?g1=/);
    const report = page.getByTestId('own-region-report');
    expect(await report.locator('h1').innerText()).toBe('Vår region');
    expect(oneLine(await page.getByTestId('own-report-members').innerText())).toBe(
      'Består av 3 kommuner: Moss, Råde, Våler (Østfold).',
    );
    const pop = report.locator('section.indicator[data-indicator=befolkning]');
    await pop.waitFor({ timeout: 60_000 });
    expect(oneLine(await pop.getByTestId('level').innerText())).toBe('67 328 personer');
    expect(oneLine(await pop.getByTestId('change').innerText())).toBe('+4 287 (+6,8 %)');
    // Drawn against Østfold and the country, three lines.
    await pop.locator('svg g[aria-label="line"] path').first().waitFor({ timeout: 60_000 });
    expect(await pop.getByTestId('chart-description').innerText()).toContain('Østfold');
    const commuting = page.getByTestId('own-report-commuting');
    await commuting.getByTestId('key-figures').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('own-report-peers').locator('li a').count()).toBe(3);
    // One language control, as on the other reports: links that keep the region in the link.
    expect(await page.getByTestId('lang-select').count()).toBe(0);
    const nynorsk = page.getByTestId('lang-links').getByRole('link', { name: 'Nynorsk' });
    expect(await nynorsk.getAttribute('href')).toMatch(/\/nn\/region\/egen-1\?g1=.*3103.*3112.*3114/);
    await nynorsk.click();
    await page.waitForURL(/\/nn\/region\/egen-1\?g1=/);
    const nnPop = page.locator('section.indicator[data-indicator=befolkning]');
    await nnPop.getByTestId('level').waitFor({ timeout: 60_000 });
    expect(oneLine(await nnPop.getByTestId('level').innerText())).toBe('67 328 personar');
  });

  it('says why when the link’s region cannot be used, and draws nothing', async () => {
    const { page } = browser();
    await page.goto(`${base}/region/egen-1?g1=Feil%3A3103%2C9999`);
    const problem = page.getByTestId('own-report-problem');
    await problem.waitFor({ timeout: 60_000 });
    expect(oneLine(await problem.innerText())).toBe(
      'Den egne regionen «g1» i lenken ble utelatt: «9999» er ikke kommunenummer fra 2024. En sum uten dem ville vært feil.',
    );
    await page.goto(`${base}/region/egen-2?${MOSSE}`);
    await page.getByTestId('own-report-problem').waitFor({ timeout: 60_000 });
    expect(oneLine(await page.getByTestId('own-report-problem').innerText())).toContain('«g2»');
    expect(await page.locator('section.indicator').count()).toBe(0);
  });
});

describe('an own region beside the composite index', () => {
  it('scores Glåmdalen 52,8 and places it 24th of 46, linking to its report', async () => {
    const { page } = browser();
    await page.goto(`${base}/indeks?${GLAMDALEN}`);
    const own = page.getByTestId('own-composite');
    await own.waitFor({ timeout: 60_000 });
    expect(oneLine(await own.getByTestId('own-score').innerText())).toBe('52,8');
    expect(oneLine(await own.getByTestId('own-would-be').innerText())).toBe('24 av 46');
    expect(await own.getByTestId('own-report-link').getAttribute('href')).toMatch(/\/region\/egen-1\?g1=/);
  });
});

describe('a refused own region on the commuting page', () => {
  it('says what was wrong with g1, then which area is shown instead', async () => {
    const { page } = browser();
    await page.goto(`${base}/pendling?region=egen-1&g1=Feil%3A3103%2C9999`);
    const alert = page.locator('p.notice[role=alert]');
    await alert.waitFor({ timeout: 60_000 });
    expect(oneLine(await alert.innerText())).toBe(
      'Den egne regionen «g1» i lenken ble utelatt: «9999» er ikke kommunenummer fra 2024. En sum uten dem ville vært feil. Viser Kongsvingerregionen (Glåmdal).',
    );
  });
});

describe('an own region on the map', () => {
  it('is drawn as one area, its members’ shared edges dissolved, with its name and value', async () => {
    const { page } = browser();
    await page.goto(`${base}/kart?${INNLANDET_JOBS}`);
    const area = page.locator('[data-testid=map] path[data-own-code="egen-1"]');
    await area.waitFor({ timeout: 60_000 });
    expect(await area.count()).toBe(1);
    expect(await page.locator('[data-testid=map] text[data-own-code="egen-1"]').textContent()).toBe(
      'Glåmdalen: +1,9\u00a0%',
    );
  });
});
