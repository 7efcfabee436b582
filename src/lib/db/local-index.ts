/**
 * The engine-free engine's building blocks: observations indexed by indicator, region and year;
 * DuckDB's ordering, NULLIF division and year spans restated for plain rows; and an own region's
 * series summed as sql/series.ts sums it.
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

/** Observations indexed as they arrive: indicator → region → year → observation. */
export class Index {
  readonly byIndicator = new Map<string, Map<string, Map<number, LocalObservation>>>();
  constructor(observations: readonly LocalObservation[] = []) {
    this.add(observations);
  }
  add(observations: readonly LocalObservation[]): void {
    for (const o of observations) {
      let regions = this.byIndicator.get(o.indicator);
      if (!regions) this.byIndicator.set(o.indicator, (regions = new Map()));
      let years = regions.get(o.region_code);
      if (!years) regions.set(o.region_code, (years = new Map()));
      years.set(o.year, o);
    }
  }
  series(indicator: string, region: string): Map<number, LocalObservation> | undefined {
    return this.byIndicator.get(indicator)?.get(region);
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
export function yearSpan(
  observations: Iterable<LocalObservation>,
): { first_year: number; last_year: number; years: number } | null {
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
