/**
 * The comparison line chart: one line per region over the years. A pure builder from rows to Plot
 * options, so the same spec renders in the browser and in Node (tests, prerendering). Series are keyed
 * by region code (two regions may share a name); a break in series splits every line into segments.
 */
import * as Plot from '@observablehq/plot';
import type { KeyPlace, KeyPoint } from './key-points';
import type { SeriesRow } from '../sql/series';
import type { Mode } from '../config';
import { colourFor } from './palette';
import { formatNumber } from '../i18n/format';
import { t } from '../i18n';
import { segmentOf } from '../series/breaks';

/** The chart's width in the full-width layout (72rem less padding); prerendered charts use it too. */
export const CHART_WIDTH = 1120;

export const lineDefaults = {
  width: CHART_WIDTH,
  height: 400,
  marginLeft: 64,
  marginRight: 28,
  dotRadius: 2.5,
};

export interface LineChartOptions {
  /** Region code → display name (distinct per code: see definitions/regions.ts regionLabels). */
  names: ReadonlyMap<string, string>;
  /** Years where a break in series begins: lines are interrupted before them. */
  breaks?: readonly number[];
  /** Source id → how the tooltip names it («SSB 11618»). */
  sourceLabel?: (source: string) => string;
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

export interface Point {
  code: string;
  /** Line segment: code and the segment between breaks, so no line crosses a break. */
  line: string;
  year: number;
  y: number | null;
  status: string;
  source: string;
}

/** At most `max` whole years from `first` to `last`, evenly spaced on round steps (1, 2, 5, 10 …). */
export function yearTicks(first: number, last: number, max: number): number[] {
  if (!Number.isFinite(first) || !Number.isFinite(last)) return [];
  const span = last - first;
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => span / s + 1 <= Math.max(2, max)) ?? 100;
  const out: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) out.push(y);
  return out.length ? out : [first];
}

/** A series as the line marks need it: one point per region and year of the span, null where missing. */
export interface LinePoints {
  /** Points with a value. */
  present: Point[];
  /** Every year of the span for every region, null where a region has no value. */
  points: Point[];
  estimated: Point[];
  first: number;
  last: number;
  /** Break years inside the span. */
  shownBreaks: number[];
}

