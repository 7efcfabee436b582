/**
 * The region table at 2024 borders: 357 kommuner, 15 fylker, Hele landet, the BA regions (NIBR 2020),
 * SSB's økonomiske regioner (KLASS 108, 2024 version) and the samarbeid groupings of data/regions.
 * Groupings list their member kommuner; aggregates sum exactly those (see aggregate.ts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Region, RegionKind, RegionLevel } from '../src/lib/schema';
import type { KlassKommuneRow } from './parse/klass108-csv';
import type { Kommune2024 } from './parse/aprestmo-csv';
import type { BaMembership } from './parse/ba-regioner-csv';
import type { CorrespondenceRow } from './correspondence';
import { parseSamarbeidCsv } from './parse/samarbeid-csv';
import { namesMatch } from './kommune-names';

export const LAND_CODE = '0';

export interface RegionInputs {
  kommuner: Kommune2024[];
  fylker: { code: string; name: string }[];
  klass: KlassKommuneRow[];
  ba: BaMembership[];
  correspondence: CorrespondenceRow[];
  /** Folder with the samarbeid CSV files (data/regions). */
  groupingsDir: string;
}

/**
 * The BA file prints a few codes that were never official 2020 codes (1567 Rindal, 3444 Jevnaker,
 * 3445 Lunner: pre-reform drafts). A code that is not a 2020 kommune is looked up by its name
 * (1567 -> 5061, 3444 -> 3053, 3445 -> 3054).
 */
export function baMembersIn2020(
  ba: BaMembership[],
  klass: KlassKommuneRow[],
): (BaMembership & { code2020: string })[] {
  const k2020 = klass.filter((r) => r.year === 2020);
  const byCode = new Map(k2020.map((r) => [r.code, r]));
  return ba.map((m) => {
    const where = `ba_regioner_2020_etter_kommune.csv line ${m.line}`;
    // A valid 2020 code is trusted even under a working name of 2019 ("3002 Moss og Rygge",
    // "3040 Nes (Busk.)" = Nesbyen, "4624 Os og Fusa" = Bjørnafjorden).
    if (byCode.has(m.kommuneCode)) return { ...m, code2020: m.kommuneCode };
    const byName = k2020.filter((r) => namesMatch(r.name, m.kommuneName));
    const only = byName[0];
    if (byName.length !== 1 || !only)
      throw new Error(`${where}: ${m.kommuneCode} ${m.kommuneName} is not a 2020 kommune`);
    return { ...m, code2020: only.code };
  });
}

function grouping(
  code: string,
  name: string,
  kind: RegionKind,
  validFrom: number,
  members: string[],
  source: string,
): Region {
  const sorted = [...new Set(members)].sort();
  const fylker = new Set(sorted.map((k) => k.slice(0, 2)));
  const fylke = fylker.size === 1 ? ([...fylker][0] ?? null) : null;
  return {
    code,
    name,
    level: 'region',
    kind,
    valid_from: validFrom,
    valid_to: null,
    fylke_code: fylke,
    parents: [fylke ?? LAND_CODE],
    members: sorted,
    source,
  };
}

