/**
 * Commuting charts (SSB 03321): the largest flows in or out of an area as bars, with the same flow in
 * an earlier year as a tick; and the trend of in-commuters, out-commuters and those who live and work
 * in the area, and of the two self-containment shares against the 75 % rule. Pure builders from query
 * rows to Plot options, rendered the same in the browser and in Node (tests, prerendering). A missing
 * year is a gap in a line, never a zero.
 */
import * as Plot from '@observablehq/plot';
import type { CommutingFlowRow, CommutingYearRow } from '../sql/commuting';
import { formatNumber, formatPercent } from '../i18n/format';
import { t } from '../i18n';

import { colourFor } from './palette';
import type { KeyPoint } from './key-points';

/** The self-containment rule's threshold: ≥ 75 % on both sides (ONS travel-to-work areas). */
export const SELF_CONTAINED = 0.75;

export interface FlowChartOptions {
  direction: 'in' | 'out';
  year: number;
  /** The earlier year drawn as a tick; omit to draw none. */
  fromYear?: number;
  description?: string;
  width?: number;
}

/** Bar colours: in-commuters and out-commuters, as in the trend chart. */
export const FLOW_COLOUR = { in: colourFor(0), out: colourFor(2), inside: colourFor(4) } as const;

/** The largest flows of one direction as horizontal bars, largest on top, each labelled with its persons. */
export function flowChart(rows: readonly CommutingFlowRow[], options: FlowChartOptions): Plot.PlotOptions {
  const flows = rows.filter((r) => r.direction === options.direction);
  const names = new Map(flows.map((r) => [r.other_code, r.other_name]));
  const order = [...flows].sort((a, b) => a.rank - b.rank).map((r) => r.other_code);
  const max = Math.max(1, ...flows.map((r) => Math.max(r.persons, r.persons_from ?? 0)));
  const earlier = options.fromYear === undefined ? [] : flows.filter((r) => r.persons_from !== null);
  const from = options.fromYear;
  const label = options.direction === 'in' ? t.commuting.chart.inFrom : t.commuting.chart.outTo;
  return {
    width: options.width ?? 560,
    height: 36 + 26 * Math.max(order.length, 1),
    marginLeft: 150,
    marginRight: 56,
    ariaDescription: options.description ?? null,
    style: { fontSize: '13px', overflow: 'visible' },
    x: {
      label: t.commuting.chart.persons,
      grid: true,
      domain: [0, max * 1.08],
      tickFormat: (v: number) => formatNumber(v, 0),
    },
    y: { label: null, domain: order, tickFormat: (code: string) => names.get(code) ?? code },
    marks: [
      Plot.barX(flows, {
        x: 'persons',
        y: 'other_code',
        fill: FLOW_COLOUR[options.direction],
        title: (r: CommutingFlowRow) => flowTitle(r, label, options.year, from),
      }),
      // The label sits after the bar or the tick, whichever reaches further, so the tick never covers it.
      Plot.text(flows, {
        x: (r: CommutingFlowRow) => Math.max(r.persons, from === undefined ? 0 : (r.persons_from ?? 0)),
        y: 'other_code',
        text: (r: CommutingFlowRow) => formatNumber(r.persons, 0),
        textAnchor: 'start',
        dx: 5,
        fill: 'currentColor',
      }),
      // The same flow in the earlier year: a dark tick across the bar.
      Plot.tickX(earlier, { x: 'persons_from', y: 'other_code', stroke: 'currentColor', strokeWidth: 2 }),
      Plot.ruleX([0]),
    ],
  };
}

/** The bars for keyboard readers, largest flow first, each with its tooltip's words. */
export function flowKeyPoints(rows: readonly CommutingFlowRow[], options: FlowChartOptions): KeyPoint[] {
  const label = options.direction === 'in' ? t.commuting.chart.inFrom : t.commuting.chart.outTo;
  return rows
    .filter((r) => r.direction === options.direction)
    .sort((a, b) => a.rank - b.rank)
    .map((r) => ({
      series: r.other_code,
      along: r.rank,
      at: { x: r.persons, y: r.other_code },
      text: flowTitle(r, label, options.year, options.fromYear),
    }));
}

function flowTitle(r: CommutingFlowRow, label: string, year: number, from: number | undefined): string {
  const lines = [
    `${label} ${r.other_name}`,
    t.commuting.chart.personsAt(year, formatNumber(r.persons, 0), formatNumber(r.share * 100, 1)),
  ];
  if (from !== undefined)
    lines.push(
      r.persons_from === null
        ? `${from}: ${t.commuting.chart.missing}`
        : t.commuting.chart.personsThen(from, formatNumber(r.persons_from, 0)),
    );
  if (r.estimated) lines.push(t.commuting.chart.estimated);
  return lines.join('\n');
}

interface TrendPoint {
  key: string;
  label: string;
  year: number;
  y: number | null;
}

/** One point per year and series, null where the year is missing, so a gap stays a gap. */
function points(
  rows: readonly CommutingYearRow[],
  series: { key: string; label: string; value: (r: CommutingYearRow) => number | null }[],
): TrendPoint[] {
  return series.flatMap((s) =>
    rows.map((r) => ({ key: s.key, label: s.label, year: r.year, y: s.value(r) })),
  );
}

export interface TrendChartOptions {
  description?: string;
  width?: number;
  height?: number;
  /** «kommunen», «regionen», «fylket», «landet»: how the legend names the area. */
  area?: string;
}

