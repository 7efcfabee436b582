/**
 * «Egne tall» in Chromium: a user's file (SYNTHETIC figures, made up for the test) is read in the browser,
 * drawn for the chosen regions, kept across a reload, left untouched by a refused file, and removable.
 */
import { describe, expect, inject, it } from 'vitest';
import { sessionPerFile } from './session';

const base = inject('baseUrl');
const browser = sessionPerFile();

const file = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'latin1'),
});

describe('own data', () => {
  it('reads, draws, keeps, refuses in words, and removes', async () => {
    const { page, errors } = browser();
    await page.goto(`${base}/?indicator=befolkning&regions=3103,3112`);
    await page.waitForFunction(
      () => performance.getEntriesByName('regionpuls:first-chart').length > 0,
      null,
      { timeout: 30_000 },
    );
    const own = page.getByTestId('own-data');
    // The prerendered file input opens once the page has started.
    await own.locator('[data-testid=own-data-file]:enabled').waitFor();

    // Excel's Norwegian CSV: semicolons, decimal comma, Windows-1252 «Råde», a missing mark.
    await own
      .getByTestId('own-data-file')
      .setInputFiles(
        file(
          'ledige-lokaler.csv',
          'Kommune;År;Verdi\r\nMoss;2020;12,5\r\nMoss;2021;13\r\nRåde;2020;4\r\nRåde;2021;..\r\n',
        ),
      );
    await expect
      .poll(() => own.getByTestId('own-data-heading').textContent())
      .toBe('Egne tall: ledige-lokaler (fra ledige-lokaler.csv)');
    await own.locator('g[aria-label="line"]').waitFor();
    expect(await own.locator('[data-testid=chart] g[aria-label="dot"] circle').count()).toBe(3);

    // A refused file changes nothing and says why, with file, line and column.
    await own
      .getByTestId('own-data-file')
      .setInputFiles(file('feil.csv', 'Kommune;År;Verdi\nAtlantis;2020;1\n'));
    const message = await own.getByTestId('own-data-errors').innerText();
    expect(message).toContain('Filen ble ikke lest inn, og ingenting er endret');
    expect(message).toContain('feil.csv: linje 2, kolonne «Kommune»: «Atlantis» er ingen kommune');
    expect(await own.getByTestId('own-data-heading').textContent()).toBe(
      'Egne tall: ledige-lokaler (fra ledige-lokaler.csv)',
    );

    // Kept across a reload, then removed for good.
    await page.reload();
    await expect
      .poll(() => page.getByTestId('own-data-heading').textContent(), { timeout: 30_000 })
      .toBe('Egne tall: ledige-lokaler (fra ledige-lokaler.csv)');
    await page.getByTestId('own-data-remove').click();
    expect(await page.getByTestId('own-data-heading').count()).toBe(0);
    await page.reload();
    await page.getByTestId('own-data').waitFor();
    expect(await page.getByTestId('own-data-heading').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.screenshot({ path: 'tests/output/own-data.png', fullPage: true });
  });

  it('carries an old kommune number to its 2024 kommune and says so', async () => {
    const { page, errors } = browser();
    const own = page.getByTestId('own-data');
    await own.locator('[data-testid=own-data-file]:enabled').waitFor();
    await own
      .getByTestId('own-data-file')
      .setInputFiles(file('gamle.csv', 'kommune;år;verdi\n3002 Moss;2021;10\n3002 Moss;2022;12\n'));
    await expect
      .poll(() => own.getByTestId('own-data-carried').textContent())
      .toBe('Eldre kommunenummer er ført over til dagens (2024): 3002 Moss → 3103 Moss.');
    await own.locator('g[aria-label="line"]').waitFor();
    await own.getByTestId('own-data-remove').click();
    expect(errors).toEqual([]);
  });

  it('reads a file dropped on the section (SYNTHETIC figure)', async () => {
    const { page, errors } = browser();
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(
        new File(['kommune;år;verdi\n3103;2020;5\n3103;2021;6\n'], 'sluppet.csv', { type: 'text/csv' }),
      );
      const target = document.querySelector('[data-testid=own-data]')!;
      for (const type of ['dragover', 'drop'])
        target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await expect
      .poll(() => page.getByTestId('own-data-heading').textContent())
      .toBe('Egne tall: sluppet (fra sluppet.csv)');
    await page.getByTestId('own-data-remove').click();
    expect(errors).toEqual([]);
  });
});
