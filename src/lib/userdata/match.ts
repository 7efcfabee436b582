/**
 * A user's region column matched to Regionpuls's regions: by code («3103», «K-3103 Moss»), by name as
 * the search box compares names, or by an old kommune number carried to 2024 borders where that is exact.
 */
import { t } from '../i18n';
import type { CodeHistory, UserRegion } from './read';
import { foldCell as fold } from './text';

export interface Matcher {
  byCode: Map<string, UserRegion>;
  byName: Map<string, UserRegion[]>;
  history: CodeHistory;
  oldByName: Map<string, string[]>;
  /** «3002 Moss → 3103 Moss» for each old number carried so far. */
  carried: Set<string>;
}

export function matcher(regions: readonly UserRegion[], history: CodeHistory = {}): Matcher {
  const byCode = new Map(regions.map((r) => [r.code.toLowerCase(), r]));
  const byName = new Map<string, UserRegion[]>();
  for (const r of regions) {
    // «Våler (Østfold)» is also found as «Våler», which then names two kommuner.
    for (const key of new Set([fold(r.name), fold(r.name.replace(/\s*\(.*\)$/, ''))]))
      byName.set(key, [...(byName.get(key) ?? []), r]);
  }
  const oldByName = new Map<string, string[]>();
  for (const [code, old] of Object.entries(history))
    oldByName.set(fold(old.name), [...(oldByName.get(fold(old.name)) ?? []), code]);
  return { byCode, byName, history, oldByName, carried: new Set() };
}

/**
 * An old kommune number at 2024 borders: carried when it was all of one 2024 kommune (a renumbering),
 * refused with the reason otherwise — a part of a merged kommune or a split one cannot be carried
 * without knowing whether the values may be summed or shared out.
 */
function fromHistory(m: Matcher, code: string, label: string | undefined): UserRegion | string | null {
  const old = m.history[code];
  if (!old) return null;
  const was = `«${code} ${old.name}» (${old.years[0]}–${old.years[1]})`;
  if (label && !fold(old.name).startsWith(fold(label).split(/\s+-\s+/)[0]!))
    return t.readErrors.wasNumber(code, label, old.name);
  const now = Object.keys(old.to).map((c) => m.byCode.get(c.toLowerCase()));
  if (now.some((r) => !r)) return null;
  const names = now.map((r) => `${r!.code} ${r!.name}`);
  if (now.length > 1) return t.readErrors.split(was, t.listJoin(names));
  if (!old.whole) return t.readErrors.partOf(was, names[0]!);
  m.carried.add(`${code} ${old.name} → ${names[0]}`);
  return now[0]!;
}

export function matchRegion(m: Matcher, raw: string): UserRegion | string {
  const s = raw.trim();
  // «3103 Moss» and «K-3103 Moss» as SSB writes them: the code decides.
  const labelled = /^(?:K-)?(\d{2,4})(?:\s+(.*))?$/i.exec(s);
  const code = labelled?.[1] ?? s;
  const hit = m.byCode.get(code.toLowerCase());
  if (hit) {
    // A name after the number must be that region's, or the row may belong to another one.
    const label = labelled?.[2];
    if (label && !fold(hit.name).startsWith(fold(label).split(/\s+-\s+/)[0]!))
      return t.readErrors.isNumber(s, hit.code, label, hit.name);
    return hit;
  }
  const carried = fromHistory(m, code, labelled?.[2]);
  if (carried) return carried;
  const named = m.byName.get(fold(s)) ?? [];
  if (named.length === 1) return named[0]!;
  // «Moss» is the kommune, not the BA-region or økonomisk region of the same name (as in the search box).
  const kommuner = named.filter((r) => r.level === 'kommune');
  if (kommuner.length === 1) return kommuner[0]!;
  if (named.length > 1) return t.readErrors.ambiguous(s, named.map((r) => `${r.name} ${r.code}`).join(', '));
  const oldCodes = m.oldByName.get(fold(s)) ?? [];
  if (oldCodes.length === 1) return fromHistory(m, oldCodes[0]!, undefined) ?? t.readErrors.noLonger(s);
  if (oldCodes.length > 1) return t.readErrors.oldNames(s, oldCodes.join(', '));
  return t.readErrors.unknown(s);
}