export function buildRegions(inputs: RegionInputs): Region[] {
  const kommuneCodes = new Set(inputs.kommuner.map((k) => k.code));
  const klass2024 = inputs.klass.filter((r) => r.year === 2024);
  const klassCodes = new Set(klass2024.map((r) => r.code));
  if (kommuneCodes.size !== klassCodes.size || [...kommuneCodes].some((c) => !klassCodes.has(c))) {
    throw new Error('regions: the 2024 kommuner of aprestmo and KLASS 108 (2024) differ');
  }

  const regions: Region[] = [];
  const to2024 = (code2020: string) =>
    inputs.correspondence.filter((r) => r.from === code2020).map((r) => r.to);
  const baByNumber = new Map<number, { name: string; members: string[] }>();
  for (const m of baMembersIn2020(inputs.ba, inputs.klass)) {
    const entry = baByNumber.get(m.baNumber) ?? { name: m.baName, members: [] };
    // 2020 Ålesund became 1508 Ålesund and 1580 Haram: both stay in Ålesund's BA region.
    entry.members.push(...to2024(m.code2020));
    baByNumber.set(m.baNumber, entry);
  }
  const baSource =
    'Bo- og arbeidsmarkedsregioner 2020 (NIBR, OsloMet), med kommunene ført over fra 2020- til 2024-nummer';
  for (const [n, ba] of baByNumber)
    regions.push(grouping(`BA${String(n).padStart(2, '0')}`, ba.name, 'ba', 2020, ba.members, baSource));

  const orByCode = new Map<string, { name: string; members: string[] }>();
  for (const k of klass2024) {
    const entry = orByCode.get(k.regionCode) ?? { name: k.regionName, members: [] };
    entry.members.push(k.code);
    orByCode.set(k.regionCode, entry);
  }
  for (const [code, or] of orByCode)
    regions.push(
      grouping(
        `OR${code}`,
        or.name,
        'okonomisk',
        2024,
        or.members,
        'SSB, økonomiske regioner (KLASS 108), versjon 1. januar 2024',
      ),
    );

  const samarbeid = readdirSync(inputs.groupingsDir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .flatMap((f) => parseSamarbeidCsv(join(inputs.groupingsDir, f), kommuneCodes));
  const ids = new Map<string, string>();
  for (const g of samarbeid) {
    const first = ids.get(g.id);
    if (first) throw new Error(`${g.where}: region id ${g.id} is already used (${first})`);
    ids.set(g.id, g.where);
    regions.push(grouping(g.id, g.name, 'samarbeid', g.validFrom, g.members, g.source));
  }

  const allKommuner = [...kommuneCodes].sort();
  for (const f of inputs.fylker) {
    const members = allKommuner.filter((k) => k.startsWith(f.code));
    if (members.length === 0) throw new Error(`regions: fylke ${f.code} has no kommuner`);
    regions.push({
      code: f.code,
      name: f.name,
      level: 'fylke',
      kind: '',
      valid_from: 2024,
      valid_to: null,
      fylke_code: f.code,
      parents: [LAND_CODE],
      members,
      source:
        'SSB, standard for fylkesinndeling og kommuneinndeling (KLASS 104 og 131), 2024: kommunene med de samme to første sifrene i kommunenummeret',
    });
  }
  regions.push({
    code: LAND_CODE,
    name: 'Hele landet',
    level: 'land',
    kind: '',
    valid_from: 2024,
    valid_to: null,
    fylke_code: null,
    parents: [],
    members: allKommuner,
    source: 'Alle kommunene i 2024 (SSB, standard for kommuneinndeling, KLASS 131)',
  });

  // Two kommuner share a name (Herøy, Våler): KLASS adds the fylke, "Våler (Østfold)".
  const nameCount = new Map<string, number>();
  for (const k of inputs.kommuner) nameCount.set(k.name, (nameCount.get(k.name) ?? 0) + 1);
  const klassName = new Map(klass2024.map((r) => [r.code, r.name]));
  const fylkeCodes = new Set(inputs.fylker.map((f) => f.code));
  for (const k of inputs.kommuner) {
    const fylke = k.code.slice(0, 2);
    if (!fylkeCodes.has(fylke)) throw new Error(`regions: kommune ${k.code} lies in no 2024 fylke`);
    const parents = (kind: RegionKind) =>
      regions.filter((r) => r.kind === kind && r.members.includes(k.code)).map((r) => r.code);
    const ba = parents('ba');
    const or = parents('okonomisk');
    if (ba.length !== 1 || or.length !== 1)
      throw new Error(
        `regions: kommune ${k.code} is in ${ba.length} BA and ${or.length} økonomiske regioner`,
      );
    const name = (nameCount.get(k.name) ?? 0) > 1 ? (klassName.get(k.code) ?? k.name) : k.name;
    regions.push({
      code: k.code,
      name,
      level: 'kommune',
      kind: '',
      valid_from: 2024,
      valid_to: null,
      fylke_code: fylke,
      parents: [fylke, ...ba, ...or, ...parents('samarbeid')],
      members: [],
      source: '',
    });
  }
  return sortRegions(regions);
}

const LEVEL_ORDER: Record<RegionLevel, number> = { land: 0, fylke: 1, region: 2, kommune: 3 };
const KIND_ORDER: Record<RegionKind, number> = { '': 0, ba: 1, okonomisk: 2, samarbeid: 3 };

function sortRegions(regions: Region[]): Region[] {
  return [...regions].sort(
    (a, b) =>
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      compareCodes(a.code, b.code),
  );
}

/** Plain code-unit order: the same on every machine, unlike locale collation. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
