/**
 * Everything a view's downloads say, from the view's own data: file names, the CSV, and the words
 * burnt into the PNG/SVG. Pure, so the tests check the files' content without a browser.
 */
import type { ViewConfig } from '../config';
import type { Indicator, Manifest } from '../schema';
import type { SeriesResult } from '../series/load';
import { colourFor } from '../charts/palette';
import { chartSpan, shownSeries } from '../charts/view-chart';
import { indicatorBreakNote, indicatorSource, indicatorTable, t } from '../i18n';
import { seriesCsv, type CsvDialect } from './csv';
import { digitsForMode } from '../i18n/format';
import { viewFileName } from './filename';
import { chartSubtitle, chartTitle, modeText, regionList, sourceNotes, sourceText } from './labels';
import type { FigureInput } from './figure';

export interface ViewExportInput {
  view: ViewConfig;
  series: SeriesResult;
  indicator: Indicator;
  names: ReadonlyMap<string, string>;
  manifest: Pick<Manifest, 'version' | 'built_at' | 'indicators'>;
  description: string;
  /** Absolute URL of the full view, written into the files so a reader can find the source. */
  url: string;
  /** Source id → name, for the CSV's `kilde` column. */
  sourceLabel?: (id: string) => string;
}

export function exportFileNameFor(input: ViewExportInput, ext: string): string {
  const shown = shownSeries(input.series, input.view)
    .rows.filter((r) => r.y !== null)
    .map((r) => r.year);
  const names = input.view.regions.map((c) => input.names.get(c) ?? c);
  return viewFileName(input.view, input.series.base, input.indicator.id, names, shown, ext);
}

export function viewCsv(input: ViewExportInput, dialect: CsvDialect = 'plain'): string {
  const { view, indicator, manifest } = input;
  const shown = shownSeries(input.series, view);
  return seriesCsv(
    {
      title: `${chartTitle(indicator, chartSpan(input.series, view))} – ${chartSubtitle(view, indicator, input.series.base)}: ${regionList(view.regions, input.names)}`,
      source: indicatorSource(indicator),
      tableId: indicatorTable(indicator),
      builtAt: manifest.built_at.slice(0, 10),
      sourceLine: sourceText(indicator, manifest),
      notes: sourceNotes(indicator, manifest),
      mode: modeText(view, input.series.base),
      version: manifest.version,
      url: input.url,
      regions: view.regions.map((code) => ({ code, name: input.names.get(code) ?? code })),
      rows: shown.rows,
      // Rounded as the chart's table shows them (the spreadsheet dialect), from the whole series.
      digits: digitsForMode(
        view.mode,
        indicator.unit,
        input.series.rows.map((r) => r.y),
      ),
      ...(breakNoteFor(indicator, shown) ? { breakNote: breakNoteFor(indicator, shown)! } : {}),
      ...(input.sourceLabel ? { sourceLabel: input.sourceLabel } : {}),
    },
    dialect,
  );
}

/** The indicator's break in series, when the exported years straddle it. */
function breakNoteFor(indicator: Indicator, series: SeriesResult): string | null {
  const years = series.rows.filter((r) => r.y !== null).map((r) => r.year);
  const within = (indicator.breaks ?? []).filter(
    (b) => years.some((y) => y < b) && years.some((y) => y >= b),
  );
  return within.length
    ? t.coveragePage.breaks(t.listJoin(within.map(String)), indicatorBreakNote(indicator))
    : null;
}

/** Title, legend and source for the composed figure; the caller adds the drawn chart. */
export function figureParts(
  input: ViewExportInput,
): Omit<FigureInput, 'chartSvg' | 'width' | 'height' | 'measure'> {
  const { view, indicator } = input;
  const span = chartSpan(input.series, view);
  return {
    title: chartTitle(indicator, span),
    subtitle: chartSubtitle(view, indicator, input.series.base),
    // The chart's colours follow selection order (palette.ts), so the legend is rebuilt the same way;
    // the dumbbell colours the direction of change instead (dumbbell.ts).
    legend: span
      ? [
          { name: t.dumbbellLegend.grew, colour: '#1e7b34' },
          { name: t.dumbbellLegend.fell, colour: '#b3261e' },
        ]
      : view.regions.map((code, i) => ({ name: input.names.get(code) ?? code, colour: colourFor(i) })),
    source: [sourceText(indicator, input.manifest), input.url],
    description: input.description,
  };
}
