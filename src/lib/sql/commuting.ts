/**
 * Commuting and the labour market from SSB 03321 (employed persons 15–74 in the 4th quarter by kommune
 * of work × kommune of residence, at 2024 kommuner): for one kommune or grouping (BA-region, økonomisk
 * region, regional council, fylke, the country), per year, how many work there, how many employed live
 * there, how many do both, who commutes in and out, and the largest flows to and from other kommuner.
 *
 * An area is its kommune, or for a grouping its `members`; a grouping's inside flows are flows where both
 * ends are members. The matrix holds only non-zero cells, so an absent cell is a zero flow — but a year in
 * which a member kommune has no cell at all (Rindal 5061 in 2019 is absent from SSB's file) is missing for
 * the area: every figure for that year is NULL, never a partial sum.
 *
 * Employed residents here are those with a known place of work in a kommune. SSB 11618 also counts
 * residents working on the continental shelf, on Svalbard or at an unknown place, so its count is a little
 * larger (Bergen 2022: 621 persons); both are returned so a page can say so.
 *
 * Identifiers are fixed here; the region code, years and the number of flows are bound parameters, each
 * bound once in the `p` row.
 *
 * An own region (src/lib/groups) has no row in `regions`: its code (`egen-1`) and its member kommuner
 * are bound, the members one `(?)` row each in a VALUES list, and the area is those members — so its
 * inside flows, in- and out-commuters are counted across its border like a shipped grouping's, and a
 * year in which one member is absent is missing. Its 11618 counts are summed over the members, only in
 * years where every member has one.
 */
import type { Param, Query } from '../db/engine';

/** The area's member kommuner: from `regions` for a shipped area, from bound rows for an own region. */
function areaSql(members: readonly string[] | undefined): { sql: string; params: Param[] } {
  if (!members) {
    return {
      sql: `area AS (
  SELECT CASE WHEN r.level = 'kommune' THEN [r.code] ELSE r.members END AS members
  FROM regions r, p WHERE r.code = p.code
)`,
      params: [],
    };
  }
  if (members.length === 0) throw new Error('invalid members: an own region needs at least one kommune');
  return {
    sql: `grp(code) AS (VALUES ${members.map(() => '(?::VARCHAR)').join(', ')}),
area AS (SELECT list(DISTINCT code) AS members FROM grp)`,
    params: [...members],
  };
}

/** Jobs by place of work (SSB 11618 and earlier vintages) in `observations`. */
export const JOBS_INDICATOR = 'sysselsatte';
/** Employed residents (SSB 11618) in `observations`. */
export const EMPLOYED_RESIDENTS_INDICATOR = 'sysselsatte_bosted';
/** Most flows a page asks for in each direction. */
export const MAX_FLOWS = 25;

export interface CommutingYearRow {
  year: number;
  /** Kommuner in the area (1 for a kommune). */
  members: number;
  /** Whether every member has cells this year; when false every figure below is null. */
  complete: boolean;
  /** Persons working in the area (arbeidsplasser). */
  jobs: number | null;
  /** Employed persons living in the area with a place of work in a kommune. */
  residents: number | null;
  /** Persons who live and work in the area. */
  inside: number | null;
  /** Persons working in the area who live elsewhere (innpendlere). */
  in_commuters: number | null;
  /** Employed residents working elsewhere (utpendlere). */
  out_commuters: number | null;
  /** jobs ÷ residents (arbeidsplassdekning). */
  job_ratio: number | null;
  /** inside ÷ residents: share of employed residents who work in the area (self-containment). */
  residents_inside: number | null;
  /** inside ÷ jobs: share of the area's jobs held by its residents. */
  jobs_inside: number | null;
  /**
   * Share (0–1) of the persons in flows to, from or inside the area whose flow was shared out by
   * population weight (a kommune split after the year); 0 when every flow is as reported or renumbered.
   */
  estimated_share: number | null;
  /** Jobs in the area as the `sysselsatte` indicator has them (SSB 11618), for comparison. */
  jobs_indicator: number | null;
  /** Employed residents as the `sysselsatte_bosted` indicator has them (SSB 11618), for comparison. */
  residents_indicator: number | null;
}

