/**
 * Small multiples: one small line chart per region, so ten regions of very different size stay readable.
 * With a shared y axis the panels compare levels; with independent axes each panel shows its own shape.
 * Built from the same line spec as the comparison chart, so breaks, gaps and dots behave the same.
 */
import type * as Plot from '@observablehq/plot';
import type { SeriesRow } from '../sql/series';
import { lineChart, type LineChartOptions } from './line';

export interface PanelOptions extends Omit<LineChartOptions, 'width' | 'height'> {
  /** One y domain for every panel (compare levels) or one per panel (compare shapes). */
  sharedY: boolean;
  /** Width of one panel. */
  width?: number;
}

export interface Panel {
  code: string;
  title: string;
  options: Plot.PlotOptions;
}

/** The y domain a set of values needs, from zero unless indexed (the comparison chart's rule). */
function domainOf(values: number[], indexed: boolean): [number, number] {
  const lo = Math.min(...values, indexed ? 100 : 0);
  const hi = Math.max(...values, indexed ? 100 : 0);
  return [lo, hi];
}

export function panelCharts(rows: readonly SeriesRow[], options: PanelOptions): Panel[] {
  const all = rows.filter((r) => r.y !== null).map((r) => r.y as number);
  const indexed = options.mode === 'indexed';
  return options.order
    .filter((code) => rows.some((r) => r.region_code === code && r.y !== null))
    .map((code) => {
      const own = rows.filter((r) => r.region_code === code);
      const spec = lineChart(own, { ...options, order: [code], width: options.width ?? 260, height: 170 });
      const domain = domainOf(
        options.sharedY ? all : own.filter((r) => r.y !== null).map((r) => r.y as number),
        indexed,
      );
      return {
        code,
        title: options.names.get(code) ?? code,
        options: {
          ...spec,
          marginLeft: 56,
          marginRight: 12,
          style: { fontSize: '11px', overflow: 'visible' },
          x: { ...(spec.x as object), ticks: 3 },
          y: { ...(spec.y as object), domain, nice: true, ticks: 4, label: null },
          color: { ...(spec.color as object), legend: false },
        },
      };
    });
}
