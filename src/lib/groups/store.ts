/**
 * The user's own regions kept in this browser (localStorage), so they are there next time; a view
 * takes them into its link when the user shows one. What is read back is checked again like a link's
 * groups: an entry edited by hand into something invalid is dropped, the others stay.
 */
import { t } from '../i18n';
import { MAX_GROUPS, freeSlot, validateGroup } from './group';
import type { OwnGroup } from './group';

const KEY = 'regionpuls:own-regions:v1';
/** Remembered regions: twice what one view holds, so showing one never forgets another. */
export const MAX_STORED = MAX_GROUPS * 2;

/** A remembered own region: no slot until a view takes it in. */
export interface StoredGroup {
  name: string;
  members: string[];
}

const sameName = (a: string, b: string) => a.toLocaleLowerCase('nb') === b.toLocaleLowerCase('nb');

export function loadGroups(
  isKommune: (code: string) => boolean,
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): StoredGroup[] {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
    if (!Array.isArray(raw)) return [];
    return raw.slice(0, MAX_STORED).flatMap((v: unknown) => {
      const g = v as Record<string, unknown>;
      if (typeof g !== 'object' || g === null || typeof g.name !== 'string' || !Array.isArray(g.members))
        return [];
      const members = g.members.filter((m): m is string => typeof m === 'string');
      const checked = validateGroup(1, g.name, members, isKommune);
      return 'problem' in checked ? [] : [{ name: checked.name, members: checked.members }];
    });
  } catch {
    return [];
  }
}

/**
 * The remembered list with `groups` put in: one of the same name (any case) is replaced, a new one goes
 * first, and the oldest fall off beyond MAX_STORED.
 */
export function rememberGroups(
  stored: readonly StoredGroup[],
  groups: readonly StoredGroup[],
): StoredGroup[] {
  let out = [...stored];
  for (const g of groups) {
    const entry = { name: g.name, members: [...g.members] };
    const i = out.findIndex((s) => sameName(s.name, g.name));
    if (i >= 0) out[i] = entry;
    else out = [entry, ...out];
  }
  return out.slice(0, MAX_STORED);
}

export function forgetGroup(stored: readonly StoredGroup[], name: string): StoredGroup[] {
  return stored.filter((s) => !sameName(s.name, name));
}

/** Saves, or returns a sentence in the reader's language when the browser will not keep it. */
export function saveGroups(
  groups: readonly StoredGroup[],
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): string | null {
  try {
    storage?.setItem(KEY, JSON.stringify(groups));
    return null;
  } catch {
    return t.groups.notKept;
  }
}

/** The remembered regions not yet shown (by name, any case). */
export function notShown(stored: readonly StoredGroup[], shown: readonly OwnGroup[]): StoredGroup[] {
  return stored.filter((s) => !shown.some((g) => sameName(g.name, s.name)));
}

/** `shown` with remembered regions added in the free slots, as far as they go (MAX_GROUPS in a view). */
export function withRemembered(shown: readonly OwnGroup[], stored: readonly StoredGroup[]): OwnGroup[] {
  const out = [...shown];
  for (const s of notShown(stored, shown)) {
    const slot = freeSlot(out);
    if (slot === null) break;
    out.push({ slot, name: s.name, members: [...s.members] });
  }
  return out.sort((a, b) => a.slot - b.slot);
}
