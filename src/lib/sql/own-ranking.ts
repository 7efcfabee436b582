/**
 * The ranking's and map's query for own regions («egne regioner»): one indicator's summed values for
 * each own region over a span of years, with its summed population the same year, in the shape of
 * `rankingValuesQuery` rows so the same ranking code measures them. Summed as sql/series.ts sums an own
 * region (and the pipeline a shipped grouping): a year has a value only when every member has one.
 * Identifiers are fixed here; the regions' codes, members and sizes are bound in a VALUES list, and
 * the indicator and years are bound too — never text in the SQL.
 */
import type { Query } from '../db/engine';
import type { GroupSum } from '../groups/group';
import { POPULATION_INDICATOR } from '../schema';

export interface OwnRegionValuesSpec {
  indicator: string;
  fromYear: number;
  toYear: number;
  groups: readonly GroupSum[];
}

/** One own region's summed value in one year (never a missing one), with its summed population or null. */
export interface OwnRegionValueRow {
  code: string;
  year: number;
  value: number;
  population: number | null;
}

export function ownRegionValuesQuery(spec: OwnRegionValuesSpec): Query {
  const groups = spec.groups.filter((g) => g.members.length > 0);
  if (groups.length === 0) throw new Error('invalid groups: none with members');
  if (spec.fromYear > spec.toYear) throw new Error(`invalid years: ${spec.fromYear}–${spec.toYear}`);
  const rows = groups.flatMap((g) => g.members.map(() => '(?, ?, ?)'));
  const params: (string | number)[] = [];
  for (const g of groups) for (const m of g.members) params.push(g.code, m, g.members.length);
  return {
    sql: `WITH grp(code, member, size) AS (VALUES ${rows.join(', ')}),
sums AS (
  SELECT g.code, o.indicator, o.year,
    CASE WHEN count(o.value) = any_value(g.size) THEN sum(o.value) END AS value
  FROM grp g JOIN observations o ON o.region_code = g.member
  WHERE o.indicator IN (?, ?) AND o.year BETWEEN ? AND ?
  GROUP BY g.code, o.indicator, o.year
)
SELECT s.code, s.year, s.value, p.value AS population
FROM sums s LEFT JOIN sums p ON p.code = s.code AND p.year = s.year AND p.indicator = ?
WHERE s.indicator = ? AND s.value IS NOT NULL
ORDER BY s.code, s.year`,
    params: [
      ...params,
      spec.indicator,
      POPULATION_INDICATOR,
      spec.fromYear,
      spec.toYear,
      POPULATION_INDICATOR,
      spec.indicator,
    ],
    view: {
      kind: 'ownRegionValues',
      indicator: spec.indicator,
      from: spec.fromYear,
      to: spec.toYear,
      groups: groups.map((g) => ({ code: g.code, members: [...g.members] })),
    },
  };
}