/**
 * Per year of the matrix: jobs, employed residents, live-and-work-here, in- and out-commuters, the
 * ratios, and the 11618 counts of jobs and employed residents for the same area and year.
 */
export function commutingSummaryQuery(code: string, members?: readonly string[]): Query {
  const area = areaSql(members);
  // An own region has no 11618 rows of its own: its members' are summed, only when all are there.
  const obs = members
    ? `obs AS (
  SELECT o.indicator, p.code AS region_code, o.year,
    CASE WHEN count(o.value) = (SELECT len(members) FROM area) THEN sum(o.value) END AS value
  FROM observations o, p
  WHERE o.indicator IN (p.jobs_indicator, p.residents_indicator) AND o.region_code IN (SELECT code FROM m)
  GROUP BY o.indicator, p.code, o.year
)`
    : '';
  const table = members ? 'obs' : 'observations';
  return {
    sql: `WITH p AS (SELECT ?::VARCHAR AS code, ?::VARCHAR AS jobs_indicator, ?::VARCHAR AS residents_indicator),
${area.sql},
m AS (SELECT unnest(members) AS code FROM area),
f AS (
  SELECT c.year, c.persons, c.status, c.work_code, c.home_code,
    c.work_code IN (SELECT code FROM m) AS w, c.home_code IN (SELECT code FROM m) AS h
  FROM commuting c
  WHERE c.work_code IN (SELECT code FROM m) OR c.home_code IN (SELECT code FROM m)
),
y AS (
  SELECT year,
    sum(persons) FILTER (WHERE w) AS jobs,
    sum(persons) FILTER (WHERE h) AS residents,
    coalesce(sum(persons) FILTER (WHERE w AND h), 0) AS inside,
    coalesce(sum(persons) FILTER (WHERE w AND NOT h), 0) AS in_commuters,
    coalesce(sum(persons) FILTER (WHERE h AND NOT w), 0) AS out_commuters,
    count(DISTINCT work_code) FILTER (WHERE w) AS work_members,
    count(DISTINCT home_code) FILTER (WHERE h) AS home_members,
    coalesce(sum(persons) FILTER (WHERE status = 'estimated'), 0) / sum(persons) AS estimated_share
  FROM f
  GROUP BY year
),
years AS (SELECT DISTINCT year FROM commuting),
n AS (SELECT len(members) AS members FROM area),
s AS (
  SELECT years.year, n.members, coalesce(y.work_members = n.members AND y.home_members = n.members, false) AS complete,
    y.jobs, y.residents, y.inside, y.in_commuters, y.out_commuters, y.estimated_share
  FROM years CROSS JOIN n LEFT JOIN y ON y.year = years.year
)${obs ? `,\n${obs}` : ''}
SELECT s.year, s.members, s.complete,
  CASE WHEN s.complete THEN s.jobs END AS jobs,
  CASE WHEN s.complete THEN s.residents END AS residents,
  CASE WHEN s.complete THEN s.inside END AS inside,
  CASE WHEN s.complete THEN s.in_commuters END AS in_commuters,
  CASE WHEN s.complete THEN s.out_commuters END AS out_commuters,
  CASE WHEN s.complete THEN s.jobs / NULLIF(s.residents, 0) END AS job_ratio,
  CASE WHEN s.complete THEN s.inside / NULLIF(s.residents, 0) END AS residents_inside,
  CASE WHEN s.complete THEN s.inside / NULLIF(s.jobs, 0) END AS jobs_inside,
  CASE WHEN s.complete THEN s.estimated_share END AS estimated_share,
  oj.value AS jobs_indicator,
  orr.value AS residents_indicator
FROM s
CROSS JOIN p
LEFT JOIN ${table} oj ON oj.indicator = p.jobs_indicator AND oj.region_code = p.code AND oj.year = s.year
LEFT JOIN ${table} orr ON orr.indicator = p.residents_indicator AND orr.region_code = p.code AND orr.year = s.year
ORDER BY s.year`,
    params: [code, JOBS_INDICATOR, EMPLOYED_RESIDENTS_INDICATOR, ...area.params],
  };
}

