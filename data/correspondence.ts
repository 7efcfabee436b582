/**
 * One correspondence from every kommune code valid on some 1 January 2005-2025 to the 2024 kommune
 * code(s) it lies in, with the share of its inhabitants that went to each: 1 for a renumbering or a
 * merger, less than 1 for a split. Built only from the classification tables in data/raw/classification.
 *
 * Steps: (A) codes before 2020 -> 2020 codes, (B) 2020-2023 codes -> 2024 codes, then A composed with B.
 * @example buildKommuneCorrespondence(inputs).rows.filter((r) => r.from === '0136')
 *   // [{ from: '0136', to: '3103', weight: 1 }]  Rygge -> Moss (3002 in 2020, 3103 in 2024)
 */
import type { KlassKommuneRow } from './parse/klass108-csv';
import type { FhiSuccession } from './parse/kommune-history-csv';
import type { Kommune2024 } from './parse/aprestmo-csv';
import { namesMatch } from './kommune-names';

export interface CorrespondenceRow {
  from: string;
  to: string;
  weight: number;
}

export interface CorrespondenceInputs {
  klass: KlassKommuneRow[];
  long: { code2020: string; historical: string }[];
  fhi: FhiSuccession[];
  changes2019: { from: string; to: string; split: boolean }[];
  changes2024: { code2024: string; code2023: string }[];
  kommuner2024: Kommune2024[];
}

export interface KommuneCorrespondence {
  rows: CorrespondenceRow[];
  /** Valid kommune codes per 1 January (KLASS), the "vintage" an input code is checked against. */
  codesByYear: Map<number, Set<string>>;
}

/** 2020-2023 Ålesund, which on 1 Jan 2024 was split into 1508 Ålesund and 1580 Haram. */
export const ALESUND_2020 = '1507';
/** Haram before 2020: its area is exactly the 2024 Haram, so it goes there whole, not via 1507. */
export const HARAM_BEFORE_2020 = '1534';
const TOLERANCE = 1e-9;

type Targets = Map<string, number>;

function addTarget(t: Targets, to: string, w: number): void {
  t.set(to, (t.get(to) ?? 0) + w);
}

/** Valid kommune codes per 1 January version of the classification. */
export function codesByYearOf(klass: readonly KlassKommuneRow[]): Map<number, Set<string>> {
  const byYear = new Map<number, Set<string>>();
  for (const r of klass) {
    const set = byYear.get(r.year) ?? new Set<string>();
    set.add(r.code);
    byYear.set(r.year, set);
  }
  return byYear;
}

/** Follow FHI successions from `code` until a 2020 code; splits multiply their population shares. */
function followFhi(
  code: string,
  fhi: Map<string, FhiSuccession[]>,
  codes2020: Set<string>,
  weight = 1,
  out: Targets = new Map(),
): Targets {
  const next = fhi.get(code) ?? [];
  if (next.length === 0 || (codes2020.has(code) && next.every((n) => n.yearEnd < 2019))) {
    if (!codes2020.has(code))
      throw new Error(`correspondence: FHI chain from ${code} ends outside the 2020 codes`);
    addTarget(out, code, weight);
    return out;
  }
  for (const n of next) {
    const share = n.weight ?? (next.length === 1 ? 1 : NaN);
    if (Number.isNaN(share)) throw new Error(`correspondence: FHI split of ${code} without weights`);
    followFhi(n.to, fhi, codes2020, weight * share, out);
  }
  return out;
}

/**
 * Codes that vanished before 2013 and are neither in the 2013-2020 table nor in FHI's list (old
 * Vindafjord 1154 and Ølen 1159 -> 1160 in 2006; Aure 1569 and Tustna 1572 -> 1576 in 2006): the one
 * code that appears the next 1 January in the same SSB economic region is where they went.
 */
