/**
 * The comparison line chart: one line per region over the years. A pure builder from rows to Plot
 * options, so the same spec renders in the browser and in Node (tests, prerendering).
 */
import * as Plot from '@observablehq/plot';
import type { SeriesRow } from '../sql/series';
import type { Mode } from '../config';
import { colourFor } from './palette';
import { formatNumber } from '../i18n/format';

/** The chart's width in the full-width layout (72rem less padding); prerendered charts use it too. */
export const CHART_WIDTH = 1120;

export const lineDefaults = {
  width: CHART_WIDTH,
  height: 400,
  marginLeft: 64,
  marginRight: 28,
  dotRadius: 2.5
};

export interface LineChartOptions {
  /** Region code → display name. */
  names: ReadonlyMap<string, string>;
  /** Region codes in selection order (fixes the colours). */
  order: readonly string[];
  mode: Mode;
  /** Y axis label, e.g. "Personer" or "Indeks (2010 = 100)". */
  yLabel: string;
  /** Decimal digits for the tooltip numbers. */
  digits: number;
  /** The chart's accessible description. */
  description?: string;
  width?: number;
  height?: number;
}

interface Point {
  name: string;
  year: number;
  y: number | null;
  status: string;
}

export function lineChart(rows: readonly SeriesRow[], options: LineChartOptions): Plot.PlotOptions {
  const o = { ...lineDefaults, ...options };
  const present: Point[] = rows
    .filter((r) => r.y !== null)
    .map((r) => ({ name: o.names.get(r.region_code) ?? r.region_code, year: r.year, y: r.y, status: r.status }));
  const years = present.map((p) => p.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  // Every year of the span gets a point, null where a region has no value, so a year missing from
  // the source (for one region or all) breaks the line instead of being bridged by it.
  const points: Point[] = [];
  for (const code of o.order) {
    const name = o.names.get(code) ?? code;
    const byYear = new Map(present.filter((p) => p.name === name).map((p) => [p.year, p]));
    for (let year = first; year <= last; year++) points.push(byYear.get(year) ?? { name, year, y: null, status: 'missing' });
  }
  const domain = o.order.map((code) => o.names.get(code) ?? code);
  const estimated = present.filter((p) => p.status === 'estimated');
  const span = years.length ? last - first : 0;

  const marks: Plot.Markish[] = [
    Plot.gridY({ strokeOpacity: 0.12 }),
    o.mode === 'indexed' ? Plot.ruleY([100], { stroke: '#888', strokeDasharray: '4 3' }) : Plot.ruleY([0]),
    // Null y breaks the line, so a missing year shows as a gap, never as a drop to zero.
    Plot.lineY(points, { x: 'year', y: 'y', stroke: 'name', strokeWidth: 2, curve: 'linear' }),
    // Dots keep isolated years visible (a year with no neighbour draws no line segment).
    Plot.dot(present, { x: 'year', y: 'y', fill: 'name', r: o.dotRadius }),
    Plot.dot(estimated, { x: 'year', y: 'y', stroke: 'name', fill: 'var(--plot-background)', r: o.dotRadius + 1.5, strokeWidth: 1.5 }),
    Plot.tip(
      present,
      Plot.pointer({
        x: 'year',
        y: 'y',
        stroke: 'name',
        channels: { Region: 'name', År: 'year' },
        format: { x: false, stroke: false, y: false, Region: true, År: (v: number) => String(v) },
        title: (p: Point) => `${p.name}\n${p.year}: ${formatNumber(p.y, o.digits)}${p.status === 'estimated' ? ' (anslått)' : ''}`
      })
    )
  ];

  return {
    width: o.width,
    height: o.height,
    marginLeft: o.marginLeft,
    marginRight: o.marginRight,
    ariaDescription: o.description ?? null,
    style: { fontSize: '13px', overflow: 'visible' },
    x: { label: null, tickFormat: 'd', ticks: Math.min(span, 10) || 1 },
    y: {
      label: o.yLabel,
      grid: false,
      zero: o.mode !== 'indexed',
      tickFormat: (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 1)
    },
    color: { domain, range: domain.map((_, i) => colourFor(i)), legend: true },
    marks
  };
}
