/**
 * County-level inputs (regional accounts, county tables) come at the county structure of their year:
 * the 19 counties before 2018, 18 in 2018-2019 (Trøndelag merged) and 11 in 2020-2023. They are carried
 * to the 15 fylker of 2024 by summing whole counties; a county that was split in 2024 (Viken, Vestfold og
 * Telemark, Troms og Finnmark) cannot be carried at all.
 */
import type { KlassKommuneRow } from './parse/klass108-csv';
import type { CorrespondenceRow } from './correspondence';

/** Pre-2020 county -> the 2024 fylke that holds (almost) all of it. */
const BEFORE_2020: Record<string, string> = {
  '01': '31',
  '02': '32',
  '03': '03',
  '04': '34',
  '05': '34',
  '06': '33',
  '07': '39',
  '08': '40',
  '09': '42',
  '10': '42',
  '11': '11',
  '12': '46',
  '14': '46',
  '15': '15',
  '16': '50',
  '17': '50',
  '18': '18',
  '19': '55',
  '20': '56',
  '50': '50',
};
/** 2020-2023 counties that became one 2024 fylke unchanged; 30 Viken, 38 Vestfold og Telemark, 54 Troms og Finnmark did not. */
const REFORM_2020: Record<string, string> = {
  '03': '03',
  '11': '11',
  '15': '15',
  '18': '18',
  '34': '34',
  '42': '42',
  '46': '46',
  '50': '50',
};

/** County names as SSB and the transcribed pages print them, without "(-2019)" or the Sami form. */
const COUNTY_CODE_BY_NAME: Record<string, string> = {
  Østfold: '01',
  Akershus: '02',
  Oslo: '03',
  Hedmark: '04',
  Oppland: '05',
  Buskerud: '06',
  Vestfold: '07',
  Telemark: '08',
  'Aust-Agder': '09',
  'Vest-Agder': '10',
  Rogaland: '11',
  Hordaland: '12',
  'Sogn og Fjordane': '14',
  'Møre og Romsdal': '15',
  'Sør-Trøndelag': '16',
  'Nord-Trøndelag': '17',
  Nordland: '18',
  Troms: '19',
  Finnmark: '20',
  Trøndelag: '50',
};

/** "Troms - Romsa (-2019)" -> "19"; throws on a name that is not a pre-2020 county. */
export function oldCountyCode(label: string, where: string): string {
  const name =
    label
      .replace(/\s*\([^)]*\)\s*$/, '')
      .split(' - ')[0]
      ?.trim() ?? '';
  const code = COUNTY_CODE_BY_NAME[name];
  if (!code) throw new Error(`${where}: unknown county ${JSON.stringify(label)}`);
  return code;
}

/** Counties of 2020-2023 by name (unchanged ones keep their code). */
const COUNTY_CODE_2020_BY_NAME: Record<string, string> = {
  Oslo: '03',
  Rogaland: '11',
  'Møre og Romsdal': '15',
  Nordland: '18',
  Viken: '30',
  Innlandet: '34',
  'Vestfold og Telemark': '38',
  Agder: '42',
  Vestland: '46',
  Trøndelag: '50',
  'Troms og Finnmark': '54',
};

/** "Troms og Finnmark - Romsa ja Finnmárku" -> "54"; throws on a name that is not a 2020-2023 county. */
export function countyCode2020(label: string, where: string): string {
  const name =
    label
      .replace(/\s*\([^)]*\)\s*$/, '')
      .split(' - ')[0]
      ?.trim() ?? '';
  const code = COUNTY_CODE_2020_BY_NAME[name];
  if (!code) throw new Error(`${where}: unknown 2020-2023 county ${JSON.stringify(label)}`);
  return code;
}

export function fylkeOfCounty(vintage: number, county: string): string | null {
  return (vintage < 2020 ? BEFORE_2020[county] : vintage < 2024 ? REFORM_2020[county] : county) ?? null;
}

export interface CountyPart {
  vintage: number;
  county: string;
  fylke: string;
}

