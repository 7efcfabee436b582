/**
 * Targets on an own region («egen region»). In memory such a target is a sum of its member kommuner
 * (`region: "3103+3112+3114"`, summed only in years where every member has a value, like any sum of
 * regions) with the region's name in `own_region`, so evaluation, lookup and series keys need nothing
 * new. In a file or link the region is written once, in `own_regions`, and the target points at it:
 * `region: "egen-2"` is the file's second own region — a file stays readable and the members are not
 * repeated per target.
 */
import { MAX_MEMBERS } from '../groups/group';
import { KOMMUNE, MAX_FILE_OWN_REGIONS } from './file-format';
import type { Messages } from '../i18n/nb';

/** A problem in the reader's language, from the catalogue's words for targets files. */
type Problem = (words: Messages['targetFile']) => string;

export interface FileOwnRegion {
  name: string;
  members: string[];
}

/** The pointer a file's target uses for its `n`-th own region (1-based). */
const FILE_POINTER = /^egen-([0-9]{1,2})$/;

const sameRegion = (a: FileOwnRegion, b: FileOwnRegion) =>
  a.name === b.name && a.members.join('+') === b.members.join('+');

/**
 * A file target's `region` resolved against the file's own regions: `egen-2` → its members joined by
 * «+» and its name; any other region is left as it is. Null for a pointer to an own region the file
 * does not have.
 */
export function resolveOwnRegion(
  region: string,
  ownRegions: readonly FileOwnRegion[],
): { region: string; own_region?: string } | null {
  const m = FILE_POINTER.exec(region);
  if (!m) return { region };
  const own = ownRegions[Number(m[1]) - 1];
  if (!own) return null;
  return { region: own.members.join('+'), own_region: own.name };
}

/** An own-region target's members: the parts of its sum, each a kommune, at most MAX_MEMBERS. */
export function ownRegionMembersProblem(region: string): Problem | null {
  const parts = region.split('+');
  if (parts.length > MAX_MEMBERS) return (w) => w.ownRegionTooBig(MAX_MEMBERS);
  if (!parts.every((p) => KOMMUNE.test(p))) return (w) => w.ownRegionNotKommuner(region);
  if (new Set(parts).size !== parts.length) return (w) => w.ownRegionKommuneTwice(region);
  return null;
}

/**
 * The file's `own_regions` — those targets are set on first, then the remembered ones while they fit
 * (MAX_FILE_OWN_REGIONS) — and the targets with their own region written as a pointer into that list.
 */
export function writeOwnRegions<T extends { region: string; own_region?: string }>(
  targets: readonly T[],
  remembered: readonly FileOwnRegion[],
): { targets: T[]; ownRegions: FileOwnRegion[] } {
  const ownRegions: FileOwnRegion[] = [];
  const written = targets.map((t) => {
    if (t.own_region === undefined) return t;
    const own = { name: t.own_region, members: t.region.split('+') };
    let i = ownRegions.findIndex((r) => sameRegion(r, own));
    if (i < 0) i = ownRegions.push(own) - 1;
    const { own_region: _name, ...rest } = t;
    return { ...rest, region: `egen-${i + 1}` } as T;
  });
  for (const r of remembered) {
    if (ownRegions.length >= MAX_FILE_OWN_REGIONS) break;
    if (!ownRegions.some((o) => sameRegion(o, r))) ownRegions.push({ name: r.name, members: [...r.members] });
  }
  return { targets: written, ownRegions };
}
