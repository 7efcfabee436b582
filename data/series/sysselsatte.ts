/**
 * sysselsatte: employed persons 15-74 by place of work, 4th quarter (SSB register-based employment), and
 * the two other 11618 measures of the same statistic (employed residents, population 15-74).
 * One series from several tables of the same statistic, each row tagged with its source; where two
 * sources have a figure for the same kommune and year, the catalogue's order decides (data/indicators.ts):
 * - 11618: every kommune 2017-2022 (codes of each year);
 * - distriktstall: every kommune 2005 and 2015 (2016 numbering), and employed residents 2015;
 * - 13472: Vestfold and Telemark 2010-2021 (sum of the five sectors), Telemark 2022-2025 (once it has been
 *   shown to equal the first file where both have a year);
 * - 11616: eight kommuner 2023; county tables: counties and Hele landet 2012-2014.
 */
import { RAW, rawPath } from '../paths';
import {
  parse13470NaeringTelemark,
  parse13472SektorTelemark,
  parse13472SektorVestfoldTelemark,
  totalOverParts,
} from '../parse/ssb-13472-employment-csv';
import { parseSsbPagesCsv } from '../parse/ssb-pages-csv';
import { parse11618KommuneCsv } from '../parse/ssb-11618-kommune-csv';
import { parseDistriktstallCsv } from '../parse/distriktstall-csv';
import { oldCountyCode } from '../counties';
import { LAND_CODE } from '../regions';
import type { KlassKommuneRow } from '../parse/klass108-csv';
import type { CorrespondenceRow } from '../correspondence';
import { numberingOf, type Staged } from '../staging';

export const SYSSELSATTE = 'sysselsatte';
export const SYSSELSATTE_BOSTED = 'sysselsatte_bosted';
export const BEFOLKNING_15_74 = 'befolkning_15_74';
/** distriktstall prints 2005 and 2015 at the kommuner of 2016 (428 codes). */
const DISTRIKTSTALL_VINTAGE = 2016;
/** The 38xx codes of the sektor file are the 2020-2023 numbering, used by SSB for all years back to 2010. */
const SEKTOR_FILE_VINTAGE = 2020;

export interface TelemarkComparison {
  kommune: string;
  year: number;
  first: number | null;
  other: number | null;
}

/** Telemark kommune names -> 2024 codes (KLASS 2024, fylke 40). */
function telemarkCodes(klass: KlassKommuneRow[]): Map<string, string> {
  return new Map(
    klass
      .filter((r) => r.year === 2024 && r.fylke === '40')
      .map((r) => [r.name.replace(/\s*\(.*\)$/, ''), r.code]),
  );
}

function codeOfName(names: Map<string, string>, name: string, source: string): string {
  const code = names.get(name);
  if (!code) throw new Error(`${source}: ${JSON.stringify(name)} is not a 2024 Telemark kommune`);
  return code;
}

/** Totals of the sektor file at 2024 codes (all its codes are 1:1 renumberings). */
function sektorTotals(correspondence: CorrespondenceRow[]) {
  const totals = totalOverParts(
    parse13472SektorVestfoldTelemark(rawPath(RAW.employmentSektorVT)),
    RAW.employmentSektorVT,
  );
  return totals.map((t) => {
    const to = correspondence.filter((r) => r.from === t.kommune);
    if (to.length !== 1 || to[0]?.weight !== 1)
      throw new Error(`${RAW.employmentSektorVT}: ${t.kommune} is not a 1:1 code`);
    return { ...t, code2024: to[0].to };
  });
}

/** Compare a Telemark file with the sektor file on the years both cover. */
export function compareTelemarkWithSektorFile(
  which: '13472' | '13470',
  klass: KlassKommuneRow[],
  correspondence: CorrespondenceRow[],
): TelemarkComparison[] {
  const names = telemarkCodes(klass);
  const path = which === '13472' ? RAW.employmentSektorTelemark : RAW.employmentNaeringTelemark;
  const rows =
    which === '13472' ? parse13472SektorTelemark(rawPath(path)) : parse13470NaeringTelemark(rawPath(path));
  const other = new Map(
    totalOverParts(rows, path).map((t) => [`${codeOfName(names, t.kommune, path)}|${t.year}`, t.persons]),
  );
  return sektorTotals(correspondence)
    .filter((t) => other.has(`${t.code2024}|${t.year}`))
    .map((t) => ({
      kommune: t.code2024,
      year: t.year,
      first: t.persons,
      other: other.get(`${t.code2024}|${t.year}`) ?? null,
    }));
}

