/**
 * A user's own region («egen region»): a name and a list of 2024 kommuner, summed like a shipped
 * grouping (only in years where every member has a value). It has no row in the regions table; it lives
 * in the URL (`g1=Vår region:3101,3103,3105`, up to `g5`), in the browser and in the targets file, and
 * takes part in a comparison through its synthetic code `egen-1` … `egen-5` in `regions=`.
 *
 * The code keeps the characters of every other region code ([A-Za-z0-9-]), so links stay readable and
 * the existing code checks hold; the prefix `egen-` is reserved (no grouping in data/regions may use it).
 */
import type { RegionInfo } from '../series/load';

/** At most this many own regions in one view or link. */
export const MAX_GROUPS = 5;
/** Members per own region: a fylke-sized area, and a link that stays short enough to share. */
export const MAX_MEMBERS = 60;
/** Characters of a name; longer names do not fit a legend. */
export const MAX_NAME = 60;
/** Longest URL value read at all: 60 codes, commas and a name fit well within it. */
const MAX_PARAM = 400;

export interface OwnGroup {
  /** 1 … MAX_GROUPS: the `gN` parameter and the code `egen-N`. */
  slot: number;
  name: string;
  /** 2024 kommune codes, in the order picked, no repeats. */
  members: string[];
}

/** Why a group in a link or file was refused; said to the user in words (i18n `groups.refused`). */
export type GroupProblem =
  | 'format'
  | 'name'
  | 'no-members'
  | 'too-many-members'
  | 'unknown-members'
  | 'too-long'
  | 'too-many-groups';

export interface GroupRefusal {
  /** The parameter or place it came from: `g3`. */
  param: string;
  problem: GroupProblem;
  /** Up to five offending values (unknown codes), each trimmed to 20 characters. */
  values: string[];
}

const CODE_PATTERN = /^egen-([1-9])$/;
const PARAM_PATTERN = /^g([0-9]{1,3})$/;
const KOMMUNE = /^[0-9]{4}$/;
// Control characters would break a legend or a CSV header line; a name is for people.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export function groupCode(slot: number): string {
  return `egen-${slot}`;
}

/** The slot of an own region's code, or null: `egen-2` → 2. */
export function groupSlot(code: string): number | null {
  const m = CODE_PATTERN.exec(code);
  const slot = m ? Number(m[1]) : 0;
  return slot >= 1 && slot <= MAX_GROUPS ? slot : null;
}

export function isGroupCode(code: string): boolean {
  return groupSlot(code) !== null;
}

export function isOwnGroup(v: unknown): v is OwnGroup {
  if (typeof v !== 'object' || v === null) return false;
  const g = v as Record<string, unknown>;
  return (
    typeof g.slot === 'number' &&
    typeof g.name === 'string' &&
    Array.isArray(g.members) &&
    g.members.every((m) => typeof m === 'string')
  );
}

/**
 * Checks a name and members from any source (a link, the form, a file) against the limits and the
 * kommune list; returns the group or the reason it cannot be used. A group with one unknown member is
 * refused whole: its sums would silently leave that kommune out.
 */
export function validateGroup(
  slot: number,
  rawName: string,
  rawMembers: readonly string[],
  isKommune: (code: string) => boolean,
): OwnGroup | { problem: GroupProblem; values: string[] } {
  const name = rawName.trim().replace(/\s+/g, ' ');
  if (name === '' || name.length > MAX_NAME || CONTROL.test(rawName)) return { problem: 'name', values: [] };
  const members: string[] = [];
  const unknown: string[] = [];
  for (const raw of rawMembers) {
    const code = raw.trim();
    if (code === '') continue;
    if (!KOMMUNE.test(code) || !isKommune(code)) unknown.push(code.slice(0, 20));
    else if (!members.includes(code)) members.push(code);
  }
  if (unknown.length) return { problem: 'unknown-members', values: [...new Set(unknown)].slice(0, 5) };
  if (members.length === 0) return { problem: 'no-members', values: [] };
  if (members.length > MAX_MEMBERS) return { problem: 'too-many-members', values: [] };
  return { slot, name, members };
}

/**
 * Reads `g1` … `g5` from a query string; never throws. `isKommune` says which codes are 2024 kommuner.
 * @example parseGroups(new URLSearchParams('g1=Vår region:3103,3112'), isKommune).groups
 *   // [{ slot: 1, name: 'Vår region', members: ['3103', '3112'] }]
 */