export function linePoints(
  rows: readonly SeriesRow[],
  order: readonly string[],
  breaks: readonly number[] = [],
): LinePoints {
  const point = (code: string, year: number, y: number | null, status: string, source: string): Point => ({
    code,
    line: `${code}|${segmentOf(year, breaks)}`,
    year,
    y,
    status,
    source,
  });
  const present: Point[] = rows
    .filter((r) => r.y !== null)
    .map((r) => point(r.region_code, r.year, r.y, r.status, r.source ?? ''));
  const years = present.map((p) => p.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  // Every year of the span gets a point, null where a region has no value, so a year missing from
  // the source (for one region or all) breaks the line instead of being bridged by it.
  const points: Point[] = [];
  for (const code of order) {
    const byYear = new Map(present.filter((p) => p.code === code).map((p) => [p.year, p]));
    for (let year = first; year <= last; year++)
      points.push(byYear.get(year) ?? point(code, year, null, 'missing', ''));
  }
  return {
    present,
    points,
    estimated: present.filter((p) => p.status === 'estimated'),
    first,
    last,
    shownBreaks: breaks.filter((b) => b > first && b <= last),
  };
}

/** The tooltip's words for one point: region, year and value, and where the value comes from. */
export function pointTitle(
  p: Point,
  name: (code: string) => string,
  digits: number,
  sourceLabel: (source: string) => string,
): string {
  return `${name(p.code)}\n${p.year}: ${formatNumber(p.y, digits)}${p.status === 'estimated' ? ` (${t.chartText.estimated})` : ''}${p.source ? `\n${t.source}: ${p.source.split('+').map(sourceLabel).join(' + ')}` : ''}`;
}

/** The chart's points for keyboard readers, series in legend order, years ascending, with the tooltip's words. */
export function lineKeyPoints(rows: readonly SeriesRow[], options: LineChartOptions): KeyPoint[] {
  const o = { ...lineDefaults, ...options };
  const { present } = linePoints(rows, o.order, o.breaks);
  return seriesKeyPoints(present, o, (p) => ({ x: p.year, y: p.y! }));
}

/**
 * A series chart's points for keyboard readers (the lines, or the panels with their facets): each
 * region in `order`, its years ascending, placed by `at`, with the pointer's tooltip words.
 */
export function seriesKeyPoints<P extends Point>(
  present: readonly P[],
  o: Pick<LineChartOptions, 'names' | 'order' | 'sourceLabel'> & { digits: number },
  at: (p: P) => KeyPlace,
): KeyPoint[] {
  const name = (code: string) => o.names.get(code) ?? code;
  const sourceLabel = o.sourceLabel ?? ((s: string) => s);
  return o.order.flatMap((code) =>
    present
      .filter((p) => p.code === code)
      .sort((a, b) => a.year - b.year)
      .map((p) => ({
        series: code,
        along: p.year,
        at: at(p),
        text: pointTitle(p, name, o.digits, sourceLabel),
      })),
  );
}

export function lineChart(rows: readonly SeriesRow[], options: LineChartOptions): Plot.PlotOptions {
  const o = { ...lineDefaults, ...options };
  const name = (code: string) => o.names.get(code) ?? code;
  const sourceLabel = o.sourceLabel ?? ((s: string) => s);
  const { present, points, estimated, first, last, shownBreaks } = linePoints(rows, o.order, o.breaks);

  const marks: Plot.Markish[] = [
    Plot.gridY({ strokeOpacity: 0.12 }),
    o.mode === 'indexed' ? Plot.ruleY([100], { stroke: '#888', strokeDasharray: '4 3' }) : Plot.ruleY([0]),
    // A break in series: a labelled rule half a year before the first year of the new series.
    Plot.ruleX(shownBreaks, { x: (b: number) => b - 0.5, stroke: '#888', strokeDasharray: '2 3' }),
    Plot.text(shownBreaks, {
      x: (b: number) => b - 0.5,
      frameAnchor: 'top',
      dy: -4,
      text: () => t.chartText.breakLabel,
      fontSize: 11,
      fill: 'currentColor',
      textAnchor: 'middle',
    }),
    // Null y breaks the line, so a missing year shows as a gap, never as a drop to zero; z = line keeps
    // the segments on either side of a break apart.
    Plot.lineY(points, { x: 'year', y: 'y', z: 'line', stroke: 'code', strokeWidth: 2, curve: 'linear' }),
    // Dots keep isolated years visible (a year with no neighbour draws no line segment).
    Plot.dot(present, { x: 'year', y: 'y', fill: 'code', r: o.dotRadius }),
    Plot.dot(estimated, {
      x: 'year',
      y: 'y',
      stroke: 'code',
      fill: 'var(--plot-background)',
      r: o.dotRadius + 1.5,
      strokeWidth: 1.5,
    }),
    Plot.tip(
      present,
      Plot.pointer({
        x: 'year',
        y: 'y',
        stroke: 'code',
        format: { x: false, stroke: false, y: false },
        title: (p: Point) => pointTitle(p, name, o.digits, sourceLabel),
      }),
    ),
  ];

  return {
    width: o.width,
    height: o.height,
    marginLeft: o.marginLeft,
    marginRight: o.marginRight,
    ariaDescription: o.description ?? null,
    style: { fontSize: '13px', overflow: 'visible' },
    // Whole years only (a two-year span must not label 2020, 2020.5 as «2020, 2021, 2021»), and a year
    // label is about 4 digits at 13 px: one tick per ~64 px keeps them apart on a phone.
    x: {
      label: null,
      tickFormat: 'd',
      ticks: yearTicks(first, last, Math.min(10, Math.floor((o.width ?? CHART_WIDTH) / 64))),
    },
    ...(shownBreaks.length ? { marginTop: 24 } : {}),
    y: {
      label: o.yLabel,
      grid: false,
      zero: o.mode !== 'indexed',
      tickFormat: (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 1),
    },
    color: {
      domain: [...o.order],
      range: o.order.map((_, i) => colourFor(i)),
      legend: true,
      tickFormat: name,
    },
    marks,
  };
}
