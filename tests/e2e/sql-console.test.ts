/**
 * The SQL console in Chromium, on the browser's DuckDB with the shipped data: lists the tables, answers
 * a read with SSB's figure in a table and a quick chart, refuses a write and a file read with its
 * reason (and the tables are unchanged after), and cancels a long query.
 */
import { describe, expect, inject, it } from 'vitest';
import { sessionPerFile } from './session';

const base = inject('baseUrl');
const browser = sessionPerFile();

async function run(sql: string) {
  const { page } = browser();
  await page.getByTestId('sql-text').fill(sql);
  await page.getByTestId('sql-run').click();
}

describe('SQL console', () => {
  it('lists the loaded tables and their columns', async () => {
    const { page } = browser();
    await page.goto(`${base}/sql`);
    await page.getByTestId('sql-tables').locator('li').first().waitFor({ timeout: 45_000 });
    const names = await page.locator('[data-testid=sql-tables] > li summary code').allTextContents();
    expect(names).toEqual(['commuting', 'indicators', 'observations', 'regions', 'sectors', 'sources']);
    expect(await page.getByTestId('sql-status').count()).toBe(0);
  });

  it("answers a read with SSB's figure, as a table and a line chart", async () => {
    const { page } = browser();
    await run(
      "SELECT year, value FROM observations WHERE indicator = 'befolkning' AND region_code = '3103' AND year BETWEEN 2018 AND 2022 ORDER BY year",
    );
    await page.getByTestId('sql-table').waitFor();
    const rows = await page.$$eval('[data-testid=sql-table] tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    // SSB 07459, Moss at 2024 borders (old Moss + Rygge before 2020): 2020 = 49 273.
    expect(rows).toContainEqual(['2020', '49273']);
    expect(rows).toHaveLength(5);
    expect(await page.getByTestId('sql-count').textContent()).toMatch(/^5 rader \(\d+ ms\)\.$/);
    expect(
      await page.locator('[data-testid=sql-result] [data-testid=chart] g[aria-label=line] path').count(),
    ).toBe(1);
  });

  it('answers DESCRIBE, SUMMARIZE and SHOW TABLES inside its row limit', async () => {
    const { page } = browser();
    const firstColumn = () =>
      page.$$eval('[data-testid=sql-table] tbody tr', (trs) =>
        trs.map((tr) => tr.querySelector('td')?.textContent),
      );
    await run('DESCRIBE regions');
    await expect.poll(firstColumn).toContain('code');
    await run('SUMMARIZE observations');
    await expect
      .poll(firstColumn)
      .toEqual(expect.arrayContaining(['indicator', 'region_code', 'year', 'value']));
    await run('SHOW TABLES');
    await expect
      .poll(firstColumn)
      .toEqual(['commuting', 'indicators', 'observations', 'regions', 'sectors', 'sources']);
    expect(await page.getByTestId('sql-problem').count()).toBe(0);
  });

  it('refuses a write and a file read with the reason, and nothing changes', async () => {
    const { page } = browser();
    await run('DROP TABLE regions');
    await expect
      .poll(() => page.getByTestId('sql-problem').innerText())
      .toContain('Konsollen kan bare lese tabellene: en spørring må begynne med SELECT');
    await run("SELECT * FROM read_csv('https://example.org/x.csv')");
    await expect
      .poll(() => page.getByTestId('sql-problem').innerText())
      .toContain('Funksjonen read_csv() er ikke tillatt');
    await run('SELECT count(*) AS n FROM regions');
    await expect
      .poll(() => page.locator('[data-testid=sql-table] tbody td').first().textContent())
      .toBe('623');
    expect(await page.getByTestId('sql-problem').count()).toBe(0);
  });

  it('cancels a long query and runs the next one', async () => {
    const { page } = browser();
    await run('SELECT sum(a.range * b.range) AS s FROM range(200000) a, range(200000) b');
    await expect.poll(() => page.getByTestId('sql-cancel').isEnabled()).toBe(true);
    await page.getByTestId('sql-cancel').click();
    await expect
      .poll(() => page.getByTestId('sql-problem').innerText(), { timeout: 20_000 })
      .toContain('Spørringen ble avbrutt.');
    await run("SELECT name FROM regions WHERE code = '3401'");
    await expect
      .poll(() => page.locator('[data-testid=sql-table] tbody td').first().textContent())
      .toBe('Kongsvinger');
  });

  it("has the user's own figures as the table egne_tall (SYNTHETIC figures, made up for the test)", async () => {
    const { page } = browser();
    await page.evaluate(() =>
      localStorage.setItem(
        'regionpuls:own-data:v1',
        JSON.stringify({
          file: 'ledige-lokaler.csv',
          rows: [
            { indicator: 'ledige-lokaler', region_code: '3103', year: 2020, value: 12.5 },
            { indicator: 'ledige-lokaler', region_code: '3103', year: 2021, value: null },
          ],
        }),
      ),
    );
    await page.reload();
    await expect
      .poll(() => page.locator('[data-testid=sql-tables] > li summary code').allTextContents(), {
        timeout: 45_000,
      })
      .toContain('egne_tall');
    await run(
      'SELECT o.region_code, r.name, o.year, o.value FROM egne_tall o JOIN regions r ON r.code = o.region_code ORDER BY year',
    );
    await expect.poll(() => page.locator('[data-testid=sql-table] tbody tr').count()).toBe(2);
    const rows = await page.$$eval('[data-testid=sql-table] tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    // Missing stays missing: an empty cell, not 0.
    expect(rows).toEqual([
      ['3103', 'Moss', '2020', '12.5'],
      ['3103', 'Moss', '2021', ''],
    ]);
    await page.evaluate(() => localStorage.removeItem('regionpuls:own-data:v1'));
  });

  it('logged no errors and stayed on its own origin', () => {
    const { errors, requests } = browser();
    expect(errors).toEqual([]);
    expect(
      requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:')),
    ).toEqual([]);
  });
});
