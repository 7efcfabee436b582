/**
 * The targets file read and written: `parseTarget`, `parseTargetFile` and `parseOwnRegions` turn unknown
 * input (a JSON file, localStorage, a URL) into targets and own regions or a TargetError that names the
 * place; `targetFile` writes them back. The limits and patterns are file-format.ts's.
 */
import { MAX_MEMBERS, MAX_NAME, validateGroup } from '../groups/group';
import {
  CODE,
  KOMMUNE,
  MAX_FILE_OWN_REGIONS,
  MAX_REGION_PARTS,
  SLUG,
  TARGET_FILE_VERSION,
  TARGET_KINDS,
  TEXT_LIMITS,
  YEARS,
} from './file-format';
import type { TargetKind } from './file-format';
import { TargetError, place, regionParts } from './model';
import type { Target, TargetFileWords, Where } from './model';
import { ownRegionMembersProblem, resolveOwnRegion, writeOwnRegions } from './own-region';
import type { FileOwnRegion } from './own-region';

function field(obj: Record<string, unknown>, key: string, where: Where): unknown {
  if (!(key in obj)) throw new TargetError((w) => w.missing(place(where, w), key));
  return obj[key];
}

function text(
  obj: Record<string, unknown>,
  key: keyof typeof TEXT_LIMITS,
  where: Where,
  optional = false,
): string {
  const max = TEXT_LIMITS[key];
  const v = optional ? (obj[key] ?? '') : field(obj, key, where);
  if (typeof v !== 'string') throw new TargetError((w) => w.notText(place(where, w), key));
  if (v.length > max) throw new TargetError((w) => w.tooLong(place(where, w), key, max));
  return v;
}

function year(obj: Record<string, unknown>, key: string, where: Where): number {
  const v = field(obj, key, where);
  if (typeof v !== 'number' || !Number.isInteger(v) || v < YEARS.min || v > YEARS.max) {
    throw new TargetError((w) => w.badYear(place(where, w), key, YEARS.min, YEARS.max, JSON.stringify(v)));
  }
  return v;
}

function regionCode(
  o: Record<string, unknown>,
  where: Where,
  ownRegions: readonly FileOwnRegion[],
): { region: string; own_region?: string } {
  // A target made in the page names its own region's members in full: up to 60 codes, past the usual 200 characters.
  const raw =
    typeof o.own_region === 'string' &&
    typeof o.region === 'string' &&
    o.region.length < (MAX_MEMBERS + 1) * 5
      ? o.region
      : text(o, 'region', where);
  let resolved = resolveOwnRegion(raw, ownRegions);
  if (resolved === null) throw new TargetError((w) => w.problem(place(where, w), w.ownRegionPointer(raw)));
  if (resolved.own_region === undefined && o.own_region !== undefined) {
    if (typeof o.own_region !== 'string' || o.own_region.length < 1 || o.own_region.length > MAX_NAME)
      throw new TargetError((w) => w.ownRegionName(place(where, w), MAX_NAME));
    resolved = { region: resolved.region, own_region: o.own_region };
  }
  const { region } = resolved;
  if (resolved.own_region !== undefined) {
    const problem = ownRegionMembersProblem(region);
    if (problem) throw new TargetError((w) => w.problem(place(where, w), problem(w)));
    return resolved;
  }
  const parts = regionParts(region);
  if (parts.length > MAX_REGION_PARTS || !parts.every((p) => CODE.test(p)))
    throw new TargetError((w) => w.badRegion(place(where, w), region));
  if (new Set(parts).size !== parts.length)
    throw new TargetError((w) => w.regionTwice(place(where, w), region));
  return { region };
}

/**
 * Validates one target; `where` names it in messages («mål 2»). `ownRegions` are the file's, which an
 * `egen-N` region points into; a target made in the page brings its own region as `own_region` instead.
 */
