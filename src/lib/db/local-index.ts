/**
 * The engine-free engine's building blocks: observations indexed by indicator, region and year;
 * DuckDB's ordering, NULLIF division and year spans restated for plain rows; and an own region's
 * series summed as sql/series.ts sums it.
 * The index is lazy because a link's first chart waits for it: turning all 25 000 population rows
 * into objects and maps cost more than parsing the file (issue 13), while the chart reads five
 * regions and the coverage reads only years and whether a value is there. Files and plain row lists
 * go through the same index (`IndicatorRows`), so tests on either check the one the browser runs.
 */

/** An observation as stored (schema.ts `Observation`), with `value` null when missing. */
export interface LocalObservation {
  indicator: string;
  region_code: string;
  year: number;
  value: number | null;
  status: string;
  source: string;
}

type Key = string | number;
/** DuckDB's ORDER BY on our columns: numbers numerically, text by code point (no collation). */
export const compare = (a: Key, b: Key): number => (a < b ? -1 : a > b ? 1 : 0);
export const by =
  <T>(...keys: ((row: T) => Key)[]) =>
  (a: T, b: T): number => {
    for (const key of keys) {
      const c = compare(key(a), key(b));
      if (c !== 0) return c;
    }
    return 0;
  };

/**
 * One indicator's observations as numbered rows, read column by column without making objects: the
 * shipped file (local-files.ts) or a plain list. `decode(start, end)` makes rows start..end-1 as
 * objects; `start` must begin a run (consecutive rows of one region), since a row may be stored as a
 * change from the row before it in its run.
 */
export interface IndicatorRows {
  readonly indicator: string;
  readonly length: number;
  region(i: number): string;
  year(i: number): number;
  hasValue(i: number): boolean;
  decode(start: number, end: number): LocalObservation[];
}

/** Rows that are already objects (memorySource: tests, Node). */
export function listRows(indicator: string, rows: readonly LocalObservation[]): IndicatorRows {
  return {
    indicator,
    length: rows.length,
    region: (i) => rows[i]!.region_code,
    year: (i) => rows[i]!.year,
    hasValue: (i) => rows[i]!.value !== null,
    decode: (start, end) => rows.slice(start, end),
  };
}

export type YearSpan = { first_year: number; last_year: number; years: number };

/**
 * One indicator's rows, with each region's runs found in one pass over the region column; a region's
 * year → observation map is made when first asked for, so a chart of five regions decodes five.
 * Runs need not be contiguous or sorted: a region's rows are decoded run by run in file order, and a
 * later row of the same year replaces an earlier one, as one map over all rows did.
 */
export class IndicatorIndex {
  /** Region → its runs as [start, end) pairs, in row order. */
  private readonly runs = new Map<string, number[]>();
  private readonly made = new Map<string, Map<number, LocalObservation>>();
  constructor(readonly rows: IndicatorRows) {
    for (let start = 0, end = 0; start < rows.length; start = end) {
      const region = rows.region(start);
      for (end = start + 1; end < rows.length && rows.region(end) === region; end++);
      const runs = this.runs.get(region);
      if (runs) runs.push(start, end);
      else this.runs.set(region, [start, end]);
    }
  }
  /** The regions with at least one row (with a value or not). */
  regions(): IterableIterator<string> {
    return this.runs.keys();
  }
  series(region: string): Map<number, LocalObservation> | undefined {
    let years = this.made.get(region);
    if (years) return years;
    const runs = this.runs.get(region);
    if (!runs) return undefined;
    years = new Map();
    for (let k = 0; k < runs.length; k += 2)
      for (const o of this.rows.decode(runs[k]!, runs[k + 1]!)) years.set(o.year, o);
    this.made.set(region, years);
    return years;
  }
  /** `yearSpan` of the region's series, from the year and value columns when no year repeats. */
  span(region: string): YearSpan | null {
    const runs = this.runs.get(region);
    if (!runs) return null;
    let first = Infinity;
    let last = -Infinity;
    let count = 0;
    let previous = -Infinity;
    for (let k = 0; k < runs.length; k += 2)
      for (let i = runs[k]!; i < runs[k + 1]!; i++) {
        const year = this.rows.year(i);
        // Years out of order may repeat, and then only the last row of a year counts: ask the map.
        if (year <= previous) return yearSpan(this.series(region)!.values());
        previous = year;
        if (!this.rows.hasValue(i)) continue;
        first = Math.min(first, year);
        last = Math.max(last, year);
        count++;
      }
    return count ? { first_year: first, last_year: last, years: count } : null;
  }
  /** The regions whose series have been made (what laziness saved is the rest). */
  materialised(): string[] {
    return [...this.made.keys()];
  }
}

/** Observations by indicator as they arrive, each indicator indexed lazily (IndicatorIndex). */
export class Index {
  private readonly byIndicator = new Map<string, IndicatorIndex>();
  add(rows: IndicatorRows): void {
    this.byIndicator.set(rows.indicator, new IndicatorIndex(rows));
  }
  indicator(indicator: string): IndicatorIndex | undefined {
    return this.byIndicator.get(indicator);
  }
  indicators(): IterableIterator<IndicatorIndex> {
    return this.byIndicator.values();
  }
  series(indicator: string, region: string): Map<number, LocalObservation> | undefined {
    return this.byIndicator.get(indicator)?.series(region);
  }
}

/** `a / NULLIF(b, 0) * factor`, with SQL's nulls. */
export function ratio(
  a: number | null | undefined,
  b: number | null | undefined,
  factor: number,
): number | null {
  if (a === null || a === undefined || b === null || b === undefined || b === 0) return null;
  return (a / b) * factor;
}

/** min(year), max(year), count(value) over the observations with a value. */
export function yearSpan(observations: Iterable<LocalObservation>): YearSpan | null {
  let first = Infinity;
  let last = -Infinity;
  let count = 0;
  for (const o of observations) {
    if (o.value === null) continue;
    first = Math.min(first, o.year);
    last = Math.max(last, o.year);
    count++;
  }
  return count ? { first_year: first, last_year: last, years: count } : null;
}

/**
 * An own region's series, as sql/series.ts sums it: a year where any member has a row; its value only
 * when every member has one; 'missing', else 'estimated' if a member is, else 'summed'; the members'
 * distinct sources sorted and joined by '+'.
 */
export function groupSeries(
  index: Index,
  indicator: string,
  code: string,
  members: readonly string[],
): Map<number, LocalObservation> | undefined {
  const parts = members.map((m) => index.series(indicator, m));
  const years = new Set<number>();
  for (const part of parts) for (const year of part?.keys() ?? []) years.add(year);
  if (years.size === 0) return undefined;
  const out = new Map<number, LocalObservation>();
  for (const year of years) {
    const rows = parts.flatMap((part) => (part?.has(year) ? [part.get(year)!] : []));
    const values = rows.flatMap((r) => (r.value === null ? [] : [r.value]));
    const complete = values.length === members.length;
    out.set(year, {
      indicator,
      region_code: code,
      year,
      value: complete ? values.reduce((a, b) => a + b, 0) : null,
      status: !complete ? 'missing' : rows.some((r) => r.status === 'estimated') ? 'estimated' : 'summed',
      source: [...new Set(rows.map((r) => r.source))].sort(compare).join('+'),
    });
  }
  return out;
}