function followKlassVersions(code: string, klass: KlassKommuneRow[]): string {
  const years = klass.filter((r) => r.code === code).map((r) => r.year);
  const last = Math.max(...years);
  const region = klass.find((r) => r.code === code && r.year === last)?.regionCode;
  const before = new Set(klass.filter((r) => r.year === last).map((r) => r.code));
  const appeared = klass.filter((r) => r.year === last + 1 && r.regionCode === region && !before.has(r.code));
  const only = appeared[0];
  if (appeared.length !== 1 || !only)
    throw new Error(`correspondence: no unique successor of ${code} after ${last}`);
  return only.code;
}

/** (A) a code valid before 2020 -> 2020 code(s) with population shares. */
function toCodes2020(
  code: string,
  inputs: CorrespondenceInputs,
  codes2020: Set<string>,
  fhi: Map<string, FhiSuccession[]>,
): Targets {
  const fromLong = inputs.long.filter((r) => r.historical === code).map((r) => r.code2020);
  if (fromLong.length === 1 && fromLong[0] !== undefined) return new Map([[fromLong[0], 1]]);
  if (fromLong.length > 1) {
    // The 2013-2020 table lists every part of a split but no shares: FHI has the population shares.
    const shares = followFhi(code, fhi, codes2020);
    const same = shares.size === fromLong.length && fromLong.every((c) => shares.has(c));
    if (!same)
      throw new Error(
        `correspondence: FHI parts of ${code} (${[...shares.keys()]}) differ from the 2013-2020 table (${fromLong})`,
      );
    return shares;
  }
  const viaFhi = fhi.has(code) ? followFhi(code, fhi, codes2020) : null;
  if (viaFhi) return viaFhi;
  return toCodes2020(followKlassVersions(code, inputs.klass), inputs, codes2020, fhi);
}

/** (B) a 2020-2023 code -> 2024 code(s). */
function codes2023To2024(
  inputs: CorrespondenceInputs,
  codesByYear: Map<number, Set<string>>,
): Map<string, Targets> {
  const codes2023 = codesByYear.get(2023) ?? new Set<string>();
  const codes2024 = codesByYear.get(2024) ?? new Set<string>();
  const map = new Map<string, Targets>();
  const pop = new Map(inputs.kommuner2024.map((k) => [k.code, k.population2024 ?? NaN]));
  // Ålesund 2020-2023 = 2024 Ålesund + 2024 Haram; shares from the 1 Jan 2024 populations (the first count of the two).
  const p1508 = pop.get('1508') ?? NaN;
  const p1580 = pop.get('1580') ?? NaN;
  if (!(p1508 > 0 && p1580 > 0))
    throw new Error('correspondence: 1 Jan 2024 population of 1508/1580 missing');
  map.set(
    ALESUND_2020,
    new Map([
      ['1508', p1508 / (p1508 + p1580)],
      ['1580', p1580 / (p1508 + p1580)],
    ]),
  );
  for (const { code2024, code2023 } of inputs.changes2024) {
    if (code2023 === ALESUND_2020) continue;
    if (codes2024.has(code2023))
      throw new Error(`correspondence: ${code2023} is both renumbered and a 2024 code`);
    map.set(code2023, new Map([[code2024, 1]]));
  }
  for (const c of codes2023) if (!map.has(c) && codes2024.has(c)) map.set(c, new Map([[c, 1]]));
  // Renumberings that also changed the name are missing from the JSON: match them by name.
  const names2023 = new Map(inputs.klass.filter((r) => r.year === 2023).map((r) => [r.code, r.name]));
  const covered = new Set([...map.values()].flatMap((t) => [...t.keys()]));
  const open2024 = inputs.klass.filter((r) => r.year === 2024 && !covered.has(r.code));
  for (const c of codes2023) {
    if (map.has(c)) continue;
    const match = open2024.filter((r) => namesMatch(r.name, names2023.get(c) ?? ''));
    const only = match[0];
    if (match.length !== 1 || !only)
      throw new Error(`correspondence: no 2024 code for 2023 code ${c} (${names2023.get(c)})`);
    map.set(c, new Map([[only.code, 1]]));
  }
  return map;
}

