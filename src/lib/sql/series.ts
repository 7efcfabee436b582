/**
 * The comparison chart's query: one indicator for a few regions over the years, as absolute values,
 * per 1 000 inhabitants, or indexed to a base year. The transformation runs in DuckDB so the same
 * query serves a 10-row and a 10-million-row table.
 * Identifiers are fixed here; the indicator, region codes, base year and own regions' codes and
 * members are bound parameters (a VALUES list of `?`), never text in the SQL.
 *
 * An own region (src/lib/groups) is summed here like a shipped grouping is in the pipeline
 * (data/aggregate.ts): a year has a value only when every member has one — never a partial sum — so
 * per 1 000 divides a summed count by a summed population, and an index starts from a summed base.
 */
import type { Query } from '../db/engine';
import type { Mode } from '../config';
import { POPULATION_INDICATOR } from '../schema';
import type { GroupSum } from '../groups/group';

export interface SeriesSpec {
  indicator: string;
  regions: readonly string[];
  mode: Mode;
  /** Mode 'indexed': the year = 100; null or absent for the first year every region has a value. */
  base?: number | null;
  /** Own regions: codes in `regions` that are sums of member kommuner. */
  groups?: readonly GroupSum[];
}

/** One point of a series: `value` as published, `y` as charted (after the mode's transformation). */
export interface SeriesRow {
  region_code: string;
  year: number;
  value: number | null;
  status: string;
  /** Source id(s) of the figure (`sources.id`, '+'-joined for sums over kommuner from several sources). */
  source: string;
  y: number | null;
  /** Population of the region that year, only in mode 'per1000'. */
  population?: number | null;
}

export function seriesQuery(spec: SeriesSpec): Query {
  if (spec.regions.length === 0) throw new Error('invalid regions: none selected');
  const placeholders = spec.regions.map(() => '?').join(', ');
  const params: (string | number)[] = [];
  const groups = (spec.groups ?? []).filter((g) => spec.regions.includes(g.code) && g.members.length > 0);
  // Without own regions the SQL stays exactly the shipped one (and its prepared statement).
  const table = groups.length ? 'obs' : 'observations';
  let withClause = '';
  if (groups.length) {
    const rows = groups.flatMap((g) => g.members.map(() => '(?, ?, ?)'));
    for (const g of groups) for (const m of g.members) params.push(g.code, m, g.members.length);
    withClause = `grp(code, member, size) AS (VALUES ${rows.join(', ')}),
obs AS (
  SELECT indicator, region_code, year, value, status, source FROM observations
  UNION ALL
  SELECT o.indicator, g.code, o.year,
    CASE WHEN count(o.value) = any_value(g.size) THEN sum(o.value) END,
    CASE WHEN count(o.value) < any_value(g.size) THEN 'missing'
      WHEN bool_or(o.status = 'estimated') THEN 'estimated' ELSE 'summed' END,
    array_to_string(list_sort(list_distinct(list(o.source))), '+')
  FROM grp g JOIN observations o ON o.region_code = g.member
  GROUP BY o.indicator, g.code, o.year
),
`;
  }
  // The selected regions' rows are read once (`s`); the base year and the population are looked up
  // among the same regions, so at 10M rows the joins never scan other regions' row groups.
  const regionFilter = `region_code IN (${placeholders})`;
  const base = spec.mode === 'indexed' ? (spec.base ?? null) : null;
  let select = 's.value AS y';
  let join = '';
  let lookup = '';
  const lookupParams: (string | number)[] = [];
  if (spec.mode === 'per1000') {
    select = 's.value / NULLIF(p.value, 0) * 1000 AS y, p.value AS population';
    lookup = `,
p AS (SELECT region_code, year, value FROM ${table} WHERE indicator = ? AND ${regionFilter})`;
    lookupParams.push(POPULATION_INDICATOR, ...spec.regions);
    join = 'LEFT JOIN p ON p.region_code = s.region_code AND p.year = s.year';
  } else if (spec.mode === 'indexed') {
    select = 's.value / NULLIF(b.value, 0) * 100 AS y';
    // Without a base year, commonBaseYear's: the first year every region with a value has one, else
    // the first year any has — in the same query, not the absolute rows first and then the index.
    const baseYear =
      base !== null
        ? '?'
        : `(
  SELECT coalesce(
    (SELECT min(year) FROM (SELECT year FROM s WHERE value IS NOT NULL GROUP BY year
      HAVING count(*) = (SELECT count(DISTINCT region_code) FROM s WHERE value IS NOT NULL))),
    (SELECT min(year) FROM s WHERE value IS NOT NULL)))`;
    join = `LEFT JOIN s b ON b.region_code = s.region_code AND b.year = ${baseYear}`;
  }

  return {
    sql: `WITH ${withClause}s AS (
  SELECT region_code, year, value, status, source FROM ${table} WHERE indicator = ? AND ${regionFilter}
)${lookup}
SELECT s.region_code, s.year, s.value, s.status, s.source, ${select}
FROM s
${join}
ORDER BY s.region_code, s.year`,
    params: [
      ...params,
      spec.indicator,
      ...spec.regions,
      ...lookupParams,
      ...(spec.mode === 'indexed' && base !== null ? [base] : []),
    ],
    view: {
      kind: 'series',
      indicator: spec.indicator,
      regions: [...spec.regions],
      mode: spec.mode,
      base,
      ...(groups.length ? { groups: groups.map((g) => ({ code: g.code, members: [...g.members] })) } : {}),
    },
  };
}

/**
 * The SQL texts seriesQuery makes for a number of regions: one per mode, and indexed mode's twice
 * (a base year bound, or found in the query). The SQL server serves exactly these (server/allowlist.ts).
 */
export const SERIES_SHAPES: readonly { name: string; mode: Mode; base: number | null }[] = [
  { name: 'absolute', mode: 'absolute', base: null },
  { name: 'per1000', mode: 'per1000', base: null },
  { name: 'indexed', mode: 'indexed', base: 2000 },
  { name: 'indexed-common', mode: 'indexed', base: null },
];

/** The first year in which every region has a value: the natural default base year. */
export function commonBaseYear(
  rows: readonly Pick<SeriesRow, 'region_code' | 'year' | 'value'>[],
  regions: readonly string[],
): number | null {
  const byYear = new Map<number, Set<string>>();
  for (const r of rows) {
    if (r.value === null) continue;
    let set = byYear.get(r.year);
    if (!set) byYear.set(r.year, (set = new Set()));
    set.add(r.region_code);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const wanted = regions.filter((code) => rows.some((r) => r.region_code === code && r.value !== null));
  return years.find((y) => wanted.every((code) => byYear.get(y)!.has(code))) ?? years[0] ?? null;
}
