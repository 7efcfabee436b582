/**
 * Fetched SSB data (`npm run data:fetch` → data/raw/ssb_api) in the build. For every indicator the
 * fetched tables cover, their rows replace the shipped ones entirely: one series never mixes a snapshot
 * file with a fetched table, whose figures may come from another release. The rows are staged at the
 * geography SSB printed (kommune codes of their year, counties of their year, Hele landet), so the same
 * SQL as for the shipped files carries them to 2024 borders.
 */
import { basename, dirname, join, relative, sep } from 'node:path';
import type { Manifest } from '../src/lib/schema';
import type { FetchedData } from './fetch/read-fetched';
import type { CatalogueEntry } from './indicators';
import type { KlassKommuneRow } from './parse/klass108-csv';
import { RAW_DIR } from './paths';
import { preferByPriority, type SsbObservation } from './sources/to-observations';
import type { Staged } from './staging';

/** Where `npm run data:fetch` writes (data/fetch/run.ts DEFAULT_OUT_DIR, resolved against the repo). */
export const FETCHED_DIR = join(RAW_DIR, 'ssb_api');

export type ManifestSource = Manifest['indicators'][string]['sources'][number];

/** What the manifest says about an indicator built from fetched tables. */
export interface FetchedIndicator {
  id: string;
  /** Table ids in index.json order, e.g. ['07984', '13470']. */
  tables: string[];
  /** The oldest retrieval among its tables: the data are at least that current. */
  retrieved_at: string;
  sources: ManifestSource[];
  /** Which geographies and years the fetched rows cover, in words: «kommuner 2005-2026, fylker 2005-2026, Hele landet 2005-2026». */
  coverage: string;
}

export interface FetchedStaging {
  /** Only the fetched rows, for the indicators in `indicators`. */
  staged: Staged;
  indicators: Map<string, FetchedIndicator>;
  /** Tables left out because their indicator is not in the catalogue (nothing to show them under). */
  skipped: string[];
}

/** A data file named relative to data/raw, as the snapshot sources are; elsewhere (tests) by folder and name. */
function sourceFile(path: string): string {
  const rel = relative(RAW_DIR, path);
  if (rel.startsWith('..') || rel.startsWith(sep)) return `${basename(dirname(path))}/${basename(path)}`;
  return rel.split(sep).join('/');
}

function yearSpan(years: Iterable<number>): string {
  const sorted = [...years].sort((a, b) => a - b);
  return sorted.length ? `${sorted[0]}-${sorted[sorted.length - 1]}` : 'no years';
}

/** The source id fetched rows carry: «ssb:07984», never equal to a snapshot source's id. */
export const fetchedSourceId = (table: string) => `ssb:${table}`;

const where = (o: SsbObservation) => `fetched table ${o.table_id} (${o.indicator})`;
const HOW_TO_FIX =
  'Update the classification files in data/raw/classification, or delete data/raw/ssb_api to build from the shipped snapshot.';

/**
 * A cell for a code that did not exist that year holds no data when it is 0 or a symbol (SSB fills such
 * cells); anything else is a figure the pipeline cannot place, and must stop the build.
 */
function notACell(o: SsbObservation): boolean {
  return o.value === null || o.value === 0;
}

const LEVEL_ORDER: readonly SsbObservation['region_level'][] = ['kommune', 'fylke', 'land', 'other'];

function stageRows(
  observations: SsbObservation[],
  codesByYear: Map<number, Set<string>>,
  klass: KlassKommuneRow[],
  notes: string[] = [],
): Staged {
  const countiesByYear = new Map<number, Set<string>>();
  for (const r of klass)
    countiesByYear.set(r.year, (countiesByYear.get(r.year) ?? new Set<string>()).add(r.fylke));
  const out: Staged = { kommune: [], county: [], region: [] };
  const firstYear = Math.min(...codesByYear.keys());
  const notedYears = new Set<string>();
  // Kommuner first, so an unknown numbering year is reported for a kommune code, the finer geography.
  const byLevel = [...observations].sort(
    (x, y) => LEVEL_ORDER.indexOf(x.region_level) - LEVEL_ORDER.indexOf(y.region_level),
  );
  for (const o of byLevel) {
    if (o.region_level === 'kommune') {
      const codes = codesByYear.get(o.code_year);
      if (!codes && o.code_year < firstYear) {
        // 07459 reaches back to 1986, the kommune correspondence to 2002: those kommune rows cannot be carried
        // to 2024 borders here, and the shipped 2024-kommune series already has those years.
        const note = `${where(o)}: kommune rows of ${o.code_year} skipped: numbered before the first year the kommune correspondence knows (${firstYear})`;
        if (!notedYears.has(note)) {
          notedYears.add(note);
          notes.push(note);
        }
        continue;
      }
      if (!codes) {
        throw new Error(
          `${where(o)}: kommune ${o.region_code} (${o.region_label}) is numbered as of ${o.code_year}, a year the kommune correspondence does not know (it has ${yearSpan(codesByYear.keys())}). ${HOW_TO_FIX}`,
        );
      }
      if (!codes.has(o.region_code)) {
        if (notACell(o)) continue;
        throw new Error(
          `${where(o)}: kommune ${o.region_code} (${o.region_label}) has ${o.value} in ${o.year}, but is not a kommune code on 1 January ${o.code_year}. ${HOW_TO_FIX}`,
        );
      }
      out.kommune.push({
        indicator: o.indicator,
        code: o.region_code,
        vintage: o.code_year,
        year: o.year,
        value: o.value,
        source: fetchedSourceId(o.table_id),
      });
    } else if (o.region_level === 'fylke') {
      // Same rule as data/counties.ts: years before the first KLASS list (2002) use that list.
      const counties = countiesByYear.get(Math.max(o.code_year, 2002));
      if (!counties) {
        throw new Error(
          `${where(o)}: county ${o.region_code} (${o.region_label}) is numbered as of ${o.code_year}, a year the county lists do not know (they have ${yearSpan(countiesByYear.keys())}). ${HOW_TO_FIX}`,
        );
      }
      if (!counties.has(o.region_code)) {
        if (notACell(o)) continue;
        // County tables carry aggregate rows with county-like codes («Fylkene», «Fastlands-Norge»); a code that is
        // no county that year holds no county's figure, so it is left out and said, never a reason to stop.
        notes.push(
          `${where(o)}: ${o.region_code} (${o.region_label}) skipped in ${o.year}: not a county on 1 January ${o.code_year}`,
        );
        continue;
      }
      out.county.push({
        indicator: o.indicator,
        county: o.region_code,
        vintage: o.code_year,
        year: o.year,
        value: o.value,
        source: fetchedSourceId(o.table_id),
      });
    } else if (o.region_level === 'land') {
      out.region.push({
        indicator: o.indicator,
        region: '0',
        year: o.year,
        value: o.value,
        source: fetchedSourceId(o.table_id),
      });
    }
    // 'other' (Svalbard, sokkel, uoppgitt) is filtered out by the table's keepLevels already.
  }
  return out;
}

