/**
 * A view's downloads from real data (Node DuckDB over static/data, the same queries the page runs):
 * the CSV holds exactly the table's numbers, with source, table id and data version in its header,
 * and file names say indicator, mode, regions and years. Also the pinned-version file list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../../src/lib/db/node';
import type { NodeDb } from '../../../src/lib/db/node';
import { loadCatalogue, loadSeries } from '../../../src/lib/series/load';
import type { SeriesResult } from '../../../src/lib/series/load';
import { tableRows } from '../../../src/lib/series/table';
import { DEFAULT_VIEW } from '../../../src/lib/config';
import type { ViewConfig } from '../../../src/lib/config';
import type { Indicator } from '../../../src/lib/schema';
import { viewChart } from '../../../src/lib/charts/view-chart';
import { exportFileNameFor, figureParts, viewCsv } from '../../../src/lib/export/view-export';
import type { ViewExportInput } from '../../../src/lib/export/view-export';
import { csvFileName, csvNumber, csvText } from '../../../src/lib/export/csv';
import { digitsForMode, formatNumber } from '../../../src/lib/i18n/format';
import { PALETTE } from '../../../src/lib/charts/palette';
import { versionFiles } from '../../../src/lib/embed/versioned-data.server';

let db: NodeDb;
let indicators: Indicator[];
let names: Map<string, string>;

beforeAll(async () => {
  db = await openNodeDb('static/data');
  const catalogue = await loadCatalogue(db.engine);
  indicators = catalogue.indicators;
  names = new Map(catalogue.regions.map((r) => [r.code, r.name]));
});
afterAll(() => db?.close());

async function exportInput(view: ViewConfig): Promise<ViewExportInput & { series: SeriesResult }> {
  const series = await loadSeries(db.engine, view);
  const indicator = indicators.find((i) => i.id === view.indicator)!;
  const { description } = viewChart(series, view, indicator, names);
  return {
    view,
    series,
    indicator,
    names,
    manifest: db.manifest,
    description,
    url: 'https://regionpuls.example/?x',
  };
}

/** Data lines of a CSV as objects (comment lines and the BOM skipped; no quoted commas in these names). */
function csvRows(csv: string): Record<string, string>[] {
  const lines = csv
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n')
    .filter((l) => !l.startsWith('#'));
  const head = lines[0]!.split(',');
  return lines.slice(1).map((l) => Object.fromEntries(l.split(',').map((v, i) => [head[i]!, v])));
}

