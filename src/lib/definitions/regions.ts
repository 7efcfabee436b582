/**
 * Region levels and kinds, their labels and order, and the one way a region is named on screen — for
 * the pipeline, the app, the server and the embeds alike. Several regions share a name (Kongsvinger is a
 * kommune, a BA-region and an økonomisk region), so every list, legend, table and file names a region
 * by `regionLabel`, and every series is keyed by its code.
 */
import type { RegionKind, RegionLevel } from '../schema';
import { t } from '../i18n';

/** Hele landet. */
export const LAND_CODE = '0';

/** The fields a label needs. */
export interface RegionNaming {
  code: string;
  name: string;
  level: string;
  kind: string;
}

/** Groupings in the order lists show them; their words are in the catalogues (`t.regionKinds`). */
export const KIND_ORDER: readonly Exclude<RegionKind, ''>[] = ['ba', 'okonomisk', 'samarbeid'];

/** Lists show the country first, then fylker, groupings and kommuner. */
export const LEVEL_ORDER: readonly RegionLevel[] = ['land', 'fylke', 'region', 'kommune'];

/** What kind of region this is, in words: «kommune», «BA-region», «fylke». */
export function kindLabel(r: Pick<RegionNaming, 'level' | 'kind'>, plural = false): string {
  // A user's own region (src/lib/groups) has no row in the regions table and no kind of its own there.
  const entry = t.regionKinds[r.kind] ?? t.regionKinds[r.level] ?? { one: r.level, many: r.level };
  return plural ? entry.many : entry.one;
}

/**
 * The region's name as shown everywhere: kommuner, fylker, regional cooperations and the country by
 * their name; BA-regions and økonomiske regioner with their kind, since they are named after a kommune.
 * @example regionLabel({ code: 'BA15', name: 'Kongsvinger', level: 'region', kind: 'ba' }) // 'Kongsvinger (BA-region)'
 */
export function regionLabel(r: RegionNaming): string {
  // The data names the country in bokmål; the catalogues have it in each language.
  if (r.level === 'land') return t.wholeCountry;
  if (r.kind === 'ba' || r.kind === 'okonomisk') return `${r.name} (${kindLabel(r)})`;
  return r.name;
}

/**
 * Code → label for a list of regions; a label that would still repeat (two kommuner named Våler carry
 * their fylke in the name already, but a user grouping might not) gets its code appended.
 */
export function regionLabels(regions: readonly RegionNaming[]): Map<string, string> {
  const labels = new Map(regions.map((r) => [r.code, regionLabel(r)]));
  const seen = new Map<string, number>();
  for (const label of labels.values()) seen.set(label, (seen.get(label) ?? 0) + 1);
  for (const [code, label] of labels) if ((seen.get(label) ?? 0) > 1) labels.set(code, `${label} [${code}]`);
  return labels;
}

/**
 * What kind of region and which number, as a line above its name: «Kommune 3401», «BA-region 15»,
 * «Økonomisk region 34001», «Fylke 34», «Regionsamarbeid», «Hele landet» — never a slug or «Land 0».
 */
export function regionKindAndNumber(r: RegionNaming): string {
  if (r.level === 'land') return t.wholeCountry;
  const kind = kindLabel(r);
  const number =
    r.level === 'kommune' || r.level === 'fylke'
      ? r.code
      : r.kind === 'ba' || r.kind === 'okonomisk'
        ? r.code.slice(2)
        : '';
  return `${kind.charAt(0).toUpperCase()}${kind.slice(1)}${number ? ` ${number}` : ''}`;
}
