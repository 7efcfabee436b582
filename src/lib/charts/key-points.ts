/**
 * The points a keyboard reader steps through on a chart (Chart.svelte), for every chart kind: the same
 * points and the same tooltip words as the pointer's tip, placed either in data coordinates (the
 * component places its highlight with the drawn chart's own scales) or on a drawn element found by its
 * `data-code` (a map's area or flow line, whose projection Plot does not expose).
 */
import type * as Plot from '@observablehq/plot';

/** Where a point is drawn: on the chart's scales (facets for small multiples), or on a tagged element. */
export type KeyPlace =
  | { x: number | string; y: number | string; fx?: number | string; fy?: number | string }
  | { code: string };

export interface KeyPoint {
  /**
   * The series (region code, commuting measure, a dumbbell's row): ArrowUp/ArrowDown move between
   * series, ArrowLeft/ArrowRight along one. Where every series has one point (a map's areas, a bar
   * chart's bars) the chart is a list, and every arrow steps through it.
   */
  series: string;
  /** The point's place along its series (a year; a dumbbell's start 0 and end 1): ArrowUp/ArrowDown keep it. */
  along: number;
  at: KeyPlace;
  /** What the pointer's tooltip says for this point. */
  text: string;
}

/** The point a key moves to from `at` (an index into `points`, which are grouped by series, `along` ascending). */
export function stepKeyPoint(points: readonly KeyPoint[], at: number, key: string): number {
  const here = points[at];
  if (!here) return 0;
  const series = [...new Set(points.map((p) => p.series))];
  const inSeries = (s: string) => points.flatMap((p, i) => (p.series === s ? [i] : []));
  const mine = inSeries(here.series);
  const pos = mine.indexOf(at);
  const s = series.indexOf(here.series);
  const toSeries = (n: number) => {
    const next = series[Math.min(Math.max(n, 0), series.length - 1)]!;
    // The same place (year) in the other series, or the nearest it has.
    return inSeries(next).reduce((best, i) =>
      Math.abs(points[i]!.along - here.along) < Math.abs(points[best]!.along - here.along) ? i : best,
    );
  };
  // A series of one point is an item in a list: the arrows and Home/End walk the list.
  const list = mine.length === 1;
  switch (key) {
    case 'ArrowRight':
      return list ? toSeries(s + 1) : mine[Math.min(pos + 1, mine.length - 1)]!;
    case 'ArrowLeft':
      return list ? toSeries(s - 1) : mine[Math.max(pos - 1, 0)]!;
    case 'Home':
      return list ? toSeries(0) : mine[0]!;
    case 'End':
      return list ? toSeries(series.length - 1) : mine[mine.length - 1]!;
    case 'ArrowDown':
      return toSeries(s + 1);
    case 'ArrowUp':
      return toSeries(s - 1);
    default:
      return at;
  }
}

/**
 * How the keys walk these points, for the chart's help text: a list (one point per series), pairs (a
 * start → end chart's two ends per row) or lines.
 */
export function keyWalk(points: readonly KeyPoint[]): 'list' | 'pairs' | 'lines' {
  const counts = new Map<string, number>();
  for (const p of points) counts.set(p.series, (counts.get(p.series) ?? 0) + 1);
  const sizes = new Set(counts.values());
  if (sizes.size === 1 && sizes.has(1)) return 'list';
  if (sizes.size === 1 && sizes.has(2) && points.every((p) => p.along === 0 || p.along === 1)) return 'pairs';
  return 'lines';
}

/** The keys stepKeyPoint answers, which the chart takes from the page while it has focus. */
export const STEP_KEYS: readonly string[] = [
  'ArrowRight',
  'ArrowLeft',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
];

/** The drawn chart as Chart.svelte holds it: Plot's figure with its scales. */
type Drawn = Element & { scale?: (name: string) => Plot.Scale | undefined };

function scaled(figure: Drawn, name: string, value: number | string): number | null {
  let scale: Plot.Scale | undefined;
  try {
    scale = figure.scale?.(name);
  } catch {
    // Plot throws on a scale name it does not know; the chart simply has none.
    return null;
  }
  if (!scale) return null;
  const v = (scale.apply as (v: unknown) => number)(value);
  return Number.isFinite(v) ? v + (scale.bandwidth ?? 0) / 2 : null;
}

/**
 * Where a point on the scales is drawn, in pixels from the chart's own svg, or null when the chart has
 * no place for it. Small multiples shift each panel by its facet less the chart's margin (as Plot
 * translates its facets), so a faceted spec must set `marginLeft` and `marginTop` itself.
 */
export function keyPointOffset(
  figure: Drawn,
  at: Exclude<KeyPlace, { code: string }>,
  margins: { left?: number; top?: number },
): { x: number; y: number } | null {
  let x = scaled(figure, 'x', at.x);
  let y = scaled(figure, 'y', at.y);
  if (x === null || y === null) return null;
  for (const [facet, value, margin] of [
    ['fx', at.fx, margins.left],
    ['fy', at.fy, margins.top],
  ] as const) {
    if (value === undefined) continue;
    const shift = scaled(figure, facet, value);
    if (shift === null) return null;
    // scaled() points at the band's middle; a facet is translated from its start.
    const start = shift - (figure.scale?.(facet)?.bandwidth ?? 0) / 2 - (margin ?? 0);
    if (facet === 'fx') x += start;
    else y += start;
  }
  return { x, y };
}

/** Where a point is drawn, in client pixels: on the scales, or the middle of its tagged element. */
export function keyPointSpot(
  figure: Drawn,
  point: KeyPoint,
  margins: { left?: number; top?: number },
): { x: number; y: number } | null {
  const at = point.at;
  if ('code' in at) {
    const drawn = [...figure.querySelectorAll('[data-code]')].find(
      (e) => e.getAttribute('data-code') === at.code,
    );
    if (!drawn) return null;
    const box = drawn.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  // A figure holds its legends before the chart's own svg.
  const svg =
    figure.tagName.toLowerCase() === 'svg' ? figure : [...figure.querySelectorAll(':scope > svg')].at(-1);
  const offset = keyPointOffset(figure, at, margins);
  if (!svg || !offset) return null;
  const box = svg.getBoundingClientRect();
  return { x: box.left + offset.x, y: box.top + offset.y };
}

/**
 * A mark's render option that writes `data-code` on each drawn element (in index order), so the
 * keyboard's highlight (and a click) can find the element of a map's area or flow line.
 */
export function tagCodes(codes: readonly string[]) {
  // The mark's own elements only: an arrowhead's <marker> holds a path of its own.
  return tagElements(':scope > path, :scope > line', 'data-code', (i) => codes[i]!);
}

/** A mark's render option that sets an attribute on each of its drawn elements (in index order). */
export function tagElements(selector: string, attribute: string, value: (i: number) => string) {
  return (
    index: number[],
    scales: Plot.ScaleFunctions,
    values: Plot.ChannelValues,
    dimensions: Plot.Dimensions,
    context: Plot.Context,
    next?: Plot.RenderFunction,
  ) => {
    const g = next!(index, scales, values, dimensions, context);
    if (!g) return g;
    const drawn = g.querySelectorAll(selector);
    index.forEach((i, k) => drawn[k]?.setAttribute(attribute, value(i)));
    return g;
  };
}
