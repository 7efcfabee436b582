/**
 * The words around a chart — title, subtitle, source line — shared by the /embed page, the embed
 * code and the PNG/SVG/CSV files, so a chart says the same thing wherever it ends up.
 */
import type { ViewConfig } from '../config';
import type { Indicator, Manifest } from '../schema';
import { indicatorName, indicatorSource, indicatorTable, t, unitName } from '../i18n';
import { activeLocale } from '../i18n/format';

/** The indicator's name; for a start → end chart also its two years («Befolkning: endring 2015–2024»). */
export function chartTitle(indicator: Indicator, span: { from: number; to: number } | null = null): string {
  return span ? t.changeTitle(indicatorName(indicator), span.from, span.to) : indicatorName(indicator);
}

/** What the numbers are: mode and unit, e.g. "Absolutte tall, personer" or "Indeksert vekst, 2010 = 100". */
export function chartSubtitle(view: ViewConfig, indicator: Indicator, base: number | null): string {
  if (view.mode === 'indexed') return base === null ? t.modes.indexed : `${t.modes.indexed}, ${base} = 100`;
  if (view.mode === 'per1000')
    return `${unitName(indicator.unit).charAt(0).toUpperCase()}${unitName(indicator.unit).slice(1)} ${t.chartText.per1000}`;
  return `${t.modes.absolute}, ${unitName(indicator.unit)}`;
}

/** "Befolkning: Moss, Råde og Våler (Østfold)" — the iframe's title and the alt text's lead. */
export function regionList(regions: readonly string[], names: ReadonlyMap<string, string>): string {
  return t.listJoin(regions.map((c) => names.get(c) ?? c));
}

function longDate(iso: string): string {
  return new Date(iso).toLocaleDateString(activeLocale(), { year: 'numeric', month: 'long', day: 'numeric' });
}

export function builtDate(manifest: Pick<Manifest, 'built_at'>): string {
  return longDate(manifest.built_at);
}

/**
 * The same sentence as SourceLine.svelte, for files that leave the page: publisher, table id, and
 * when the numbers were fetched from SSB (fetched data) or the shipped snapshot was built.
 */
export function sourceText(
  indicator: Indicator,
  manifest: Pick<Manifest, 'built_at' | 'indicators'>,
): string {
  const entry = manifest.indicators[indicator.id];
  const retrieved = entry?.origin === 'fetched' && entry.retrieved_at ? entry.retrieved_at : null;
  const when = retrieved ? t.fetchedOn(longDate(retrieved)) : t.snapshotBuilt(longDate(manifest.built_at));
  return `${t.source}: ${indicatorSource(indicator)}, ${t.table_id} ${indicatorTable(indicator)}. ${when}.`;
}

/** SSB's footnotes for an indicator built from fetched tables (none for the snapshot), once each. */
export function sourceNotes(indicator: Indicator, manifest: Pick<Manifest, 'indicators'>): string[] {
  const entry = manifest.indicators[indicator.id];
  if (entry?.origin !== 'fetched') return [];
  return [...new Set(entry.sources.flatMap((s) => s.notes ?? []))];
}

/** The mode as the CSV header states it. */
export function modeText(view: ViewConfig, base: number | null): string {
  const label = t.modes[view.mode].toLowerCase();
  return view.mode === 'indexed' && base !== null ? `${label}, ${base} = 100` : label;
}
