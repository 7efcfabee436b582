/**
 * Staging: the shipped series parsed into rows, with every indicator `npm run data:fetch` has data for
 * replaced by the fetched rows, and the regions they are built for. Nothing here runs SQL.
 */
import type { Region } from '../src/lib/schema';
import type { Inputs } from './inputs';
import { buildRegions } from './regions';
import { checkStaged, mergeStaged, type Staged } from './staging';
import { CATALOGUE, type CatalogueEntry } from './indicators';
import { readFetchedData } from './fetch/read-fetched';
import { codesByYearOf } from './correspondence';
import { carryToLaterYears } from './later-years';
import { mergeFetched, stageFetched, type FetchedIndicator } from './fetched';
import { catalogueWithFetched } from './fetched-catalogue';
import { befolkningSeries } from './series/befolkning';
import { sysselsatteSeries } from './series/sysselsatte';
import { sysselsatteNrSeries } from './series/sysselsatte-nr';
import { bruttoproduktSeries } from './series/bruttoprodukt';
import { nyetableringerSeries } from './series/nyetableringer';

export function stageAllSeries(inputs: Inputs): Staged {
  const { klass, correspondence } = inputs;
  const staged = mergeStaged([
    befolkningSeries(
      inputs.population,
      inputs.kommuner2024,
      correspondence.codesByYear,
      inputs.population2024Kommuner,
    ),
    sysselsatteSeries(klass, correspondence.rows, correspondence.codesByYear),
    sysselsatteNrSeries(),
    bruttoproduktSeries(),
    nyetableringerSeries(klass, correspondence.rows),
  ]);
  checkStaged(staged, correspondence.codesByYear);
  const known = new Set(CATALOGUE.map((c) => c.id));
  const unknown = [...staged.kommune, ...staged.county, ...staged.region].find(
    (r) => !known.has(r.indicator),
  );
  if (unknown) throw new Error(`indicator ${unknown.indicator} is not in the catalogue (data/indicators.ts)`);
  return staged;
}

export function regionsOf(inputs: Inputs): Region[] {
  return buildRegions({
    ...inputs,
    kommuner: inputs.kommuner2024,
    fylker: inputs.fylker2024,
    correspondence: inputs.correspondence.rows,
  });
}

export interface StagedWithOrigin {
  /** The inputs, with the classification carried to the later years fetched data are numbered in. */
  inputs: Inputs;
  staged: Staged;
  catalogue: CatalogueEntry[];
  /** Indicators built from fetched tables (empty when nothing was fetched). */
  fetched: Map<string, FetchedIndicator>;
}

/**
 * The shipped series, with every indicator that `fetchedDir` has data for replaced by the fetched rows.
 * @throws Error when a fetched code cannot be placed (see stageFetched), before any SQL runs.
 */
export async function stageWithFetched(inputs: Inputs, fetchedDir: string | null): Promise<StagedWithOrigin> {
  const shipped = stageAllSeries(inputs);
  const data = fetchedDir === null ? null : await readFetchedData(fetchedDir);
  if (!data) return { inputs, staged: shipped, catalogue: CATALOGUE, fetched: new Map() };
  const flows = data.flows ?? [];
  const later = carryToLaterYears(inputs.klass, data.klass, [
    ...data.observations.map((o) => o.code_year),
    ...flows.map((f) => f.year),
  ]);
  const classified: Inputs = later.added.length
    ? {
        ...inputs,
        klass: later.klass,
        correspondence: { ...inputs.correspondence, codesByYear: codesByYearOf(later.klass) },
      }
    : inputs;
  // A fetched commuting matrix replaces the shipped one whole, like a fetched indicator its series.
  const extended: Inputs = flows.length ? { ...classified, commuting: flows } : classified;
  if (flows.length)
    console.log(
      `data: commuting flows from fetched table(s) ${(data.flowTables ?? []).join(', ')} (${flows.length} flows, ${[...new Set(flows.map((f) => f.year))].sort().join(', ')})`,
    );
  const fetched = stageFetched(data, extended.correspondence.codesByYear, extended.klass, CATALOGUE);
  for (const s of fetched.skipped) console.warn(`data: ignored fetched ${s}`);
  const staged = mergeFetched(shipped, fetched);
  checkStaged(staged, extended.correspondence.codesByYear);
  return {
    inputs: extended,
    staged,
    catalogue: catalogueWithFetched(CATALOGUE, fetched.indicators),
    fetched: fetched.indicators,
  };
}
