/**
 * The user's own figures kept in this browser (localStorage), so they survive a reload; never sent
 * anywhere. What is read back is checked again: a stored value someone edited by hand is dropped whole.
 */
import { t } from '../i18n';
import type { UserData, UserObservation } from './read';

const KEY = 'regionpuls:own-data:v1';

function isObservation(v: unknown): v is UserObservation {
  const o = v as Record<string, unknown>;
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.indicator === 'string' &&
    typeof o.region_code === 'string' &&
    Number.isInteger(o.year) &&
    (o.value === null || (typeof o.value === 'number' && Number.isFinite(o.value)))
  );
}

export function loadOwnData(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): UserData | null {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Record<string, unknown>;
    if (typeof v.file !== 'string' || !Array.isArray(v.rows) || !v.rows.every(isObservation)) return null;
    const rows = v.rows as UserObservation[];
    return { file: v.file, indicators: [...new Set(rows.map((r) => r.indicator))], rows };
  } catch {
    return null;
  }
}

/** Saves, or returns a sentence in the reader's language when the browser will not keep that much. */
export function saveOwnData(
  data: UserData | null,
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = globalThis.localStorage,
): string | null {
  try {
    if (data === null) storage?.removeItem(KEY);
    else storage?.setItem(KEY, JSON.stringify({ file: data.file, rows: data.rows }));
    return null;
  } catch {
    return t.ownData.notKept;
  }
}