export function sysselsatteSeries(
  klass: KlassKommuneRow[],
  correspondence: CorrespondenceRow[],
  codesByYear: Map<number, Set<string>>,
): Staged {
  const staged: Staged = { kommune: [], county: [], region: [] };
  const sektor = totalOverParts(
    parse13472SektorVestfoldTelemark(rawPath(RAW.employmentSektorVT)),
    RAW.employmentSektorVT,
  );
  for (const t of sektor)
    staged.kommune.push({
      indicator: SYSSELSATTE,
      code: t.kommune,
      vintage: SEKTOR_FILE_VINTAGE,
      year: t.year,
      value: t.persons,
      source: '13472',
    });

  // The Telemark 13472 file extends the series only if it is the same statistic: it must equal the
  // sektor file in every kommune-year both have, or it is left out. (13470 by industry does not: its
  // industry cells are rounded separately, so their sum is off by a few persons; it is not used.)
  const overlap = compareTelemarkWithSektorFile('13472', klass, correspondence);
  const differing = overlap.filter((c) => c.first !== c.other);
  if (overlap.length === 0 || differing.length > 0)
    throw new Error(
      `${RAW.employmentSektorTelemark}: differs from ${RAW.employmentSektorVT} in ${differing.length} of ${overlap.length} kommune-years`,
    );
  const lastSektorYear = Math.max(...sektor.map((t) => t.year));
  const names = telemarkCodes(klass);
  for (const t of totalOverParts(
    parse13472SektorTelemark(rawPath(RAW.employmentSektorTelemark)),
    RAW.employmentSektorTelemark,
  )) {
    if (t.year <= lastSektorYear) continue;
    staged.kommune.push({
      indicator: SYSSELSATTE,
      code: codeOfName(names, t.kommune, RAW.employmentSektorTelemark),
      vintage: 2024,
      year: t.year,
      value: t.persons,
      source: '13472',
    });
  }

  for (const r of parseSsbPagesCsv(rawPath(RAW.employmentPages), RAW.employmentPages)) {
    if (r.measure !== 'employed_persons_by_workplace') continue;
    const where = `${RAW.employmentPages} line ${r.line}`;
    if (r.level === 'kommune') {
      const code = /kommunenummer (\d{4})/.exec(r.note)?.[1];
      if (!code) throw new Error(`${where}: no kommunenummer in note`);
      staged.kommune.push({
        indicator: SYSSELSATTE,
        code,
        vintage: r.year,
        year: r.year,
        value: r.value,
        source: '11616',
      });
    } else if (r.level === 'fylke') {
      staged.county.push({
        indicator: SYSSELSATTE,
        county: oldCountyCode(r.regionName, where),
        vintage: r.year,
        year: r.year,
        value: r.value,
        source: 'fylkestabeller',
      });
    } else if (r.level === 'land') {
      staged.region.push({
        indicator: SYSSELSATTE,
        region: LAND_CODE,
        year: r.year,
        value: r.value,
        source: 'fylkestabeller',
      });
    }
  }

  // 11618 numbers each 4th quarter's kommuner as on 1 January of that year, except 2019 (Rindal still 1567).
  const rows11618 = parse11618KommuneCsv(rawPath(RAW.employment11618), RAW.employment11618);
  const vintages = new Map(
    [...new Set(rows11618.map((r) => r.year))].map((y) => [
      y,
      numberingOf(
        rows11618.filter((r) => r.year === y).map((r) => r.code),
        y,
        codesByYear,
        RAW.employment11618,
      ),
    ]),
  );
  for (const r of rows11618) {
    const base = { code: r.code, vintage: vintages.get(r.year)!, year: r.year, source: '11618' };
    // The repo wrote 0 in all three columns where it computed nothing (Rindal 2019: the kommune had moved
    // to Trøndelag as 5061, the row kept its old code). A kommune with no residents aged 15-74 does not
    // exist, so a zero population marks the whole row as not available — missing, never zero.
    const notComputed = r.population15to74 === 0;
    staged.kommune.push({ ...base, indicator: SYSSELSATTE, value: notComputed ? null : r.jobs });
    staged.kommune.push({
      ...base,
      indicator: SYSSELSATTE_BOSTED,
      value: notComputed ? null : r.employedResidents,
    });
    staged.kommune.push({
      ...base,
      indicator: BEFOLKNING_15_74,
      value: notComputed ? null : r.population15to74,
    });
  }
  for (const r of parseDistriktstallCsv(rawPath(RAW.distriktstall), RAW.distriktstall)) {
    const base = { code: r.code, vintage: DISTRIKTSTALL_VINTAGE, source: 'distriktstall' };
    staged.kommune.push({ ...base, indicator: SYSSELSATTE, year: 2005, value: r.jobs2005 });
    staged.kommune.push({ ...base, indicator: SYSSELSATTE, year: 2015, value: r.jobs2015 });
    staged.kommune.push({
      ...base,
      indicator: SYSSELSATTE_BOSTED,
      year: 2015,
      value: r.employedResidents2015,
    });
  }
  return staged;
}
