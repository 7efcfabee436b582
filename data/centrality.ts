/**
 * SSB's sentralitetsindeks 2018 (index 0–1000, class 1 = most central … 6 = least central) carried from
 * the 2018 kommuner to the 2024 kommuner, for choosing comparable kommuner (peers).
 *
 * A 2024 kommune made of several 2018 kommuner (the 2020 reform) gets the class of the part where most
 * of its inhabitants lived on 1 January 2018, and the population-weighted mean index of its parts; SSB's
 * own 2020 index for the new kommuner is not in the shipped data. Renumberings keep index and class.
 */
import { readFileSync } from 'node:fs';
import type { CorrespondenceRow } from './correspondence';

export interface Centrality2018 {
  code: string;
  index: number;
  class: number;
}

export interface Centrality2024 {
  /** 2024 kommune code. */
  code: string;
  /** Population-weighted mean of the 2018 parts' indices, rounded. */
  index: number;
  /** Class of the most populous 2018 part. */
  class: number;
  /** The 2018 kommune codes it was built from. */
  parts: string[];
}

/** `knr_2018;sindeks_2018;sklasse_2018`, one row per 2018 kommune (422). */
export function parseCentrality2018(file: string): Centrality2018[] {
  const lines = readFileSync(file, 'utf-8')
    .replace(/^\ufeff/, '')
    .trim()
    .split(/\r?\n/);
  if (lines[0] !== 'knr_2018;sindeks_2018;sklasse_2018')
    throw new Error(`centrality: unexpected header ${lines[0]}`);
  return lines.slice(1).map((line) => {
    const [code, index, cls] = line.split(';');
    const row = { code: String(code).padStart(4, '0'), index: Number(index), class: Number(cls) };
    if (
      !/^\d{4}$/.test(row.code) ||
      !(row.index >= 0 && row.index <= 1000) ||
      !(row.class >= 1 && row.class <= 6)
    ) {
      throw new Error(`centrality: invalid row ${line}`);
    }
    return row;
  });
}

/** 2018 population by 2018 kommune code, from the derived 07459 file. */
export function population2018(file: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(file, 'utf-8').trim().split(/\r?\n/).slice(1)) {
    const [code, , , year, population] = line.split(',');
    if (year === '2018') out.set(String(code), Number(population));
  }
  return out;
}

export function centralityAt2024(
  rows: readonly Centrality2018[],
  correspondence: readonly CorrespondenceRow[],
  population: ReadonlyMap<string, number>,
  codes2024: ReadonlySet<string>,
): Centrality2024[] {
  const parts = new Map<string, { code: string; index: number; class: number; people: number }[]>();
  for (const r of rows) {
    const targets = correspondence.filter((c) => c.from === r.code);
    if (!targets.length) throw new Error(`centrality: 2018 kommune ${r.code} has no 2024 code`);
    const people = population.get(r.code);
    if (people === undefined) throw new Error(`centrality: no 2018 population for ${r.code}`);
    for (const t of targets) {
      const list = parts.get(t.to) ?? [];
      list.push({ code: r.code, index: r.index, class: r.class, people: people * t.weight });
      parts.set(t.to, list);
    }
  }
  const out: Centrality2024[] = [];
  for (const code of [...codes2024].sort()) {
    const list = parts.get(code);
    if (!list?.length) throw new Error(`centrality: 2024 kommune ${code} has no 2018 part`);
    const total = list.reduce((s, p) => s + p.people, 0);
    const largest = list.reduce((a, b) => (b.people > a.people ? b : a));
    out.push({
      code,
      index: Math.round(list.reduce((s, p) => s + p.index * p.people, 0) / total),
      class: largest.class,
      parts: list.map((p) => p.code).sort(),
    });
  }
  return out;
}