describe('CSV of a view', () => {
  it('names source, table id and data version in its header', async () => {
    const csv = viewCsv(await exportInput(DEFAULT_VIEW));
    const comments = csv
      .replace(/^\ufeff/, '')
      .split('\r\n')
      .filter((l) => l.startsWith('#'));
    expect(comments[0]).toBe('# Befolkning – Absolutte tall, personer: Moss, Råde og Våler (Østfold)');
    expect(comments[1]).toMatch(
      /^# Kilde: SSB, befolkningsstatistikk, tabell 07459\. Levert datasett \(øyeblikksbilde\), bygget \d{1,2}\. \p{L}+ \d{4}\.$/u,
    );
    expect(comments[2]).toBe(
      `# Visning: absolutte tall. Dataversjon ${db.manifest.version}. Hentet fra https://regionpuls.example/?x`,
    );
  });

  for (const view of [
    DEFAULT_VIEW,
    { ...DEFAULT_VIEW, mode: 'indexed', base: 2010 },
    { indicator: 'sysselsatte', regions: ['3905', '3907', '4001'], mode: 'per1000', base: null },
  ] as ViewConfig[]) {
    it(`holds exactly the table's cells (${view.indicator}, ${view.mode})`, async () => {
      const input = await exportInput(view);
      const table = tableRows(input.series.rows, view.regions, names);
      const rows = csvRows(viewCsv(input));
      const cells = table.rows.flatMap((r) =>
        table.years
          .filter((y) => r.cells.has(y))
          .map((y) => ({ code: r.code, year: y, y: r.cells.get(y)!.y })),
      );
      expect(rows.length).toBe(cells.length);
      expect(rows.length).toBeGreaterThan(0);
      for (const c of cells) {
        const row = rows.find((r) => r.region_kode === c.code && r['år'] === String(c.year));
        expect(row?.verdi).toBe(c.y === null ? '' : csvNumber(c.y));
      }
    });
  }

  it('an own region is a row like any region, with the summed value and its name', async () => {
    const view: ViewConfig = {
      ...DEFAULT_VIEW,
      regions: ['3103', 'egen-1'],
      groups: [{ slot: 1, name: 'Vår region', members: ['3103', '3112', '3114'] }],
    };
    const input = await exportInput(view);
    input.names = new Map([...names, ['egen-1', 'Vår region']]);
    const csv = viewCsv(input);
    const rows = csvRows(csv);
    expect(rows.find((r) => r.region_kode === 'egen-1' && r['år'] === '2024')?.verdi).toBe('66079');
    expect(rows.find((r) => r.region_kode === '3103' && r['år'] === '2024')?.verdi).toBe('52051');
    expect(csv).toContain('# Befolkning – Absolutte tall, personer: Moss og Vår region');
    expect(exportFileNameFor(input, 'csv')).toMatch(/^befolkning_moss_var-region_\d{4}-\d{4}\.csv$/);
  });

  for (const view of [
    DEFAULT_VIEW,
    { ...DEFAULT_VIEW, mode: 'indexed', base: 2010 },
    { indicator: 'sysselsatte', regions: ['3905', '3907', '4001'], mode: 'per1000', base: null },
  ] as ViewConfig[]) {
    it(`for spreadsheets: semicolons, decimal commas, values rounded as the table shows them (${view.mode})`, async () => {
      const input = await exportInput(view);
      const csv = viewCsv(input, 'spreadsheet');
      expect(csv.startsWith('\ufeff# ')).toBe(true);
      const lines = csv
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n')
        .filter((l) => !l.startsWith('#'));
      expect(lines[0]).toBe('region_kode;region;år;verdi;status;kilde');
      const digits = digitsForMode(
        view.mode,
        input.indicator.unit,
        input.series.rows.map((r) => r.y),
      );
      const byKey = new Map(
        lines
          .slice(1)
          .map((l) => l.split(';'))
          .map((c) => [`${c[0]}|${c[2]}`, c[3]]),
      );
      expect(byKey.size).toBe(input.series.rows.length);
      for (const r of input.series.rows) {
        // The page's number without its thousands spaces: what Excel set to Norwegian reads as that number.
        const shown =
          r.y === null
            ? ''
            : formatNumber(r.y, digits)
                .replace(/[\s\u00a0\u202f]/g, '')
                .replace('−', '-');
        expect(byKey.get(`${r.region_code}|${r.year}`)).toBe(shown);
      }
    });
  }

  it('spreadsheet cells: Moss 2020 as SSB counts it, a rate with its comma, text with a semicolon quoted', async () => {
    const input = await exportInput(DEFAULT_VIEW);
    expect(viewCsv(input, 'spreadsheet')).toContain('\r\n3103;Moss;2020;49273;');
    const doc = {
      comments: ['a'],
      header: ['x', 'y'],
      rows: [
        ['a;b', { n: 12.345, digits: 1 }],
        ['c', { n: null }],
      ],
    };
    expect(csvText(doc, 'spreadsheet')).toBe('\ufeff# a\r\nx;y\r\n"a;b";12,3\r\nc;\r\n');
    expect(csvText(doc, 'plain')).toBe('\ufeff# a\r\nx,y\r\na;b,12.345\r\nc,\r\n');
    expect(csvFileName('befolkning_moss.csv', 'spreadsheet')).toBe('befolkning_moss-excel.csv');
  });

  it('writes derived values without float noise', () => {
    expect(csvNumber(0.1 + 0.2)).toBe('0.3');
    expect(csvNumber(49273)).toBe('49273');
    expect(csvNumber(104.83870967741936)).toBe('104.838709677');
  });
});

describe('file names', () => {
  it('say indicator, mode, regions and the years shown', async () => {
    expect(exportFileNameFor(await exportInput(DEFAULT_VIEW), 'csv')).toBe(
      'befolkning_moss_rade_valer-ostfold_1986-2026.csv',
    );
    expect(
      exportFileNameFor(await exportInput({ ...DEFAULT_VIEW, mode: 'indexed', base: 2010 }), 'png'),
    ).toBe('befolkning_indeks_2010_moss_rade_valer-ostfold_1986-2026.png');
    const jobs = await exportInput({
      ...DEFAULT_VIEW,
      indicator: 'sysselsatte',
      regions: ['3905', '3907'],
      mode: 'per1000',
      base: null,
    });
    expect(exportFileNameFor(jobs, 'svg')).toMatch(/^sysselsatte_per_1000_[a-z-]+_[a-z-]+_\d{4}-\d{4}\.svg$/);
  });
});

describe('figure parts', () => {
  it("rebuild the chart's legend in selection order with the palette's colours", async () => {
    const parts = figureParts(await exportInput(DEFAULT_VIEW));
    expect(parts.legend).toEqual([
      { name: 'Moss', colour: PALETTE[0] },
      { name: 'Råde', colour: PALETTE[1] },
      { name: 'Våler (Østfold)', colour: PALETTE[2] },
    ]);
    expect(parts.source[0]).toMatch(/^Kilde: SSB, befolkningsstatistikk, tabell 07459\. /);
    expect(parts.description).toMatch(/^Befolkning i Moss økte fra 36 154 i 1986 til 53 207 i 2026/);
  });
});

describe('pinned data version', () => {
  it('is the manifest and every table file the browser engine loads', () => {
    expect(versionFiles(db.manifest)).toEqual([
      'manifest.json',
      'regions.parquet',
      'observations.parquet',
      'indicators.parquet',
      'sources.parquet',
      'commuting.parquet',
      'sectors.parquet',
    ]);
  });
});