function trendFrame(
  series: TrendPoint[],
  o: TrendChartOptions,
  colours: Record<string, string>,
  labels: Record<string, string>,
) {
  const years = series.map((p) => p.year);
  const present = series.filter((p) => p.y !== null);
  const keys = Object.keys(colours);
  return {
    present,
    base: {
      width: o.width ?? 560,
      height: o.height ?? 300,
      marginLeft: 64,
      marginRight: 24,
      ariaDescription: o.description ?? null,
      style: { fontSize: '13px', overflow: 'visible' },
      x: {
        label: null,
        tickFormat: 'd',
        ticks: Math.max(1, Math.min(10, Math.max(...years) - Math.min(...years))),
      },
      color: {
        domain: keys,
        range: keys.map((k) => colours[k]!),
        legend: true,
        tickFormat: (k: string) => labels[k] ?? k,
      },
    },
  };
}

function trendTitle(p: TrendPoint, format: (y: number) => string): string {
  return `${p.label}\n${p.year}: ${format(p.y!)}`;
}

/** A trend chart's points for keyboard readers: series in the legend's order, years ascending. */
function trendKeyPoints(series: readonly TrendPoint[], format: (y: number) => string): KeyPoint[] {
  return series
    .filter((p) => p.y !== null)
    .map((p) => ({ series: p.key, along: p.year, at: { x: p.year, y: p.y! }, text: trendTitle(p, format) }));
}

/** The lines (broken where a year is missing), their dots, and a tip reading `format` of the value. */
function trendMarks(series: TrendPoint[], present: TrendPoint[], format: (y: number) => string) {
  return [
    Plot.lineY(series, { x: 'year', y: 'y', z: 'key', stroke: 'key', strokeWidth: 2 }),
    Plot.dot(present, { x: 'year', y: 'y', fill: 'key', r: 3 }),
    Plot.tip(
      present,
      Plot.pointer({
        x: 'year',
        y: 'y',
        stroke: 'key',
        format: { x: false, y: false, stroke: false },
        title: (p: TrendPoint) => trendTitle(p, format),
      }),
    ),
  ];
}

const persons = (y: number) => formatNumber(y, 0);
const percent = (y: number) => formatPercent(y, 1);

function trendSeries(rows: readonly CommutingYearRow[], o: TrendChartOptions) {
  const labels: Record<string, string> = {
    inside: t.commuting.chart.inside(o.area ?? t.commuting.chart.anyArea),
    in: t.commuting.chart.inCommuters,
    out: t.commuting.chart.outCommuters,
  };
  const series = points(rows, [
    { key: 'inside', label: labels.inside!, value: (r) => r.inside },
    { key: 'in', label: labels.in!, value: (r) => r.in_commuters },
    { key: 'out', label: labels.out!, value: (r) => r.out_commuters },
  ]);
  return { labels, series };
}

/** The trend chart's points for keyboard readers, with its tooltip's words. */
export function commutingTrendKeyPoints(
  rows: readonly CommutingYearRow[],
  o: TrendChartOptions = {},
): KeyPoint[] {
  return trendKeyPoints(trendSeries(rows, o).series, persons);
}

/** In-commuters, out-commuters and those who live and work in the area, per year. */
export function commutingTrendChart(
  rows: readonly CommutingYearRow[],
  o: TrendChartOptions = {},
): Plot.PlotOptions {
  const { labels, series } = trendSeries(rows, o);
  const { present, base } = trendFrame(
    series,
    o,
    { inside: FLOW_COLOUR.inside, in: FLOW_COLOUR.in, out: FLOW_COLOUR.out },
    labels,
  );
  return {
    ...base,
    y: {
      label: t.commuting.chart.persons,
      zero: true,
      grid: true,
      tickFormat: (v: number) => formatNumber(v, 0),
    },
    marks: [Plot.ruleY([0]), ...trendMarks(series, present, persons)],
  };
}

function shareSeries(rows: readonly CommutingYearRow[]) {
  const labels: Record<string, string> = {
    residents: t.commuting.chart.residentsShare,
    jobs: t.commuting.chart.jobsShare,
  };
  const series = points(rows, [
    {
      key: 'residents',
      label: labels.residents!,
      value: (r) => (r.residents_inside === null ? null : r.residents_inside * 100),
    },
    { key: 'jobs', label: labels.jobs!, value: (r) => (r.jobs_inside === null ? null : r.jobs_inside * 100) },
  ]);
  return { labels, series };
}

/** The shares chart's points for keyboard readers, with its tooltip's words. */
export function selfContainmentKeyPoints(rows: readonly CommutingYearRow[]): KeyPoint[] {
  return trendKeyPoints(shareSeries(rows).series, percent);
}

/**
 * The two self-containment shares per year — employed residents who work in the area, and the area's
 * jobs held by its residents — with the 75 % line of the rule.
 */
export function selfContainmentChart(
  rows: readonly CommutingYearRow[],
  o: TrendChartOptions = {},
): Plot.PlotOptions {
  const { labels, series } = shareSeries(rows);
  const { present, base } = trendFrame(series, o, { residents: colourFor(0), jobs: colourFor(1) }, labels);
  const values = present.map((p) => p.y!);
  const low = Math.min(SELF_CONTAINED * 100, ...values);
  return {
    ...base,
    y: {
      label: t.commuting.chart.percent,
      grid: true,
      domain: [Math.max(0, Math.floor(low / 10) * 10 - 5), 100],
      tickFormat: (v: number) => formatPercent(v, 0),
    },
    marks: [
      Plot.ruleY([SELF_CONTAINED * 100], { stroke: 'currentColor', strokeDasharray: '4 3' }),
      Plot.text([SELF_CONTAINED * 100], {
        y: (v: number) => v,
        frameAnchor: 'left',
        dy: -7,
        dx: 4,
        text: () => formatPercent(SELF_CONTAINED * 100, 0),
        fontSize: 11,
        fill: 'currentColor',
      }),
      ...trendMarks(series, present, percent),
    ],
  };
}