export function buildKommuneCorrespondence(inputs: CorrespondenceInputs): KommuneCorrespondence {
  const codesByYear = codesByYearOf(inputs.klass);
  const codes2020 = codesByYear.get(2020) ?? new Set<string>();
  const codes2024 = codesByYear.get(2024) ?? new Set<string>();
  const fhi = new Map<string, FhiSuccession[]>();
  for (const s of inputs.fhi) fhi.set(s.from, [...(fhi.get(s.from) ?? []), s]);
  const step2024 = codes2023To2024(inputs, codesByYear);

  const targets = new Map<string, Targets>();
  const era = (year: number) => (year >= 2024 ? 'now' : year >= 2020 ? 'reform2020' : 'before2020');
  const done = new Set<string>();
  for (const [year, codes] of codesByYear) {
    if (year < 2005) continue;
    for (const code of codes) {
      if (done.has(`${era(year)}:${code}`)) continue;
      done.add(`${era(year)}:${code}`);
      const out: Targets = new Map();
      if (year >= 2024) addTarget(out, code, 1);
      else if (year >= 2020) for (const [to, w] of step2024.get(code) ?? []) addTarget(out, to, w);
      else {
        for (const [c2020, w] of toCodes2020(code, inputs, codes2020, fhi)) {
          if (c2020 === ALESUND_2020) addTarget(out, code === HARAM_BEFORE_2020 ? '1580' : '1508', w);
          else for (const [to, w2] of step2024.get(c2020) ?? []) addTarget(out, to, w * w2);
        }
      }
      // A code kept across a reform (0301, 1103 Stavanger) must lead to the same 2024 area in every era,
      // or a value could not be harmonised from its code alone.
      const known = targets.get(code);
      if (known && !sameTargets(known, out))
        throw new Error(`correspondence: code ${code} means different 2024 areas in different years`);
      targets.set(code, out);
    }
  }

  const rows: CorrespondenceRow[] = [];
  for (const [from, t] of [...targets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const total = [...t.values()].reduce((s, w) => s + w, 0);
    if (Math.abs(total - 1) > TOLERANCE) throw new Error(`correspondence: shares of ${from} sum to ${total}`);
    for (const [to, weight] of [...t].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (!codes2024.has(to))
        throw new Error(`correspondence: ${from} -> ${to}, which is not a 2024 kommune`);
      rows.push({ from, to, weight });
    }
  }
  checkSplitsAgainstSsb(rows, inputs.changes2019, codesByYear.get(2019) ?? new Set());
  const reached = new Set(rows.map((r) => r.to));
  const unreached = [...codes2024].filter((c) => !reached.has(c));
  if (unreached.length)
    throw new Error(`correspondence: 2024 codes without history: ${unreached.join(', ')}`);
  return { rows, codesByYear };
}

function sameTargets(a: Targets, b: Targets): boolean {
  return a.size === b.size && [...a].every(([k, w]) => Math.abs((b.get(k) ?? NaN) - w) <= TOLERANCE);
}

/** SSB's own 2019 -> 2020 table flags the split kommuner; of the 2019 codes, ours must split exactly those. */
function checkSplitsAgainstSsb(
  rows: CorrespondenceRow[],
  changes2019: { from: string; split: boolean }[],
  codes2019: Set<string>,
): void {
  const ssbSplit = new Set(changes2019.filter((c) => c.split).map((c) => c.from));
  const ours = new Set(rows.filter((r) => r.weight < 1 && codes2019.has(r.from)).map((r) => r.from));
  const differ = [...new Set([...ssbSplit, ...ours])].filter((c) => ssbSplit.has(c) !== ours.has(c));
  if (differ.length)
    throw new Error(
      `correspondence: split kommuner 2019 -> 2020 differ from SSB's table: ${differ.join(', ')}`,
    );
}
