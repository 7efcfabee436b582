/**
 * Downloads and the embed dialog on the main page, in Chromium on the built site: each file is
 * checked by content — the CSV's numbers against the table's cells, the SVG's lines, the PNG's size
 * from its IHDR header — and the print view hides the buttons.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { waitForCell, waitForChart } from './browser';
import { sessionPerFile } from './session';

const base = inject('baseUrl');
const browser = sessionPerFile();
let page: Page;

beforeAll(async () => {
  page = browser().page;
  await page.goto(`${base}/?indicator=befolkning&regions=3103,3112,3114`);
  await waitForChart(page, 3);
});

async function download(
  kind: 'png' | 'svg' | 'csv' | 'csv-spreadsheet',
): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`download-${kind}`).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Every table cell as code|year → text, with Norway's narrow spaces made plain. */
async function tableCells(): Promise<Map<string, string>> {
  const cells = await page.$$eval('[data-testid=data-table] tr[data-code] td[data-year]', (tds) =>
    tds.map((td) => [
      `${td.closest('tr')!.getAttribute('data-code')}|${td.getAttribute('data-year')}`,
      (td.textContent ?? '').replace(/\s/g, ' ').trim(),
    ]),
  );
  return new Map(cells as [string, string][]);
}

/** A table cell's text as a number ("49 273" → 49273, "100,0" → 100); "–" (missing) → null. */
function cellNumber(text: string): number | null {
  const plain = text.replace(/[*k]/g, '').replace(/ /g, '').replace(',', '.').replace('−', '-');
  return plain === '–' ? null : Number(plain);
}

/** CSV numbers rounded as the table rounds them must equal the cells, row for row. */
async function expectCsvMatchesTable(csv: string, digits: number): Promise<void> {
  const lines = csv
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');
  const data = lines.filter((l) => !l.startsWith('#')).slice(1);
  const cells = await tableCells();
  expect(data.length).toBe(cells.size);
  for (const line of data) {
    const [code, , year, value] = line.split(',');
    const cell = cells.get(`${code}|${year}`);
    expect(cell, `${code} ${year}`).toBeDefined();
    const shown = cellNumber(cell!);
    if (value === '') expect(shown).toBeNull();
    else expect(Number(Number(value).toFixed(digits))).toBe(shown);
  }
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

let svgSize = { width: 0, height: 0 };

describe('downloads', () => {
  it('CSV: the numbers of the table, with source and table id in the header, named for its content', async () => {
    const { name, bytes } = await download('csv');
    expect(name).toBe('befolkning_moss_rade_valer-ostfold_1986-2026.csv');
    const csv = bytes.toString('utf-8');
    expect(csv).toContain('# Kilde: SSB, befolkningsstatistikk, tabell 07459.');
    expect(csv).toMatch(/Dataversjon [0-9a-f]{6,}\./);
    expect(csv).toContain('3103,Moss,2020,49273,');
    await expectCsvMatchesTable(csv, 0);
  });

  it('SVG: one line per region, with title, legend, source and the alt text burnt in', async () => {
    const { name, bytes } = await download('svg');
    expect(name).toBe('befolkning_moss_rade_valer-ostfold_1986-2026.svg');
    const label = await page.getByTestId('chart').getAttribute('aria-label');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror') !== null,
        lines: doc.querySelectorAll('g[aria-label=line] path').length,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        desc: doc.querySelector('desc')?.textContent ?? '',
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
      };
    }, bytes.toString('utf-8'));
    expect(parsed.error).toBe(false);
    expect(parsed.lines).toBe(3);
    expect(parsed.texts).toEqual(expect.arrayContaining(['Befolkning', 'Moss', 'Råde', 'Våler (Østfold)']));
    expect(parsed.texts.join(' ')).toContain('tabell 07459');
    expect(parsed.desc).toBe(label);
    expect(parsed.width).toBeGreaterThan(600);
    svgSize = { width: parsed.width, height: parsed.height };
  });

  it('PNG: twice the size of the SVG figure', async () => {
    const { name, bytes } = await download('png');
    expect(name).toBe('befolkning_moss_rade_valer-ostfold_1986-2026.png');
    expect(pngSize(bytes)).toEqual({ width: svgSize.width * 2, height: svgSize.height * 2 });
  });

  it('CSV in indexed mode: the indices the table shows, and a name that says so', async () => {
    await page.goto(`${base}/?indicator=befolkning&regions=3103,3112,3114&mode=indexed&base=2010`);
    await waitForChart(page, 3);
    await waitForCell(page, '3103', 2010, '100,0');
    const { name, bytes } = await download('csv');
    expect(name).toBe('befolkning_indeks_2010_moss_rade_valer-ostfold_1986-2026.csv');
    const csv = bytes.toString('utf-8');
    expect(csv).toContain('# Visning: indeksert vekst, 2010 = 100.');
    expect(csv).toContain('3103,Moss,2010,100,');
    await expectCsvMatchesTable(csv, 1);
  });

  it('CSV for spreadsheets: exactly the cells the table shows, with semicolons and decimal commas', async () => {
    const { name, bytes } = await download('csv-spreadsheet');
    expect(name).toBe('befolkning_indeks_2010_moss_rade_valer-ostfold_1986-2026-excel.csv');
    const csv = bytes.toString('utf-8');
    expect(csv.startsWith('\ufeff# ')).toBe(true);
    const data = csv
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n')
      .filter((l) => !l.startsWith('#'));
    expect(data[0]).toBe('region_kode;region;år;verdi;status;kilde');
    expect(data.some((l) => l.startsWith('3103;Moss;2010;100,0;'))).toBe(true);
    const cells = await tableCells();
    expect(data.length - 1).toBe(cells.size);
    for (const line of data.slice(1)) {
      const [code, , year, value] = line.split(';');
      const shown = cells.get(`${code}|${year}`)!.replace(/[*k ]/g, '').replace('−', '-');
      expect(value === '' ? '–' : value, `${code} ${year}`).toBe(shown);
    }
  });
});

