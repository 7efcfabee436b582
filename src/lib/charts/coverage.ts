/**
 * Data coverage as a heat-map: one row per level of region, one column per year, each cell the share of
 * that level's regions with a value. Lets an analyst see the holes before drawing a chart. Years and
 * rows without any observation are drawn as empty cells, so a hole looks like a hole, not like a gap in
 * the axis.
 */
import * as Plot from '@observablehq/plot';
import type { CoverageCell } from '../sql/catalogue';
import { KIND_ORDER, LEVEL_ORDER, kindLabel } from '../definitions/regions';
import type { RegionKind, RegionLevel } from '../schema';
import { t } from '../i18n';

/** One row of the heat-map: a level, or a kind of grouping. */
export interface CoverageRow {
  key: string;
  label: string;
  regions: number;
}

export interface CoverageCellView {
  row: string;
  label: string;
  year: number;
  withValue: number;
  regions: number;
  share: number;
}

/** Row key of a level and kind: «kommune», «region:ba». */
export const rowKey = (level: string, kind: string) => (kind ? `${level}:${kind}` : level);

/** Row label in the plural, as a council says it: «Kommuner», «BA-regioner», «Hele landet». */
export function rowLabel(level: string, kind: string): string {
  if (level === 'land') return t.wholeCountry;
  const many = kindLabel({ level, kind }, true);
  return many.charAt(0).toUpperCase() + many.slice(1);
}

/** Rows in the order lists use (land, fylker, groupings, kommuner), from the region counts. */
export function coverageRows(
  sizes: readonly { level: string; kind: string; regions: number }[],
): CoverageRow[] {
  const order = (s: { level: string; kind: string }) =>
    LEVEL_ORDER.indexOf(s.level as RegionLevel) * 10 + KIND_ORDER.indexOf(s.kind as Exclude<RegionKind, ''>);
  return [...sizes]
    .sort((a, b) => order(a) - order(b))
    .map((s) => ({ key: rowKey(s.level, s.kind), label: rowLabel(s.level, s.kind), regions: s.regions }));
}

/** Every row × every year from the indicator's first to last year, zero where nothing was observed. */
export function coverageGrid(
  cells: readonly CoverageCell[],
  rows: readonly CoverageRow[],
): CoverageCellView[] {
  if (cells.length === 0) return [];
  const years = cells.map((c) => Number(c.year));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const byKey = new Map(cells.map((c) => [`${rowKey(c.level, c.kind)}|${c.year}`, Number(c.with_value)]));
  const grid: CoverageCellView[] = [];
  for (const row of rows) {
    for (let year = first; year <= last; year++) {
      const withValue = byKey.get(`${row.key}|${year}`) ?? 0;
      grid.push({
        row: row.key,
        label: row.label,
        year,
        withValue,
        regions: row.regions,
        share: row.regions ? withValue / row.regions : 0,
      });
    }
  }
  return grid;
}

/** Per row: the years where every region has a value and the years where only some have one. */
export function coverageSummary(grid: readonly CoverageCellView[], rows: readonly CoverageRow[]) {
  return rows.map((row) => {
    const cells = grid.filter((c) => c.row === row.key);
    return {
      ...row,
      full: cells.filter((c) => c.withValue === c.regions && c.regions > 0).map((c) => c.year),
      partial: cells.filter((c) => c.withValue > 0 && c.withValue < c.regions).map((c) => c.year),
    };
  });
}

export interface CoverageChartOptions {
  width?: number;
  description?: string;
}

export function coverageChart(
  grid: readonly CoverageCellView[],
  rows: readonly CoverageRow[],
  options: CoverageChartOptions = {},
): Plot.PlotOptions {
  const years = [...new Set(grid.map((c) => c.year))];
  const every = years.length > 24 ? 5 : years.length > 12 ? 2 : 1;
  return {
    width: options.width ?? 680,
    height: 36 + rows.length * 26,
    marginLeft: 150,
    marginBottom: 28,
    ariaDescription: options.description,
    x: {
      type: 'band',
      domain: years,
      label: null,
      tickFormat: (y: number) => (y % every === 0 ? String(y) : ''),
      tickSize: 0,
    },
    y: { domain: rows.map((r) => r.label), label: null, tickSize: 0 },
    color: { type: 'linear', domain: [0, 1], range: ['#f1f3f5', '#2451b7'], legend: false },
    marks: [
      Plot.cell(grid, {
        x: 'year',
        y: 'label',
        fill: (c: CoverageCellView) => (c.withValue === 0 ? null : c.share),
        inset: 0.5,
        title: (c: CoverageCellView) => t.coveragePage.cellTitle(c.label, c.year, c.withValue, c.regions),
      }),
      Plot.cell(
        grid.filter((c) => c.withValue === 0),
        {
          x: 'year',
          y: 'label',
          fill: '#ffffff',
          stroke: '#dcdfe3',
          inset: 1,
          title: (c: CoverageCellView) => t.coveragePage.cellNone(c.label, c.year),
        },
      ),
    ],
  };
}
