import { fold } from '../groups/search';
import { t } from '../i18n';
import type { ViewConfig } from '../config';

/** "sysselsatte_moss_sarpsborg_2010-2021.csv": what a file holds, readable in a downloads folder. */
export function exportFileName(
  indicator: string,
  regionNames: readonly string[],
  years: readonly number[],
  ext: string,
): string {
  const slug = (s: string) =>
    fold(s)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const names = regionNames.slice(0, 4).map(slug);
  if (regionNames.length > 4) names.push(t.csv.moreRegions(regionNames.length - 4));
  const span = years.length ? `${Math.min(...years)}-${Math.max(...years)}` : '';
  return [slug(indicator).replace(/-/g, '_'), ...names, span].filter(Boolean).join('_') + `.${ext}`;
}

/**
 * The file name for a view: the mode joins the indicator when the numbers are not the published
 * ones ("befolkning_indeks_2010_…", "sysselsatte_per_1000_…"), so two downloads never share a name
 * while holding different numbers. `years` are the years with a charted value.
 */
export function viewFileName(
  view: Pick<ViewConfig, 'mode'>,
  base: number | null,
  indicatorId: string,
  regionNames: readonly string[],
  years: readonly number[],
  ext: string,
): string {
  const qualifier =
    view.mode === 'per1000'
      ? 'per_1000'
      : view.mode === 'indexed'
        ? base === null
          ? 'indeks'
          : `indeks_${base}`
        : '';
  return exportFileName([indicatorId, qualifier].filter(Boolean).join('_'), regionNames, years, ext);
}
