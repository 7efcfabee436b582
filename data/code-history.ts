/**
 * Old kommune numbers and where they lie at 2024 borders, for reading users' own files
 * (static/data/kommunekoder.json): a file with «3002 Moss» (2020–2023) can then be carried to 3103 Moss,
 * and one with «0136 Rygge» is refused with the reason (Rygge is only a part of today's Moss, and the
 * user's values may be rates that cannot be summed). From the same correspondence the pipeline harmonises
 * SSB's series with (data/correspondence.ts).
 */
import type { KlassKommuneRow } from './parse/klass108-csv';
import type { KommuneCorrespondence } from './correspondence';
import type { CodeHistoryFile } from '../src/lib/schema';

export function codeHistory(
  klass: readonly KlassKommuneRow[],
  correspondence: KommuneCorrespondence,
): CodeHistoryFile {
  const codes2024 = correspondence.codesByYear.get(2024) ?? new Set<string>();
  const targets = new Map<string, Record<string, number>>();
  for (const r of correspondence.rows) targets.set(r.from, { ...targets.get(r.from), [r.to]: r.weight });
  const named = new Map<string, { name: string; from: number; to: number }>();
  for (const r of klass) {
    const known = named.get(r.code);
    named.set(r.code, {
      name: !known || r.year >= known.to ? r.name : known.name,
      from: Math.min(known?.from ?? r.year, r.year),
      to: Math.max(known?.to ?? r.year, r.year),
    });
  }

  const codes: CodeHistoryFile['codes'] = {};
  for (const [code, to] of [...targets].sort(([a], [b]) => a.localeCompare(b))) {
    const about = named.get(code);
    if (codes2024.has(code) || !about) continue;
    const [only, ...more] = Object.keys(to);
    // Whole: in every year the code was in use, no other code of that year lay in the same 2024 kommune.
    const whole =
      more.length === 0 &&
      [...correspondence.codesByYear].every(
        ([year, inUse]) =>
          year < 2005 ||
          !inUse.has(code) ||
          [...inUse].every((other) => other === code || !(only! in (targets.get(other) ?? {}))),
      );
    codes[code] = { name: about.name, years: [about.from, about.to], to, whole };
  }
  return {
    source:
      'SSB KLASS 131 (kommuneinndeling) 2005–2024 with the changes of 2020 and 2024, as used to harmonise the series to 2024 borders.',
    codes,
  };
}
