/**
 * The SQL server is not a general SQL endpoint: it runs only the exact SQL texts the project's query
 * builders (src/lib/sql) produce, with every value bound as a parameter. The allowed set is built by
 * calling the builders themselves — every mode × 1..MAX_REGIONS placeholders, and the catalogue
 * queries — so a builder change is picked up without editing a list of strings. Anything else
 * (DDL, EXPLAIN, table functions such as read_csv, a builder text with one character changed) is
 * rejected before DuckDB sees it.
 *
 * Texts with own regions (a VALUES list of summed kommuner, one row per member) are matched by
 * rebuilding them from their counts (./own-region-shapes.ts), not listed.
 *
 * A new builder in src/lib/sql must be added to `builderQueries` below to be served.
 */
import { MAX_REGIONS } from '../src/lib/config';
import { placeholderCount } from '../src/lib/db/engine';
import type { Param, Query } from '../src/lib/db/engine';
import { commutingFlowsQuery, commutingSummaryQuery } from '../src/lib/sql/commuting';
import {
  coverageMatrixQuery,
  coverageQuery,
  indicatorsQuery,
  regionsQuery,
  sourcesQuery,
} from '../src/lib/sql/catalogue';
import { populationMembersQuery, rankingValuesQuery } from '../src/lib/sql/ranking';
import { sectorRegionsQuery, sectorValuesQuery } from '../src/lib/sql/sectors';
import { growthRankQuery, regionCoverageQuery } from '../src/lib/sql/region';
import { SERIES_SHAPES, seriesQuery } from '../src/lib/sql/series';
import { ownRegionValuesQuery } from '../src/lib/sql/own-ranking';
import { matchOwnRegionQuery } from './own-region-shapes';

export interface AllowedQuery {
  /** Which builder produced the text, e.g. `seriesQuery:indexed:3`; sent as a response header. */
  name: string;
  /** Number of `?` placeholders: the request must bind exactly this many values. */
  placeholders: number;
  /** The type the builder binds at each placeholder: a year is a number, a code a string. */
  types: ('string' | 'number')[];
  /** Further limits on the bound values (own regions' members); null when they hold. */
  check?: (params: readonly Param[]) => string | null;
}

/** Longest string a parameter may be: region codes, indicator ids. Longer values are not ours. */
export const MAX_PARAM_LENGTH = 200;

/**
 * Every query a builder can produce, with placeholder values that only fix the SQL's shape. Names
 * start with the builder's function name (a test checks every `*Query` export of src/lib/sql is here).
 */
export function builderQueries(): { name: string; query: Query }[] {
  const out: { name: string; query: Query }[] = [
    { name: 'indicatorsQuery', query: indicatorsQuery() },
    { name: 'sourcesQuery', query: sourcesQuery() },
    { name: 'regionsQuery', query: regionsQuery() },
    { name: 'coverageQuery', query: coverageQuery('x') },
    { name: 'coverageMatrixQuery', query: coverageMatrixQuery() },
    // The region report's queries run at build time today; served too, so a live report can use them.
    { name: 'regionCoverageQuery', query: regionCoverageQuery('x') },
    { name: 'growthRankQuery', query: growthRankQuery('x', 'kommune', '', 2000, 2001) },
    // The ranking, map and peer views.
    {
      name: 'rankingValuesQuery',
      query: rankingValuesQuery({
        indicator: 'x',
        level: 'kommune',
        kind: '',
        fylke: '',
        fromYear: 2000,
        toYear: 2001,
      }),
    },
    // The ranking's size classes: one text with an upper bound, one without (50 000 and more).
    ...[1, null].flatMap((max) => {
      const size = { year: 2000, min: 0, max };
      const kind = max === null ? 'open' : 'bounded';
      const scope = { indicator: 'x', level: 'kommune', kind: '', fylke: '', fromYear: 2000, toYear: 2001 };
      return [
        { name: `rankingValuesQuery:size-${kind}`, query: rankingValuesQuery({ ...scope, size }) },
        { name: `populationMembersQuery:${kind}`, query: populationMembersQuery({ ...scope, size }) },
      ];
    }),
    // Own regions in the ranking and map: one member here; any number up to 300 is matched by shape.
    {
      name: 'ownRegionValuesQuery',
      query: ownRegionValuesQuery({
        indicator: 'x',
        fromYear: 2000,
        toYear: 2001,
        groups: [{ code: 'egen-1', members: ['0000'] }],
      }),
    },
    // Shift-share (SSB 13472 by sector): the regions covered, and one region's figures for two years.
    { name: 'sectorRegionsQuery', query: sectorRegionsQuery() },
    { name: 'sectorValuesQuery', query: sectorValuesQuery({ region: 'x', from: 2000, to: 2001 }) },
    // Commuting (SSB 03321): one text each; the region, years and number of flows are parameters.
    { name: 'commutingSummaryQuery', query: commutingSummaryQuery('x') },
    { name: 'commutingFlowsQuery', query: commutingFlowsQuery('x', 2000, 2000, 1) },
  ];
  for (const shape of SERIES_SHAPES) {
    for (let n = 1; n <= MAX_REGIONS; n++) {
      const regions = Array.from({ length: n }, (_, i) => `r${i}`);
      out.push({
        name: `seriesQuery:${shape.name}:${n}`,
        query: seriesQuery({ indicator: 'x', regions, mode: shape.mode, base: shape.base }),
      });
    }
  }
  return out;
}