describe('embed dialog', () => {
  it('gives iframe code for this view with the chart description as alt text', async () => {
    await page.getByTestId('embed-open').click();
    const code = await page.getByTestId('embed-code').inputValue();
    const label = (await page.getByTestId('chart').getAttribute('aria-label'))!;
    expect(code).toContain(
      `src="${base}/embed?indicator=befolkning&amp;regions=3103,3112,3114&amp;mode=indexed&amp;base=2010"`,
    );
    expect(code).toContain(`aria-label="${label}"`);
    expect(code).toContain(`<script src="${base}/embed/regionpuls.js" async></script>`);
  });

  it('pins an archived embed to the data version, in the element form too', async () => {
    const version = await page.evaluate(
      async () => ((await (await fetch('data/manifest.json')).json()) as { version: string }).version,
    );
    await page.getByTestId('embed-archived').check();
    await page.getByTestId('embed-kind-component').check();
    await page.getByTestId('embed-theme-dark').check();
    const code = await page.getByTestId('embed-code').inputValue();
    expect(code).toMatch(
      new RegExp(
        `^<regionpuls-chart indicator="befolkning" regions="3103,3112,3114" mode="indexed" base="2010" theme="dark" v="${version}">`,
      ),
    );
    expect(code).toContain(`&amp;theme=dark&amp;v=${version}"`);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('embed-dialog').isVisible()).resolves.toBe(false);
  });
});

describe('print', () => {
  it('hides the buttons and prints the address of the view instead', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('chart-actions').isVisible()).resolves.toBe(false);
    const printed = await page.locator('.print-only').innerText();
    expect(printed).toContain(`${base}/?indicator=befolkning&regions=3103,3112,3114&mode=indexed&base=2010`);
    await page.emulateMedia({ media: 'screen' });
  });

  it('made no request to any other origin and logged no errors', () => {
    expect([...new Set(browser().requests.map((u) => new URL(u).origin))]).toEqual([new URL(base).origin]);
    expect(browser().errors).toEqual([]);
  });
});
