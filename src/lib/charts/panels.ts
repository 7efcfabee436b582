/**
 * Small multiples: one panel per region (Plot's fx/fy facets in one figure, so the picture exports,
 * embeds and describes itself like the line chart), so ten regions of very different size stay
 * readable. Built from the line chart's points, so breaks, gaps and dots behave the same.
 *
 * Plot's facets share one y scale. With a shared axis the panels compare levels; for independent axes
 * ("free") each region's values are mapped onto its own domain and the panel draws its own tick
 * labels, so each panel shows its own shape.
 */
import * as Plot from '@observablehq/plot';
import type { SeriesRow } from '../sql/series';
import { formatNumber } from '../i18n/format';
import { colourFor } from './palette';
import type { KeyPoint } from './key-points';
import {
  CHART_WIDTH,
  linePoints,
  pointTitle,
  seriesKeyPoints,
  yearTicks,
  type LineChartOptions,
  type Point,
} from './line';

export const panelDefaults = {
  width: CHART_WIDTH,
  panelHeight: 170,
  marginLeft: 64,
};

/**
 * Panels per row for a figure `width` px wide: 1 below 480 px, 2 below 720 px, else 3 — a panel
 * narrower than ~240 px has no room for its name, its tick labels and three year labels. (The chart
 * beside the comparison page's controls is 768 px wide: three.)
 */
export function columnsForWidth(width: number): number {
  return width < 480 ? 1 : width < 720 ? 2 : 3;
}

export interface PanelOptions extends Omit<LineChartOptions, 'height'> {
  /** One y domain for every panel (compare levels) or one per panel (compare shapes). */
  sharedY: boolean;
  /** Panels per row. Default: from the width (`columnsForWidth`). */
  columns?: number;
}

interface Placed extends Point {
  fx: number;
  fy: number;
  /** y on the panel's own scale: the value itself when shared, 0–1 within its domain when free. */
  py: number | null;
}

interface Tick {
  code: string;
  fx: number;
  fy: number;
  py: number;
  label: string;
}

/** Round tick values covering [lo, hi], about `count` of them (1, 2 or 5 × a power of ten apart). */
export function niceTicks(lo: number, hi: number, count = 4): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const out: number[] = [];
  for (let v = Math.floor(lo / step) * step; v <= hi + step / 2; v += step)
    out.push(Number(v.toPrecision(12)));
  return out;
}

/** Which panel each region gets and where its points and free-axis ticks sit in it. */
function panelLayout(rows: readonly SeriesRow[], o: PanelOptions & typeof panelDefaults) {
  const { points, first, last, shownBreaks } = linePoints(rows, o.order, o.breaks);
  // Only regions with a value get a panel; the page names the others in words.
  const shown = o.order.filter((code) => points.some((p) => p.code === code && p.y !== null));
  const columns = Math.max(1, Math.min(o.columns ?? columnsForWidth(o.width), shown.length));
  const place = (code: string) => {
    const i = shown.indexOf(code);
    return { fx: i % columns, fy: Math.floor(i / columns) };
  };

  // Free axes: each region's values on its own round ticks, drawn as 0–1 of the panel's height.
  const span = new Map<string, [number, number]>();
  const ticks: Tick[] = [];
  for (const code of shown) {
    const ys = points.filter((p) => p.code === code && p.y !== null).map((p) => p.y as number);
    const t = niceTicks(Math.min(...ys), Math.max(...ys));
    const lo = t[0]!;
    const hi = t.length > 1 ? t[t.length - 1]! : lo + 1;
    span.set(code, [lo, hi]);
    for (const v of t)
      ticks.push({
        code,
        ...place(code),
        py: (v - lo) / (hi - lo),
        label: formatNumber(v, Number.isInteger(v) ? 0 : 1),
      });
  }
  const placed: Placed[] = points
    .filter((p) => shown.includes(p.code))
    .map((p) => {
      const [lo, hi] = span.get(p.code)!;
      const py = p.y === null ? null : o.sharedY ? p.y : (p.y - lo) / (hi - lo);
      return { ...p, ...place(p.code), py };
    });
  const present = placed.filter((p) => p.py !== null);
  return { first, last, shownBreaks, shown, columns, place, ticks, placed, present };
}

/** The panels' points for keyboard readers: panel by panel, years ascending, with the tooltip's words. */
export function panelsKeyPoints(rows: readonly SeriesRow[], options: PanelOptions): KeyPoint[] {
  const o = { ...panelDefaults, ...options };
  const { shown, present } = panelLayout(rows, o);
  return seriesKeyPoints(present, { ...o, order: shown }, (p) => ({
    x: p.year,
    y: p.py!,
    fx: p.fx,
    fy: p.fy,
  }));
}