/**
 * Stage the fetched observations of the indicators in `catalogue`, one per region and year
 * (preferByPriority), with their provenance from the meta sidecars.
 * @throws Error naming table, code and year when a kommune or county code belongs to a year the
 *   classification does not know, or holds a figure in a year it did not exist.
 */
export function stageFetched(
  data: FetchedData,
  codesByYear: Map<number, Set<string>>,
  klass: KlassKommuneRow[],
  catalogue: readonly CatalogueEntry[],
): FetchedStaging {
  const known = new Set(catalogue.map((c) => c.id));
  // A table may feed several indicators (11618 by ContentsCode): what it feeds is what its rows say.
  const fed = new Map<string, Set<string>>();
  for (const o of data.observations)
    fed.set(o.table_id, (fed.get(o.table_id) ?? new Set<string>()).add(o.indicator));
  const flowTables = new Set(data.flowTables ?? []);
  const skipped = Object.values(data.meta)
    .filter((m) => !flowTables.has(m.table))
    .flatMap((m) => {
      const unknown = [...(fed.get(m.table) ?? new Set([m.indicator]))].filter((i) => !known.has(i));
      return unknown.map((i) => `table ${m.table} (indicator ${i} is not in data/indicators.ts)`);
    });
  const observations = preferByPriority(data.observations.filter((o) => known.has(o.indicator)));
  const rowNotes: string[] = [...(data.skippedRows ?? [])];
  const staged = stageRows(observations, codesByYear, klass, rowNotes);
  // An indicator is "covered" only when a table gave it rows: an empty table never wipes shipped data.
  const covered = new Set(observations.map((o) => o.indicator));
  const indicators = new Map<string, FetchedIndicator>();
  for (const [table, meta] of Object.entries(data.meta).flatMap(([t, m]) =>
    [...(fed.get(t) ?? [])].map((indicator) => [t, { ...m, indicator }] as const),
  )) {
    if (!covered.has(meta.indicator)) continue;
    const entry = indicators.get(meta.indicator) ?? {
      id: meta.indicator,
      tables: [],
      retrieved_at: meta.retrieved_at,
      sources: [],
      coverage: coverageOf(staged, meta.indicator),
    };
    entry.tables.push(table);
    if (meta.retrieved_at < entry.retrieved_at) entry.retrieved_at = meta.retrieved_at;
    const file = data.files[table];
    entry.sources.push({
      publisher: meta.source,
      table_id: table,
      file: file === undefined ? `${table}.json` : sourceFile(file),
      updated: meta.updated,
      url: meta.url,
      retrieved_at: meta.retrieved_at,
      title: meta.title,
      // Sidecars written before queries were resolved against metadata only have the configured query.
      query: meta.resolved_query ?? meta.query,
      notes: data.notes[table] ?? [],
    });
    indicators.set(meta.indicator, entry);
  }
  return { staged, indicators, skipped: [...skipped, ...rowNotes] };
}

function span(years: number[]): string | null {
  if (years.length === 0) return null;
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}-${hi}`;
}

/** Years with a figure per geography, as SSB printed them (before harmonisation). */
export function coverageOf(staged: Staged, indicator: string): string {
  const years = <T extends { indicator: string; year: number; value: number | null }>(rows: T[]) =>
    rows.filter((r) => r.indicator === indicator && r.value !== null).map((r) => r.year);
  const parts: [string, string | null][] = [
    ['kommuner', span(years(staged.kommune))],
    ['fylker', span(years(staged.county))],
    ['Hele landet', span(years(staged.region))],
  ];
  const said = parts.filter(([, y]) => y !== null).map(([what, y]) => `${what} ${y}`);
  return said.length ? said.join(', ') : 'ingen tall';
}

/**
 * The shipped rows and the fetched rows together: fetched tables rank first (fetched-catalogue.ts puts
 * their sources in front), so a fetched figure replaces the snapshot's for the same region and year, and
 * the snapshot only fills years and regions the fetched tables do not have — each figure keeps its source.
 */
export function mergeFetched(shipped: Staged, fetched: FetchedStaging): Staged {
  return {
    kommune: [...shipped.kommune, ...fetched.staged.kommune],
    county: [...shipped.county, ...fetched.staged.county],
    region: [...shipped.region, ...fetched.staged.region],
  };
}