export function parseTarget(input: unknown, where: Where, ownRegions: readonly FileOwnRegion[] = []): Target {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new TargetError((w) => w.notObject(place(where, w)));
  const o = input as Record<string, unknown>;
  const id = text(o, 'id', where);
  if (!SLUG.test(id)) throw new TargetError((w) => w.badId(place(where, w), id));
  const { region, own_region } = regionCode(o, where, ownRegions);
  const indicator = text(o, 'indicator', where);
  if (!SLUG.test(indicator.replace(/_/g, '-')))
    throw new TargetError((w) => w.badIndicator(place(where, w), indicator));
  const kind = field(o, 'kind', where);
  if (typeof kind !== 'string' || !(TARGET_KINDS as readonly string[]).includes(kind)) {
    throw new TargetError((w) => w.badKind(place(where, w), TARGET_KINDS.join(', '), JSON.stringify(kind)));
  }
  const amount = field(o, 'amount', where);
  if (typeof amount !== 'number' || !Number.isFinite(amount))
    throw new TargetError((w) => w.amountNotNumber(place(where, w)));
  if (kind === 'rate' && Math.abs(amount) >= 1)
    throw new TargetError((w) => w.rateShare(place(where, w), amount));
  const base_year = year(o, 'base_year', where);
  const end_year = year(o, 'end_year', where);
  if (end_year <= base_year)
    throw new TargetError((w) => w.endBeforeBase(place(where, w), end_year, base_year));
  const source_url = text(o, 'source_url', where, true);
  if (source_url !== '' && !/^https?:\/\//.test(source_url))
    throw new TargetError((w) => w.badUrl(place(where, w)));
  const illustration = o.illustration ?? false;
  if (typeof illustration !== 'boolean') throw new TargetError((w) => w.badIllustration(place(where, w)));
  return {
    id,
    title: text(o, 'title', where),
    region,
    indicator,
    base_year,
    kind: kind as TargetKind,
    amount,
    end_year,
    set_by: text(o, 'set_by', where, true),
    source: text(o, 'source', where, true),
    source_url,
    illustration,
    note: text(o, 'note', where, true),
    ...(own_region === undefined ? {} : { own_region }),
  };
}

/** The export/import file: `{ "regionpuls_targets": 1, "targets": [...] }`. */
export function parseTargetFile(input: unknown): Target[] {
  if (typeof input !== 'object' || input === null) throw new TargetError((w) => w.notObjectFile);
  const o = input as Record<string, unknown>;
  if (o.regionpuls_targets !== TARGET_FILE_VERSION) {
    throw new TargetError((w) => w.notTargetFile(TARGET_FILE_VERSION));
  }
  if (!Array.isArray(o.targets)) throw new TargetError((w) => w.noTargets);
  const ownRegions = parseOwnRegions(input);
  const targets = o.targets.map((t, i) => parseTarget(t, (w) => w.targetNo(i + 1), ownRegions));
  const seen = new Set<string>();
  for (const t of targets) {
    if (seen.has(t.id)) throw new TargetError((w) => w.sameId(t.id));
    seen.add(t.id);
  }
  return targets;
}

/**
 * The user's own regions (src/lib/groups) travel in the same file, as `own_regions: [{ name, members }]`
 * beside the targets. The field is optional, so files written before it load unchanged. Members are
 * checked for form here (four-digit kommune numbers); the comparison page checks them against the
 * kommune list when it offers the regions.
 */
export function parseOwnRegions(input: unknown): { name: string; members: string[] }[] {
  const o = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  if (o.own_regions === undefined) return [];
  if (!Array.isArray(o.own_regions)) throw new TargetError((w) => w.ownRegionsNotList);
  if (o.own_regions.length > MAX_FILE_OWN_REGIONS)
    throw new TargetError((w) => w.tooManyOwnRegions(MAX_FILE_OWN_REGIONS));
  return o.own_regions.map((raw: unknown, i) => {
    const where = (w: TargetFileWords) => w.ownRegionNo(i + 1);
    const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    if (
      typeof r.name !== 'string' ||
      !Array.isArray(r.members) ||
      !r.members.every((m) => typeof m === 'string')
    )
      throw new TargetError((w) => w.ownRegionShape(where(w)));
    const checked = validateGroup(1, r.name, r.members as string[], (c) => KOMMUNE.test(c));
    if ('problem' in checked) {
      const why = (w: TargetFileWords) =>
        checked.problem === 'name'
          ? w.nameLength(MAX_NAME)
          : checked.problem === 'too-many-members'
            ? w.tooManyMembers(MAX_MEMBERS)
            : checked.problem === 'no-members'
              ? w.noMembers
              : w.notKommuner(checked.values.map((v) => `«${v}»`).join(', '));
      throw new TargetError((w) => w.problem(where(w), why(w)));
    }
    return { name: checked.name, members: checked.members };
  });
}

/**
 * The file: the targets, and `own_regions` — those targets are set on (a target names its own region
 * `egen-N`) and the ones this browser remembers. Written even with no target, so own regions alone
 * can be shared as a file.
 */
export function targetFile(
  targets: readonly Target[],
  remembered: readonly { name: string; members: readonly string[] }[] = [],
): string {
  const written = writeOwnRegions(
    targets,
    remembered.map((r) => ({ name: r.name, members: [...r.members] })),
  );
  return JSON.stringify(
    {
      regionpuls_targets: TARGET_FILE_VERSION,
      targets: written.targets,
      ...(written.ownRegions.length ? { own_regions: written.ownRegions } : {}),
    },
    null,
    2,
  );
}
