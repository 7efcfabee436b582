/**
 * A target chart: the actual series, the target path from the base year, and the recent trend
 * projected to the end year with its uncertainty band — drawn dashed and grey, so a projection is
 * never mistaken for data. Used large on a target's page and small in the side-by-side grid.
 */
import * as Plot from '@observablehq/plot';
import type { Point, ProjectionPoint } from '../targets/arithmetic';
import { formatNumber } from '../i18n/format';

export const targetDefaults = {
  width: 720,
  height: 320,
  actualColour: '#1f4e9c',
  pathColour: '#c2410c',
  projectionColour: '#6b7280',
};

export interface TargetChartOptions {
  path: { year: number; value: number }[];
  projection: ProjectionPoint[] | null;
  yLabel: string;
  digits: number;
  description?: string;
  width?: number;
  height?: number;
  /** Small multiples: no legend, fewer ticks, no tooltips. */
  compact?: boolean;
}

/** What a target's chart is drawn from: its evaluated view's series, path and trend (targets/evaluate.ts). */
export interface TargetChartView {
  actual: readonly Point[];
  path: { year: number; value: number }[];
  projection: ProjectionPoint[] | null;
}

/**
 * A target's chart as every page draws it — its card, its detail, a region report — counts whole, in
 * the indicator's unit; `more` sets the page's size and words.
 */
export function targetViewChart(
  view: TargetChartView,
  unit: string,
  more: Partial<Omit<TargetChartOptions, 'path' | 'projection' | 'yLabel'>> = {},
): Plot.PlotOptions {
  return targetChart(view.actual, {
    path: view.path,
    projection: view.projection,
    yLabel: unit,
    digits: 0,
    ...more,
  });
}

/**
 * A reported result's chart: the statistics from two years before the target's span to two after,
 * with no path (a reported claim is checked against the figures, not tracked along a path).
 */
export function reportedTargetChart(
  view: { actual: readonly Point[]; target: { base_year: number; end_year: number } },
  unit: string,
  more: Partial<Omit<TargetChartOptions, 'path' | 'projection' | 'yLabel'>> = {},
): Plot.PlotOptions {
  const { base_year, end_year } = view.target;
  const around = view.actual.filter((p) => p.year >= base_year - 2 && p.year <= end_year + 2);
  return targetChart(around, { path: [], projection: null, yLabel: unit, digits: 0, ...more });
}

export function targetChart(actual: readonly Point[], o: TargetChartOptions): Plot.PlotOptions {
  const opt = { ...targetDefaults, ...o };
  const present = actual.filter((p): p is { year: number; value: number } => p.value !== null);
  const first = Math.min(...present.map((p) => p.year), ...opt.path.map((p) => p.year));
  const last = Math.max(...present.map((p) => p.year), ...opt.path.map((p) => p.year));
  // Fill the span with nulls so a year missing from the source breaks the line.
  const byYear = new Map(present.map((p) => [p.year, p.value]));
  const series: Point[] = [];
  for (let y = first; y <= last; y++) series.push({ year: y, value: byYear.get(y) ?? null });
  const fmt = (v: number) => formatNumber(v, opt.digits);

  const marks: Plot.Markish[] = [Plot.gridY({ strokeOpacity: 0.12 })];
  if (opt.projection) {
    marks.push(
      Plot.areaY(opt.projection, {
        x: 'year',
        y1: 'low',
        y2: 'high',
        fill: opt.projectionColour,
        fillOpacity: 0.15,
        ariaDescription: 'fremskriving-usikkerhet',
      }),
      Plot.lineY(opt.projection, {
        x: 'year',
        y: 'value',
        stroke: opt.projectionColour,
        strokeDasharray: '2 3',
        strokeWidth: 1.5,
        ariaDescription: 'fremskriving',
      }),
    );
  }
  marks.push(
    Plot.lineY(opt.path, {
      x: 'year',
      y: 'value',
      stroke: opt.pathColour,
      strokeDasharray: '6 4',
      strokeWidth: 2,
      ariaDescription: 'målbane',
    }),
    Plot.lineY(series, {
      x: 'year',
      y: 'value',
      stroke: opt.actualColour,
      strokeWidth: 2.5,
      ariaDescription: 'faktisk',
    }),
    Plot.dot(present, {
      x: 'year',
      y: 'value',
      fill: opt.actualColour,
      r: opt.compact ? 1.5 : 2.5,
      ariaDescription: 'faktisk-punkter',
    }),
  );
  if (!opt.compact) {
    const lastPath = opt.path[opt.path.length - 1];
    if (lastPath)
      marks.push(
        Plot.text([lastPath], {
          x: 'year',
          y: 'value',
          text: () => 'Mål',
          dx: 6,
          textAnchor: 'start',
          fill: opt.pathColour,
        }),
      );
    const lastProj = opt.projection?.[opt.projection.length - 1];
    if (lastProj)
      marks.push(
        Plot.text([lastProj], {
          x: 'year',
          y: 'value',
          text: () => 'Trend',
          dx: 6,
          textAnchor: 'start',
          fill: opt.projectionColour,
        }),
      );
    marks.push(
      Plot.tip(
        present,
        Plot.pointerX({
          x: 'year',
          y: 'value',
          title: (p: { year: number; value: number }) => `${p.year}: ${fmt(p.value)}`,
        }),
      ),
    );
  }

  return {
    width: opt.width,
    height: opt.height,
    marginLeft: opt.compact ? 56 : 64,
    marginRight: opt.compact ? 8 : 44,
    ariaDescription: opt.description ?? null,
    // 12 px is the smallest text a card's reader should have to read (issue 14: 10 px was too small).
    style: { fontSize: opt.compact ? '12px' : '13px', overflow: 'visible' },
    x: {
      label: null,
      tickFormat: 'd',
      ticks: opt.compact ? 4 : Math.max(1, Math.min(last - first, 10, Math.floor((opt.width ?? 640) / 64))),
    },
    y: {
      label: opt.compact ? null : opt.yLabel,
      tickFormat: (v: number) => formatNumber(v, 0),
      ticks: opt.compact ? 4 : undefined,
    },
    marks,
  };
}
