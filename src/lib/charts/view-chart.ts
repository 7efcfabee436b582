/**
 * The comparison chart for a view: picks the y label, digits and description for the view's mode
 * and builds the chart the view asks for (lines, small multiples or start → end). Shared by the page
 * (live), the embed and the prerenderer (build time), so all draw the same picture.
 */
import type { ViewConfig } from '../config';
import type { Indicator } from '../schema';
import type { SeriesResult } from '../series/load';
import { digitsForMode, formatPercent, formatSigned } from '../i18n/format';
import { indicatorName, t, unitName } from '../i18n';
import { describeChange, describeSeries } from './describe';
import { dumbbellChart, dumbbellKeyPoints, dumbbellRows, dumbbellSpan } from './dumbbell';
import { lineChart, lineKeyPoints } from './line';
import type { KeyPoint } from './key-points';
import { panelsChart, panelsKeyPoints } from './panels';
import type { PlotOptions } from '@observablehq/plot';

export interface ViewChart {
  options: PlotOptions;
  description: string;
  digits: number;
  /** Regions the chart cannot draw, named under it (the dumbbell's regions without both years). */
  missing: string[];
  /** The points a keyboard reader steps through, with the pointer tooltip's words. */
  keyPoints?: KeyPoint[];
}

/** The two years a dumbbell view compares; null for the other drawings (they show every year). */
export function chartSpan(series: SeriesResult, view: ViewConfig): { from: number; to: number } | null {
  return view.chart === 'dumbbell' ? dumbbellSpan(series.rows, view.regions, view) : null;
}

/**
 * The numbers the chart shows: every year, or only the dumbbell's two. The table and the CSV take
 * these, so they hold exactly what is drawn.
 */
export function shownSeries(series: SeriesResult, view: ViewConfig): SeriesResult {
  const span = chartSpan(series, view);
  if (span === null) return series;
  const keep = (year: number) => year === span.from || year === span.to;
  return { ...series, rows: series.rows.filter((r) => keep(r.year)), years: series.years.filter(keep) };
}

function yLabel(view: ViewConfig, unit: string, base: number | null): string {
  if (view.mode === 'per1000') return `${unitName(unit)} ${t.chartText.per1000}`;
  if (view.mode === 'indexed') return base === null ? t.chartText.index : t.baseYearNote(base);
  return unitName(unit).charAt(0).toUpperCase() + unitName(unit).slice(1);
}

export function viewChart(
  series: SeriesResult,
  view: ViewConfig,
  indicator: Indicator,
  names: ReadonlyMap<string, string>,
  width?: number,
  sourceLabel?: (id: string) => string,
): ViewChart {
  const ys = series.rows.map((r) => r.y);
  const digits = digitsForMode(view.mode, indicator.unit, ys);
  const description = describeSeries({
    indicator: indicatorName(indicator),
    unit: indicator.unit,
    mode: view.mode,
    base: series.base,
    digits,
    regions: view.regions.map((code) => ({
      name: names.get(code) ?? code,
      points: series.rows.filter((r) => r.region_code === code),
    })),
  });
  const common = {
    names,
    order: view.regions,
    mode: view.mode,
    yLabel: yLabel(view, indicator.unit, series.base),
    digits,
    breaks: indicator.breaks ?? [],
    ...(sourceLabel ? { sourceLabel } : {}),
    ...(width ? { width } : {}),
  };
  if (view.chart === 'panels') {
    const panels = { ...common, description, sharedY: view.y === 'shared' };
    const options = panelsChart(series.rows, panels);
    return { options, keyPoints: panelsKeyPoints(series.rows, panels), description, digits, missing: [] };
  }
  if (view.chart === 'dumbbell') return dumbbellView(series, view, indicator, names, common, width);
  return {
    options: lineChart(series.rows, { ...common, description }),
    keyPoints: lineKeyPoints(series.rows, common),
    description,
    digits,
    missing: [],
  };
}

function dumbbellView(
  series: SeriesResult,
  view: ViewConfig,
  indicator: Indicator,
  names: ReadonlyMap<string, string>,
  common: { yLabel: string; digits: number },
  width?: number,
): ViewChart {
  const { digits } = common;
  const span = chartSpan(series, view) ?? { from: NaN, to: NaN };
  const { rows, missing } = dumbbellRows(series.rows, { names, order: view.regions, ...span });
  // Indexed values share their base, so their change is already in index points; other modes also say
  // the change in per cent, since a big kommune's +500 is a small one's +50.
  const pct = (r: { start: number; change: number }) =>
    view.mode !== 'indexed' && r.start > 0
      ? ` (${r.change >= 0 ? '+' : '−'}${formatPercent((Math.abs(r.change) / r.start) * 100, 1)})`
      : '';
  const signed = (v: number) => formatSigned(v, digits);
  const labelled = rows.map((r) => ({ ...r, label: `${signed(r.change)}${pct(r)}` }));
  const missingNames = missing.map((code) => names.get(code) ?? code);
  const description = describeChange({
    indicator: indicatorName(indicator),
    ...span,
    rows,
    missing: missingNames,
    digits,
    suffix: view.mode === 'per1000' ? ` ${t.chartText.per1000}` : '',
  });
  const bells = {
    names,
    order: view.regions,
    ...span,
    xLabel: common.yLabel,
    digits,
    description,
    ...(width ? { width } : {}),
  };
  const options = dumbbellChart(labelled, bells);
  return {
    options,
    keyPoints: dumbbellKeyPoints(labelled, bells),
    description,
    digits,
    missing: missingNames,
  };
}
