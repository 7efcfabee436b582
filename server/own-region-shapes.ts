/**
 * Query texts with own regions («egne regioner»). Their shape depends on how many member kommuner are
 * summed (one `(?, ?, ?)` row each in a VALUES list) and how many regions are asked for, so they cannot
 * all be listed at start (3 modes × 10 regions × 300 members). Instead the text is rebuilt by the
 * builder itself from the counts read off the request and must be identical, character for character
 * — still only the builders' exact SQL, with every value bound. The bound rows are then checked
 * against the app's own limits: at most MAX_GROUPS own regions of MAX_MEMBERS kommuner each, each row
 * naming an own region asked for, a 4-digit kommune and the region's true member count.
 */
import { MAX_REGIONS } from '../src/lib/config';
import type { Param, Query } from '../src/lib/db/engine';
import { MAX_GROUPS, MAX_MEMBERS } from '../src/lib/groups/group';
import { SERIES_SHAPES, seriesQuery } from '../src/lib/sql/series';
import { ownRegionValuesQuery } from '../src/lib/sql/own-ranking';
import { commutingFlowsQuery, commutingSummaryQuery } from '../src/lib/sql/commuting';

/** Largest number of summed rows a request may bind. */
export const MAX_OWN_MEMBERS = MAX_GROUPS * MAX_MEMBERS;

/** A family of texts: the builder's query for `members` summed rows and `regions` asked-for codes. */
interface OwnRegionFamily {
  name: string;
  build(members: number, regions: number): Query;
  /** Where the VALUES rows start among the parameters, and the asked-for codes (null: no such list). */
  layout(
    params: readonly Param[],
    regions: number,
    members: number,
  ): { rows: number; codes: readonly Param[] | null };
}

/** One own region with `members` placeholder kommuner: only the text's shape matters. */
function placeholderGroup(members: number) {
  return [{ code: 'r0', members: Array.from({ length: members }, (_, i) => `m${i}`) }];
}

const SERIES: OwnRegionFamily[] = SERIES_SHAPES.map((shape) => ({
  name: `seriesQuery:own:${shape.name}`,
  build: (members, regions) =>
    seriesQuery({
      indicator: 'x',
      regions: Array.from({ length: regions }, (_, i) => `r${i}`),
      mode: shape.mode,
      base: shape.base,
      groups: placeholderGroup(members),
    }),
  // seriesQuery binds the rows first, then the indicator and the asked-for codes.
  layout: (params, regions, members) => ({
    rows: 0,
    codes: params.slice(3 * members + 1, 3 * members + 1 + regions),
  }),
}));

/** The ranking's and map's own-region values: every own region bound is measured, so no list of codes. */
const RANKING: OwnRegionFamily = {
  name: 'ownRegionValuesQuery:own',
  build: (members) =>
    ownRegionValuesQuery({ indicator: 'x', fromYear: 2000, toYear: 2001, groups: placeholderGroup(members) }),
  layout: () => ({ rows: 0, codes: null }),
};

const FAMILIES: OwnRegionFamily[] = [...SERIES, RANKING];

const VALUES_ROWS = /^WITH grp\(code, member, size\) AS \(VALUES ((?:\(\?, \?, \?\), )*\(\?, \?, \?\))\),\n/;
/** The series' asked-for codes: the `s` table's region list. */
const ASKED_FOR = /\ns AS \(\n {2}SELECT [^?]*\? AND region_code IN \(((?:\?, )*\?)\)\n\)/;

export interface OwnRegionMatch {
  name: string;
  types: ('string' | 'number')[];
  /** null when the bound rows keep the limits, else why not. */
  check(params: readonly Param[]): string | null;
}

/**
 * The commuting page's queries for an own region bind its members one `(?::VARCHAR)` row each, after
 * the `p` row's values (code first): one text per member count, rebuilt by the builder like the others.
 */