/** SQL text → what it is. Built once at server start. */
export function allowedQueries(): Map<string, AllowedQuery> {
  const map = new Map<string, AllowedQuery>();
  for (const { name, query } of builderQueries()) {
    const types = query.params.map((p) => (typeof p === 'number' ? 'number' : 'string'));
    map.set(query.sql, { name, placeholders: placeholderCount(query.sql), types });
  }
  return map;
}

export type CheckResult = { ok: true; query: Query; name: string } | { ok: false; error: string };

function isParam(v: unknown): v is Param {
  // Builders bind strings (indicator, region codes) and numbers (base year); nothing else is needed.
  if (typeof v === 'string') return v.length <= MAX_PARAM_LENGTH;
  return typeof v === 'number' && Number.isFinite(v);
}

/** Validates a parsed request body `{ sql, params }` against the allowed set. */
export function checkQuery(body: unknown, allowed: ReadonlyMap<string, AllowedQuery>): CheckResult {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, error: 'body must be a JSON object {"sql": string, "params": array}' };
  }
  const { sql, params } = body as Record<string, unknown>;
  if (typeof sql !== 'string') return { ok: false, error: '"sql" must be a string' };
  if (!Array.isArray(params)) return { ok: false, error: '"params" must be an array' };
  const own = allowed.has(sql) ? null : matchOwnRegionQuery(sql);
  const entry =
    allowed.get(sql) ??
    (own && { name: own.name, placeholders: own.types.length, types: own.types, check: own.check });
  if (!entry)
    return {
      ok: false,
      error: 'query not allowed: only SQL produced by the Regionpuls query builders is served',
    };
  if (params.length !== entry.placeholders) {
    return {
      ok: false,
      error: `invalid parameters: ${entry.name} takes ${entry.placeholders}, got ${params.length}`,
    };
  }
  const bad = params.findIndex((p) => !isParam(p));
  if (bad >= 0) {
    return {
      ok: false,
      error: `invalid parameter ${bad + 1}: a string of at most ${MAX_PARAM_LENGTH} characters or a finite number`,
    };
  }
  // A string where the builder binds a year would reach DuckDB as a failed cast (a 500 with its text).
  const mistyped = params.findIndex((p, i) => entry.types[i] !== undefined && typeof p !== entry.types[i]);
  if (mistyped >= 0)
    return {
      ok: false,
      error: `invalid parameter ${mistyped + 1}: ${entry.name} binds a ${entry.types[mistyped]} there`,
    };
  const limit = entry.check?.(params as Param[]);
  if (limit) return { ok: false, error: limit };
  return { ok: true, query: { sql, params: params as Param[] }, name: entry.name };
}
