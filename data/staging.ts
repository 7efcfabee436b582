/**
 * The tidy rows every series hands to the SQL steps, each at the geography its source printed:
 * kommune codes of a given year ("vintage"), counties of a given year, or a 2024 region whose area the
 * source figure covers exactly (Hele landet, an unchanged økonomisk region).
 */
export interface StagedKommune {
  indicator: string;
  /** Kommune code as printed in the source. */
  code: string;
  /** The 1 January whose kommune list the code belongs to (the year for SSB 07459; 2020 for 13472's 38xx codes). */
  vintage: number;
  year: number;
  /** null = the source marks the cell missing. */
  value: number | null;
  /** Which of the indicator's sources (catalogue `sources[].id`) the figure comes from. */
  source: string;
}

export interface StagedCounty {
  indicator: string;
  /** Two-digit county code of that time ("01" Østfold, "50" Trøndelag, "30" Viken). */
  county: string;
  vintage: number;
  year: number;
  value: number | null;
  source: string;
}

export interface StagedRegion {
  indicator: string;
  /** A 2024 region code whose area equals the source's region ("0", "OR34001"). */
  region: string;
  year: number;
  value: number | null;
  source: string;
}

export interface Staged {
  kommune: StagedKommune[];
  county: StagedCounty[];
  region: StagedRegion[];
}

export const emptyStaged = (): Staged => ({ kommune: [], county: [], region: [] });

export function mergeStaged(parts: Staged[]): Staged {
  return {
    kommune: parts.flatMap((p) => p.kommune),
    county: parts.flatMap((p) => p.county),
    region: parts.flatMap((p) => p.region),
  };
}

/**
 * Guard the contract before any SQL runs: a kommune code must exist in its vintage, and one source
 * cell may be staged once per source (two releases of the same cell are resolved in the series; two
 * sources of the same concept are ranked by the catalogue's source order in the SQL).
 */
export function checkStaged(staged: Staged, codesByYear: Map<number, Set<string>>): void {
  const seen = new Set<string>();
  for (const r of staged.kommune) {
    if (!codesByYear.get(r.vintage)?.has(r.code))
      throw new Error(`${r.indicator}: ${r.code} is not a kommune code on 1 January ${r.vintage}`);
    const key = `k|${r.indicator}|${r.source}|${r.code}|${r.vintage}|${r.year}`;
    if (seen.has(key)) throw new Error(`${r.indicator}: kommune ${r.code} ${r.year} staged twice`);
    seen.add(key);
  }
  for (const r of staged.county) {
    const key = `c|${r.indicator}|${r.source}|${r.county}|${r.vintage}|${r.year}`;
    if (seen.has(key)) throw new Error(`${r.indicator}: county ${r.county} ${r.year} staged twice`);
    seen.add(key);
  }
  for (const r of staged.region) {
    const key = `r|${r.indicator}|${r.source}|${r.region}|${r.year}`;
    if (seen.has(key)) throw new Error(`${r.indicator}: region ${r.region} ${r.year} staged twice`);
    seen.add(key);
  }
}

/**
 * The kommune numbering a source used for a year's figures: that year's list, or the year before's
 * (SSB's 11618 and 03321 for 2019 still number Rindal 1567, as in 2018). Every code must fit one list.
 * @throws Error naming the codes that fit neither.
 */
export function numberingOf(
  codes: Iterable<string>,
  year: number,
  codesByYear: Map<number, Set<string>>,
  where: string,
): number {
  const list = [...new Set(codes)];
  for (const vintage of [year, year - 1]) {
    const valid = codesByYear.get(vintage);
    if (valid && list.every((c) => valid.has(c))) return vintage;
  }
  const bad = list.filter((c) => !codesByYear.get(year)?.has(c)).slice(0, 5);
  throw new Error(`${where}: codes ${bad.join(', ')} are not kommuner on 1 January ${year} or ${year - 1}`);
}