const COMMUTING: { name: string; build(members: readonly string[]): Query; fixed: number }[] = [
  { name: 'commutingSummaryQuery:own', build: (m) => commutingSummaryQuery('x', m), fixed: 3 },
  { name: 'commutingFlowsQuery:own', build: (m) => commutingFlowsQuery('x', 2000, 2000, 1, m), fixed: 4 },
];
const MEMBER_ROWS = /\ngrp\(code\) AS \(VALUES ((?:\(\?::VARCHAR\), )*\(\?::VARCHAR\))\),\n/;

function matchOwnCommuting(sql: string): OwnRegionMatch | null {
  const rows = MEMBER_ROWS.exec(sql);
  if (!rows) return null;
  const members = (rows[1] ?? '').split('(').length - 1;
  if (members > MAX_MEMBERS) return null;
  const placeholders = Array.from({ length: members }, (_, i) => `m${i}`);
  for (const family of COMMUTING) {
    const query = family.build(placeholders);
    if (query.sql !== sql) continue;
    return {
      name: `${family.name}:${members}`,
      types: query.params.map((p) => (typeof p === 'number' ? 'number' : 'string')),
      check: (params) => {
        const code = String(params[0]);
        if (!OWN_CODE.test(code)) return `invalid own region: «${code.slice(0, 20)}» is not an own region`;
        const bound = params.slice(family.fixed).map(String);
        const bad = bound.find((m) => !KOMMUNE.test(m));
        if (bad !== undefined) return `invalid own region member: «${bad.slice(0, 20)}»`;
        if (new Set(bound).size !== bound.length) return `invalid own region: a kommune named twice`;
        return null;
      },
    };
  }
  return null;
}

/** The own-region query this text is, or null when no builder produces it. */
export function matchOwnRegionQuery(sql: string): OwnRegionMatch | null {
  const rows = VALUES_ROWS.exec(sql);
  if (!rows) return matchOwnCommuting(sql);
  const asked = ASKED_FOR.exec(sql);
  const members = (rows[1] ?? '').split('(').length - 1;
  const regions = asked ? (asked[1] ?? '').split('?').length - 1 : 0;
  if (members > MAX_OWN_MEMBERS || regions > MAX_REGIONS) return null;
  for (const family of FAMILIES) {
    // A builder refuses counts it cannot make (a series of no regions): then it is not this family.
    let query: Query;
    try {
      query = family.build(members, regions);
    } catch {
      continue;
    }
    if (query.sql !== sql) continue;
    return {
      name: asked ? `${family.name}:${regions}:${members}` : `${family.name}:${members}`,
      types: query.params.map((p) => (typeof p === 'number' ? 'number' : 'string')),
      check: (params) => {
        const { rows: start, codes } = family.layout(params, regions, members);
        return checkRows(params.slice(start, start + 3 * members), codes);
      },
    };
  }
  return null;
}

const OWN_CODE = /^egen-[1-9]$/;
const KOMMUNE = /^[0-9]{4}$/;

/** The bound `(code, member, size)` rows describe at most MAX_GROUPS asked-for own regions, truly sized. */
function checkRows(flat: readonly Param[], asked: readonly Param[] | null): string | null {
  const members = new Map<string, Set<string>>();
  const sizes = new Map<string, number>();
  for (let i = 0; i < flat.length; i += 3) {
    const [code, member, size] = [String(flat[i]), String(flat[i + 1]), Number(flat[i + 2])];
    if (!OWN_CODE.test(code) || (asked !== null && !asked.includes(code)))
      return `invalid own region: «${code.slice(0, 20)}» is not an own region asked for`;
    if (!KOMMUNE.test(member)) return `invalid own region member: «${member.slice(0, 20)}»`;
    const set = members.get(code) ?? new Set<string>();
    set.add(member);
    members.set(code, set);
    if (sizes.has(code) && sizes.get(code) !== size) return `invalid own region size for ${code}`;
    sizes.set(code, size);
  }
  if (members.size > MAX_GROUPS) return `too many own regions: at most ${MAX_GROUPS}`;
  for (const [code, set] of members) {
    if (set.size > MAX_MEMBERS) return `too many members in ${code}: at most ${MAX_MEMBERS}`;
    if (set.size !== sizes.get(code)) return `invalid own region size for ${code}: ${set.size} members`;
  }
  return null;
}
