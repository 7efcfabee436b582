/**
 * «Who grew most since 2015?»: one row per region from its start-year value to its end-year value, sorted
 * by the change, so the answer reads top to bottom. Regions without a value in both years are left out
 * and named by the caller (`missing`), never drawn as zero.
 */
import * as Plot from '@observablehq/plot';
import type { SeriesRow } from '../sql/series';
import { formatNumber } from '../i18n/format';
import type { KeyPoint } from './key-points';

export interface DumbbellOptions {
  names: ReadonlyMap<string, string>;
  order: readonly string[];
  from: number;
  to: number;
  xLabel: string;
  digits: number;
  description?: string;
  width?: number;
}

export interface DumbbellRow {
  code: string;
  name: string;
  start: number;
  end: number;
  change: number;
  /** What the row's end says («+85», «+10,5 %»); by default the change in the chart's unit. */
  label?: string;
}

/** The rows to draw, largest change first, and the regions that lack one of the two years. */
export function dumbbellRows(
  rows: readonly SeriesRow[],
  o: Pick<DumbbellOptions, 'names' | 'order' | 'from' | 'to'>,
): { rows: DumbbellRow[]; missing: string[] } {
  const value = (code: string, year: number) =>
    rows.find((r) => r.region_code === code && r.year === year)?.y ?? null;
  const out: DumbbellRow[] = [];
  const missing: string[] = [];
  for (const code of o.order) {
    const start = value(code, o.from);
    const end = value(code, o.to);
    if (start === null || end === null) missing.push(code);
    else out.push({ code, name: o.names.get(code) ?? code, start, end, change: end - start });
  }
  return { rows: out.sort((a, b) => b.change - a.change || a.name.localeCompare(b.name, 'nb')), missing };
}

/**
 * The years a dumbbell compares: the chosen ones, else the first and the last year in which every
 * region has a value (so by default nobody is left out); null when no two such years exist.
 */
export function dumbbellSpan(
  rows: readonly SeriesRow[],
  order: readonly string[],
  chosen: { from: number | null; to: number | null } = { from: null, to: null },
): { from: number; to: number } | null {
  const years = [...new Set(rows.filter((r) => r.y !== null).map((r) => r.year))].sort((a, b) => a - b);
  const common = years.filter((year) =>
    order.every((code) => rows.some((r) => r.region_code === code && r.year === year && r.y !== null)),
  );
  const from = chosen.from ?? common[0] ?? years[0];
  const to = chosen.to ?? common[common.length - 1] ?? years[years.length - 1];
  return from !== undefined && to !== undefined && from < to ? { from, to } : null;
}

/** What a row's end says: its own label, else the change in the chart's unit with its sign. */
function changeLabel(r: DumbbellRow, digits: number): string {
  return (
    r.label ?? `${r.change > 0 ? '+' : r.change < 0 ? '−' : '±'}${formatNumber(Math.abs(r.change), digits)}`
  );
}

/**
 * The rows' two ends for keyboard readers, top row first: ArrowLeft/ArrowRight between a row's start
 * and end, ArrowUp/ArrowDown between rows. The start says the dot's tooltip; the end adds the change.
 */
export function dumbbellKeyPoints(rows: readonly DumbbellRow[], o: DumbbellOptions): KeyPoint[] {
  const fmt = (v: number) => formatNumber(v, o.digits);
  return rows.flatMap((r) => [
    { series: r.code, along: 0, at: { x: r.start, y: r.name }, text: `${r.name} ${o.from}: ${fmt(r.start)}` },
    {
      series: r.code,
      along: 1,
      at: { x: r.end, y: r.name },
      text: `${r.name} ${o.to}: ${fmt(r.end)} (${changeLabel(r, o.digits)})`,
    },
  ]);
}

export function dumbbellChart(rows: readonly DumbbellRow[], o: DumbbellOptions): Plot.PlotOptions {
  const fmt = (v: number) => formatNumber(v, o.digits);
  const grew = (r: DumbbellRow) => (r.change >= 0 ? '#1e7b34' : '#b3261e');
  const label = (r: DumbbellRow) => changeLabel(r, o.digits);
  // Room right of the longest label at 13 px (about 7 px a character), so none is cut off.
  const longest = Math.max(0, ...rows.map((r) => label(r).length));
  return {
    width: o.width ?? 720,
    height: 40 + rows.length * 28,
    marginLeft: 180,
    marginRight: Math.max(72, longest * 7 + 16),
    ariaDescription: o.description ?? null,
    style: { fontSize: '13px', overflow: 'visible' },
    x: {
      label: o.xLabel,
      grid: true,
      tickFormat: (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 1),
    },
    y: { domain: rows.map((r) => r.name), label: null },
    marks: [
      Plot.link(rows, {
        x1: 'start',
        x2: 'end',
        y1: 'name',
        y2: 'name',
        stroke: grew,
        strokeWidth: 3,
        markerEnd: 'arrow',
      }),
      Plot.dot(rows, {
        x: 'start',
        y: 'name',
        fill: 'white',
        stroke: '#5f6368',
        r: 4,
        title: (r: DumbbellRow) => `${r.name} ${o.from}: ${fmt(r.start)}`,
      }),
      Plot.dot(rows, {
        x: 'end',
        y: 'name',
        fill: grew,
        r: 4,
        title: (r: DumbbellRow) => `${r.name} ${o.to}: ${fmt(r.end)}`,
      }),
      Plot.text(rows, {
        x: (r: DumbbellRow) => Math.max(r.start, r.end),
        y: 'name',
        dx: 10,
        textAnchor: 'start',
        text: label,
      }),
    ],
  };
}