export function panelsChart(rows: readonly SeriesRow[], options: PanelOptions): Plot.PlotOptions {
  const o = { ...panelDefaults, ...options };
  const name = (code: string) => o.names.get(code) ?? code;
  const sourceLabel = o.sourceLabel ?? ((s: string) => s);
  const indexed = o.mode === 'indexed';
  const { first, last, shownBreaks, shown, columns, place, ticks, placed, present } = panelLayout(rows, o);
  const titles = shown.map((code) => ({ code, ...place(code), title: name(code) }));
  const breaksIn = titles.flatMap((t) => shownBreaks.map((b) => ({ ...t, x: b - 0.5 })));
  const rowsOfPanels = Math.ceil(shown.length / columns);
  const panelWidth = (o.width - o.marginLeft) / columns;

  const marks: Plot.Markish[] = [
    Plot.frame({ stroke: '#ddd' }),
    o.sharedY
      ? Plot.gridY({ strokeOpacity: 0.12 })
      : Plot.ruleY(ticks, { y: 'py', fx: 'fx', fy: 'fy', strokeOpacity: 0.12 }),
    ...(o.sharedY
      ? [indexed ? Plot.ruleY([100], { stroke: '#888', strokeDasharray: '4 3' }) : Plot.ruleY([0])]
      : [
          // The unit, once, where a shared axis would name it.
          Plot.text([{ fx: 0, fy: 0 }], {
            fx: 'fx',
            fy: 'fy',
            frameAnchor: 'top-left',
            dx: -o.marginLeft + 4,
            dy: -16,
            text: () => `↑ ${o.yLabel}`,
            fontSize: 11,
          }),
          Plot.text(ticks, {
            y: 'py',
            fx: 'fx',
            fy: 'fy',
            frameAnchor: 'left',
            dx: -4,
            textAnchor: 'end',
            text: 'label',
            fontSize: 10,
          }),
        ]),
    Plot.ruleX(breaksIn, { x: 'x', fx: 'fx', fy: 'fy', stroke: '#888', strokeDasharray: '2 3' }),
    Plot.text(titles, {
      fx: 'fx',
      fy: 'fy',
      frameAnchor: 'top-left',
      dx: 6,
      dy: 6,
      text: 'title',
      fontWeight: 600,
      fontSize: 12,
      fill: 'currentColor',
    }),
    // Null y breaks the line: a missing year is a gap, never a drop to zero.
    Plot.lineY(placed, {
      x: 'year',
      y: 'py',
      z: 'line',
      fx: 'fx',
      fy: 'fy',
      stroke: 'code',
      strokeWidth: 2,
      curve: 'linear',
    }),
    Plot.dot(present, { x: 'year', y: 'py', fx: 'fx', fy: 'fy', fill: 'code', r: 2 }),
    Plot.tip(
      present,
      Plot.pointer({
        x: 'year',
        y: 'py',
        fx: 'fx',
        fy: 'fy',
        stroke: 'code',
        format: { x: false, y: false, fx: false, fy: false, stroke: false },
        title: (p: Placed) => pointTitle(p, name, o.digits, sourceLabel),
      }),
    ),
  ];

  return {
    width: o.width,
    height: rowsOfPanels * o.panelHeight + 40 + (shownBreaks.length ? 16 : 0),
    marginLeft: o.marginLeft,
    marginRight: 16,
    marginTop: shownBreaks.length || !o.sharedY ? 24 : 8,
    ariaDescription: o.description ?? null,
    style: { fontSize: '11px', overflow: 'visible' },
    fx: { axis: null, padding: 0.08 },
    fy: { axis: null, padding: 0.12 },
    x: {
      label: null,
      tickFormat: 'd',
      ticks: yearTicks(first, last, Math.max(2, Math.floor(panelWidth / 64))),
    },
    y: o.sharedY
      ? {
          label: o.yLabel,
          zero: !indexed,
          nice: true,
          ticks: 4,
          // Room above the highest value for the panel's name.
          insetTop: 18,
          tickFormat: (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 1),
        }
      : // Each panel labels its own ticks; one shared axis would be wrong for all but one panel.
        { axis: null, domain: [0, 1], insetTop: 18 },
    color: {
      domain: [...o.order],
      range: o.order.map((_, i) => colourFor(i)),
      legend: false,
    },
    marks,
  };
}
