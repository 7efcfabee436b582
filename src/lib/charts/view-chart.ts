/**
 * The comparison chart for a view: picks the y label, digits and description for the view's mode
 * and builds the line chart. Shared by the page (live) and the prerenderer (build time), so both
 * draw the same picture.
 */
import type { ViewConfig } from '../config';
import type { Indicator } from '../schema';
import type { SeriesResult } from '../state/load';
import { digitsForMode } from '../i18n/format';
import { t } from '../i18n';
import { describeSeries } from './describe';
import { lineChart } from './line';
import type { PlotOptions } from '@observablehq/plot';

export interface ViewChart {
  options: PlotOptions;
  description: string;
  digits: number;
}

function yLabel(view: ViewConfig, unit: string, base: number | null): string {
  if (view.mode === 'per1000') return `${unit} per 1 000 innbyggere`;
  if (view.mode === 'indexed') return base === null ? 'Indeks' : t.baseYearNote(base);
  return unit.charAt(0).toUpperCase() + unit.slice(1);
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
    indicator: indicator.name_nb,
    unit: indicator.unit,
    mode: view.mode,
    base: series.base,
    digits,
    regions: view.regions.map((code) => ({
      name: names.get(code) ?? code,
      points: series.rows.filter((r) => r.region_code === code),
    })),
  });
  const options = lineChart(series.rows, {
    names,
    order: view.regions,
    mode: view.mode,
    yLabel: yLabel(view, indicator.unit, series.base),
    digits,
    description,
    breaks: indicator.breaks ?? [],
    ...(sourceLabel ? { sourceLabel } : {}),
    ...(width ? { width } : {}),
  });
  return { options, description, digits };
}
