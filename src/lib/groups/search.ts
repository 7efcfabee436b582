/**
 * Region search: matches names and codes, ignoring case and Norwegian letters' diacritics
 * ("rade" finds Råde, "3103" finds Moss), best matches first.
 */
export interface Searchable {
  code: string;
  name: string;
  level: string;
}

export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Among equally good matches a kommune comes first, then fylke, then groupings: "Hamar" is the town. */
const LEVEL_ORDER: Record<string, number> = { kommune: 0, fylke: 1, region: 2, land: 3 };

export function searchRegions<T extends Searchable>(regions: readonly T[], query: string, limit = 12): T[] {
  const q = fold(query.trim());
  if (q === '') return [];
  const scored: { r: T; score: number }[] = [];
  for (const r of regions) {
    const name = fold(r.name);
    const code = r.code.toLowerCase();
    let score = -1;
    if (code === q || name === q) score = 0;
    else if (name.startsWith(q) || code.startsWith(q)) score = 1;
    else if (name.split(/[\s/-]+/).some((w) => w.startsWith(q))) score = 2;
    else if (name.includes(q)) score = 3;
    if (score >= 0) scored.push({ r, score });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      (LEVEL_ORDER[a.r.level] ?? 9) - (LEVEL_ORDER[b.r.level] ?? 9) ||
      a.r.name.localeCompare(b.r.name, 'nb') ||
      a.r.code.localeCompare(b.r.code),
  );
  return scored.slice(0, limit).map((s) => s.r);
}