export interface FylkeFromCounties {
  vintage: number;
  fylke: string;
  /** The summed counties cover exactly the fylke's 2024 kommuner, no more and no less. */
  exact: boolean;
  /** One county with the same code and area: its figure is the fylke's figure as published. */
  sameCode: boolean;
}

/** The KLASS list closest to a year; KLASS versions start in 2002 (Ølen moved to Rogaland on 1 Jan 2002). */
function kommunerOfVintage(klass: KlassKommuneRow[], vintage: number): KlassKommuneRow[] {
  const year = Math.max(vintage, 2002);
  return klass.filter((r) => r.year === year);
}

export function countyParts(vintages: number[], klass: KlassKommuneRow[]): CountyPart[] {
  const parts: CountyPart[] = [];
  for (const vintage of vintages) {
    const counties = new Set(kommunerOfVintage(klass, vintage).map((r) => r.fylke));
    for (const county of [...counties].sort()) {
      const fylke = fylkeOfCounty(vintage, county);
      if (fylke) parts.push({ vintage, county, fylke });
    }
  }
  return parts;
}

/** Is a 2024 fylke exactly the sum of its counties in that vintage? Decides 'reported'/'harmonised' and rank. */
export function fylkeExactness(
  vintages: number[],
  klass: KlassKommuneRow[],
  correspondence: CorrespondenceRow[],
): FylkeFromCounties[] {
  const targets = new Map<string, CorrespondenceRow[]>();
  for (const r of correspondence) targets.set(r.from, [...(targets.get(r.from) ?? []), r]);
  const kommuner2024 = klass.filter((r) => r.year === 2024);
  const out: FylkeFromCounties[] = [];
  for (const vintage of vintages) {
    const kommuner = kommunerOfVintage(klass, vintage);
    const parts = countyParts([vintage], klass);
    for (const fylke of [...new Set(parts.map((p) => p.fylke))].sort()) {
      const counties = parts.filter((p) => p.fylke === fylke).map((p) => p.county);
      const inParts = (k: KlassKommuneRow) => counties.includes(k.fylke);
      const intoFylke = (k: KlassKommuneRow) =>
        (targets.get(k.code) ?? []).filter((t) => t.to.startsWith(fylke));
      const share = (k: KlassKommuneRow) => intoFylke(k).reduce((s, t) => s + t.weight, 0);
      // Exact when every kommune of the counties lies wholly in the fylke (a split inside it is fine:
      // Snillfjord -> three Trøndelag kommuner), nothing from other counties flows in (Halsa -> Heim),
      // and every 2024 kommune of the fylke is reached.
      const whollyInside = kommuner.filter(inParts).every((k) => Math.abs(share(k) - 1) < 1e-9);
      const nothingFromOutside = kommuner.filter((k) => !inParts(k)).every((k) => share(k) === 0);
      const reached = new Set(kommuner.filter(inParts).flatMap((k) => intoFylke(k).map((t) => t.to)));
      const fylkeKommuner = kommuner2024.filter((k) => k.fylke === fylke).map((k) => k.code);
      // Before 2002 there is no KLASS list to check against (Ølen moved to Rogaland on 1 Jan 2002).
      const exact =
        vintage >= 2002 && whollyInside && nothingFromOutside && fylkeKommuner.every((k) => reached.has(k));
      out.push({ vintage, fylke, exact, sameCode: exact && counties.length === 1 && counties[0] === fylke });
    }
  }
  return out;
}

/** Kommuner whose 2024 fylke is not the one their county of that year is summed into: the caveat. */
export function countyMovers(
  vintage: number,
  klass: KlassKommuneRow[],
  correspondence: CorrespondenceRow[],
): string[] {
  const movers = new Set<string>();
  for (const k of kommunerOfVintage(klass, vintage)) {
    const fylke = fylkeOfCounty(vintage, k.fylke);
    for (const t of correspondence.filter((r) => r.from === k.code)) {
      if (fylke && !t.to.startsWith(fylke)) movers.add(`${k.code} ${k.name}`);
    }
  }
  return [...movers].sort();
}
