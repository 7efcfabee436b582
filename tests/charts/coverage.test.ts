/**
 * The data-coverage heat-map on the real built data: which levels and years have figures, per indicator,
 * and the SVG it draws (one cell per level × year; a year without any figure drawn as an empty cell).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { openNodeDb, type NodeDb } from '../../src/lib/db/node';
import { coverageMatrixQuery, type CoverageCell } from '../../src/lib/sql/catalogue';
import {
  coverageChart,
  coverageGrid,
  coverageRows,
  coverageSummary,
  type CoverageRow,
} from '../../src/lib/charts/coverage';
import { loadCatalogue } from '../../src/lib/series/load';

let db: NodeDb;
let cells: CoverageCell[];
let rows: CoverageRow[];
beforeAll(async () => {
  db = await openNodeDb('static/data');
  cells = await db.engine.query<CoverageCell>(coverageMatrixQuery());
  const { regions } = await loadCatalogue(db.engine);
  const sizes = new Map<string, { level: string; kind: string; regions: number }>();
  for (const r of regions) {
    const s = sizes.get(`${r.level}|${r.kind}`) ?? { level: r.level, kind: r.kind, regions: 0 };
    s.regions += 1;
    sizes.set(`${r.level}|${r.kind}`, s);
  }
  rows = coverageRows([...sizes.values()]);
});
afterAll(() => db?.close());

const summaryOf = (indicator: string) => {
  const grid = coverageGrid(
    cells.filter((c) => c.indicator === indicator),
    rows,
  );
  return { grid, summary: new Map(coverageSummary(grid, rows).map((r) => [r.key, r])) };
};

describe('data coverage', () => {
  it('orders the rows as lists do, with the number of regions of each level', () => {
    expect(rows.map((r) => `${r.label} ${r.regions}`)).toEqual([
      'Hele landet 1',
      'Fylker 15',
      'BA-regioner 159',
      'Økonomiske regioner 85',
      'Regionsamarbeid 6',
      'Kommuner 357',
    ]);
  });

  it('jobs by place of work: every kommune in 2005, 2015, 2017, 2018 and 2020–2022; 2019 without Rindal; 2010–2016 only Vestfold and Telemark (23 kommuner)', () => {
    const { grid, summary } = summaryOf('sysselsatte');
    const kommuner = summary.get('kommune')!;
    expect(kommuner.full).toEqual([2005, 2015, 2017, 2018, 2020, 2021, 2022]);
    expect(kommuner.partial).toContain(2019);
    expect(grid.find((c) => c.row === 'kommune' && c.year === 2019)?.withValue).toBe(356);
    // Vestfold (6) and Telemark (17) kommuner from 13472.
    expect(grid.find((c) => c.row === 'kommune' && c.year === 2012)?.withValue).toBe(23);
    // A year no source covers is in the grid, with nothing in it.
    expect(grid.find((c) => c.row === 'kommune' && c.year === 2006)?.withValue).toBe(0);
    expect(summary.get('land')!.full).toEqual(
      expect.arrayContaining([2005, 2012, 2013, 2014, 2015, 2017, 2018, 2020, 2021, 2022]),
    );
    expect(summary.get('land')!.full).not.toContain(2019);
  });

  it('population: Hele landet and every fylke in every year 2005–2026', () => {
    const { summary } = summaryOf('befolkning');
    const years = Array.from({ length: 22 }, (_, i) => 2005 + i);
    expect(summary.get('land')!.full).toEqual(years);
    expect(summary.get('fylke')!.full).toEqual(years);
  });

  it('draws one cell per level × year, empty years as white bordered cells', () => {
    const { grid } = summaryOf('sysselsatte');
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const svg = Plot.plot({
      ...coverageChart(grid, rows),
      document: document as unknown as Document,
    }) as unknown as Element;
    const [filled, empty] = [...svg.querySelectorAll('g[aria-label="cell"]')];
    const years = 2025 - 2005 + 1;
    expect(grid).toHaveLength(rows.length * years);
    expect(filled!.querySelectorAll('rect').length).toBe(grid.filter((c) => c.withValue > 0).length);
    expect(empty!.querySelectorAll('rect').length).toBe(grid.filter((c) => c.withValue === 0).length);
    const emptyTitles = [...empty!.querySelectorAll('title')].map((t) => t.textContent);
    expect(emptyTitles).toContain('Kommuner 2006: ingen tall');
    const titles = [...filled!.querySelectorAll('title')].map((t) => t.textContent);
    expect(titles).toContain('Kommuner 2022: 357 av 357 med tall');
    expect(titles).toContain('Kommuner 2019: 356 av 357 med tall');
  });
});