export function parseGroups(
  params: URLSearchParams,
  isKommune: (code: string) => boolean,
): { groups: OwnGroup[]; refused: GroupRefusal[] } {
  const groups: OwnGroup[] = [];
  const refused: GroupRefusal[] = [];
  let beyond = 0;
  for (const [key, raw] of params) {
    const m = PARAM_PATTERN.exec(key);
    if (!m) continue;
    const slot = Number(m[1]);
    if (slot < 1 || slot > MAX_GROUPS) {
      beyond++;
      continue;
    }
    // A repeated gN: the first one counts, as URLSearchParams.get would read it.
    if (groups.some((g) => g.slot === slot) || refused.some((r) => r.param === key)) continue;
    if (raw.length > MAX_PARAM) {
      refused.push({ param: key, problem: 'too-long', values: [] });
      continue;
    }
    // The members come last: a name may hold a colon, a kommune code never does.
    const colon = raw.lastIndexOf(':');
    if (colon < 0) {
      refused.push({ param: key, problem: 'format', values: [] });
      continue;
    }
    const result = validateGroup(slot, raw.slice(0, colon), raw.slice(colon + 1).split(','), isKommune);
    if ('problem' in result) refused.push({ param: key, ...result });
    else groups.push(result);
  }
  if (beyond > 0) refused.push({ param: 'g', problem: 'too-many-groups', values: [] });
  return { groups: groups.sort((a, b) => a.slot - b.slot), refused };
}

/** The `gN` value of a group: `Vår region:3103,3112,3114`. */
export function groupParam(group: OwnGroup): string {
  return `${group.name}:${group.members.join(',')}`;
}

/** Writes every group as `gN` (the inverse of parseGroups). */
export function setGroupParams(params: URLSearchParams, groups: readonly OwnGroup[]): void {
  for (const g of groups) params.set(`g${g.slot}`, groupParam(g));
}

/** The lowest slot not taken, or null when all MAX_GROUPS are. */
export function freeSlot(groups: readonly Pick<OwnGroup, 'slot'>[]): number | null {
  for (let slot = 1; slot <= MAX_GROUPS; slot++) if (!groups.some((g) => g.slot === slot)) return slot;
  return null;
}

/** What a query builder needs to sum a group: its code and members. */
export interface GroupSum {
  code: string;
  members: readonly string[];
}

export function groupSums(groups: readonly OwnGroup[]): GroupSum[] {
  return groups.map((g) => ({ code: groupCode(g.slot), members: g.members }));
}

/** An own region as a row of the region list, so search, legends, tables and files name it like any region. */
export function groupRegion(group: OwnGroup): RegionInfo {
  return {
    code: groupCode(group.slot),
    name: group.name,
    level: 'region',
    kind: 'egen',
    fylke_code: null,
    members: [...group.members],
    source: '',
  };
}

/**
 * The path of an own region's report, the region carried in the link like everywhere else:
 * `/region/egen-1?g1=Vår region:3103,3112` (URL-encoded).
 */
export function ownReportPath(group: OwnGroup): string {
  const params = new URLSearchParams();
  setGroupParams(params, [group]);
  return `/region/${groupCode(group.slot)}?${params.toString().replace(/%2C/g, ',')}`;
}

/**
 * The report of a region in a view: a shipped region's prerendered page, or an own region's page with
 * its members in the link; null for an own region the view does not define.
 */
export function reportPath(code: string, groups: readonly OwnGroup[]): string | null {
  if (!isGroupCode(code)) return `/region/${encodeURIComponent(code)}`;
  const group = groups.find((g) => groupCode(g.slot) === code);
  return group ? ownReportPath(group) : null;
}

/**
 * An own region as a report's region: the fylke its members all lie in, if they share one, so it is
 * compared with that fylke as a kommune or a grouping inside one is; null when they span fylker.
 */
export function ownReportRegion(
  group: OwnGroup,
  regions: readonly Pick<RegionInfo, 'code' | 'fylke_code'>[],
): RegionInfo {
  const fylker = new Set(group.members.map((m) => regions.find((r) => r.code === m)?.fylke_code ?? null));
  const [only] = fylker;
  return { ...groupRegion(group), fylke_code: fylker.size === 1 ? (only ?? null) : null };
}
