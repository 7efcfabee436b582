import { fold } from '../state/search';

/** "sysselsatte_moss_sarpsborg_2010-2021.csv": what a file holds, readable in a downloads folder. */
export function exportFileName(indicator: string, regionNames: readonly string[], years: readonly number[], ext: string): string {
  const slug = (s: string) => fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const names = regionNames.slice(0, 4).map(slug);
  if (regionNames.length > 4) names.push(`og-${regionNames.length - 4}-til`);
  const span = years.length ? `${Math.min(...years)}-${Math.max(...years)}` : '';
  return [slug(indicator).replace(/-/g, '_'), ...names, span].filter(Boolean).join('_') + `.${ext}`;
}
