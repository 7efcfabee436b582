/**
 * A region report's chart for one indicator: the region indexed against its fylke and the country,
 * and the same chart in words. Shared by the prerendered reports and the own regions' reports drawn in
 * the browser, so both show one chart.
 */
import type { PlotOptions } from '@observablehq/plot';
import { t } from '../i18n';
import { indicatorName } from '../i18n';
import type { ReportSection } from '../report/load';
import { describeSeries } from './describe';
import { lineChart } from './line';

export const REPORT_CHART_HEIGHT = 260;

export function reportChart(
  s: ReportSection,
  names: ReadonlyMap<string, string>,
  sourceLabel: (source: string) => string,
  width?: number,
): PlotOptions {
  return lineChart(s.series.rows, {
    names,
    order: s.order,
    mode: 'indexed',
    yLabel: s.series.base === null ? t.chartText.index : t.baseYearNote(s.series.base),
    digits: 1,
    width,
    height: REPORT_CHART_HEIGHT,
    breaks: s.indicator.breaks ?? [],
    sourceLabel,
  });
}

/** What the chart shows, in words (its SVG is hidden from screen readers: charts/render.ts). */
export function reportDescription(s: ReportSection, names: ReadonlyMap<string, string>): string {
  return describeSeries({
    indicator: indicatorName(s.indicator),
    unit: s.indicator.unit,
    mode: 'indexed',
    base: s.series.base,
    regions: s.order.map((code) => ({
      name: names.get(code) ?? code,
      points: s.series.rows.filter((r) => r.region_code === code).map((r) => ({ year: r.year, y: r.y })),
    })),
    digits: 1,
  });
}