export type FlowDirection = 'in' | 'out';

export interface CommutingFlowRow {
  /** 'in': persons living in `other_code` who work in the area; 'out': residents working in `other_code`. */
  direction: FlowDirection;
  /** 1 = the largest flow in this direction. */
  rank: number;
  other_code: string;
  other_name: string;
  persons: number;
  /** Share of all in-commuters (direction 'in') or out-commuters ('out') of the year. */
  share: number;
  /** The same flow in `fromYear`: 0 when no one commuted, null when that year is missing for either end. */
  persons_from: number | null;
  /** Whether the flow rests on a flow shared out by population weight. */
  estimated: boolean;
}

/**
 * The `limit` (at most MAX_FLOWS) largest flows into and out of the area in `year`, to and from other
 * kommuner, with the same flows in `fromYear`. No rows for a year in which the area is missing.
 */
export function commutingFlowsQuery(
  code: string,
  year: number,
  fromYear: number,
  limit: number,
  members?: readonly string[],
): Query {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_FLOWS)
    throw new Error(`invalid limit: 1–${MAX_FLOWS} flows`);
  const area = areaSql(members);
  return {
    sql: `WITH p AS (SELECT ?::VARCHAR AS code, ?::INTEGER AS year, ?::INTEGER AS from_year, ?::INTEGER AS top),
${area.sql},
m AS (SELECT unnest(members) AS code FROM area),
present AS (
  SELECT DISTINCT c.year, c.work_code AS code FROM commuting c, p WHERE c.year IN (p.year, p.from_year)
),
complete AS (
  SELECT pr.year FROM present pr JOIN m ON m.code = pr.code
  GROUP BY pr.year HAVING count(*) = (SELECT count(*) FROM m)
),
flows AS (
  SELECT 'in' AS direction, c.home_code AS other_code, c.year, c.persons, c.status
  FROM commuting c
  WHERE c.year IN (SELECT year FROM complete) AND c.work_code IN (SELECT code FROM m) AND c.home_code NOT IN (SELECT code FROM m)
  UNION ALL
  SELECT 'out' AS direction, c.work_code AS other_code, c.year, c.persons, c.status
  FROM commuting c
  WHERE c.year IN (SELECT year FROM complete) AND c.home_code IN (SELECT code FROM m) AND c.work_code NOT IN (SELECT code FROM m)
),
g AS (
  SELECT f.direction, f.other_code,
    sum(f.persons) FILTER (WHERE f.year = p.year) AS persons,
    coalesce(sum(f.persons) FILTER (WHERE f.year = p.from_year), 0) AS persons_from,
    coalesce(bool_or(f.status = 'estimated') FILTER (WHERE f.year = p.year), false) AS estimated
  FROM flows f, p
  GROUP BY f.direction, f.other_code
),
ranked AS (
  SELECT g.direction, g.other_code, g.persons, g.persons / sum(g.persons) OVER (PARTITION BY g.direction) AS share,
    CASE WHEN p.from_year IN (SELECT year FROM complete)
      AND g.other_code IN (SELECT pr.code FROM present pr WHERE pr.year = p.from_year) THEN g.persons_from END AS persons_from,
    g.estimated,
    row_number() OVER (PARTITION BY g.direction ORDER BY g.persons DESC, g.other_code) AS rank
  FROM g, p
  WHERE g.persons IS NOT NULL
)
SELECT ranked.direction, ranked.rank, ranked.other_code, r.name AS other_name, ranked.persons, ranked.share,
  ranked.persons_from, ranked.estimated
FROM ranked
JOIN regions r ON r.code = ranked.other_code
CROSS JOIN p
WHERE ranked.rank <= p.top
ORDER BY ranked.direction, ranked.rank`,
    params: [code, year, fromYear, limit, ...area.params],
  };
}
