/**
 * nyetableringer: newly established enterprises in the year (SSB foretaksdemografi, "nyetablerte
 * foretak": real start-ups, not take-overs), from figures on ssb.no pages of several releases:
 * Hele landet 2001-2016 (not 2009), counties 2001-2004 and 2015-2016, and the Kongsvinger region's
 * kommuner 2022 (SSB data via KommuneProfilen). Where releases disagree, the latest one is kept.
 */
import { RAW, rawPath } from '../paths';
import { parseSsbPagesCsv, type PageRow } from '../parse/ssb-pages-csv';
import { countyCode2020, oldCountyCode } from '../counties';
import { parseEnterprisesByCountyCsv } from '../parse/ssb-enterprises-county-csv';
import { LAND_CODE } from '../regions';
import type { KlassKommuneRow } from '../parse/klass108-csv';
import type { CorrespondenceRow } from '../correspondence';
import type { Staged } from '../staging';

export const NYETABLERINGER = 'nyetableringer';
const MEASURE = 'newly_established_enterprises';
/**
 * Telemarksbarometeret quotes SSB in article text (one figure is "the same as the year before"). An
 * observation row cannot say it is third-party, so these figures are not used.
 */
const EXCLUDED_HOSTS = ['telemarksbarometeret.no'];

/** One row per region and year: the latest release; two different figures in the same release fail. */
export function latestRelease(rows: PageRow[]): PageRow[] {
  const byKey = new Map<string, PageRow>();
  for (const r of rows) {
    const key = `${r.level}|${r.regionName}|${r.year}`;
    const prev = byKey.get(key);
    if (!prev || r.release > prev.release) byKey.set(key, r);
    else if (r.release === prev.release && r.value !== prev.value) {
      throw new Error(
        `${RAW.enterprisesPages} lines ${prev.line} and ${r.line}: two figures for ${r.regionName} ${r.year} in release ${r.release}`,
      );
    }
  }
  return [...byKey.values()];
}

/** "Glåmdal (økonomisk region 34001)" is used only if region 34001 of that year is the 2024 region's area. */
function regionCode(r: PageRow, klass: KlassKommuneRow[], correspondence: CorrespondenceRow[]): string {
  const where = `${RAW.enterprisesPages} line ${r.line}`;
  const code = /økonomisk region (\d{5})/.exec(r.regionName)?.[1];
  if (!code) throw new Error(`${where}: no økonomisk region code in ${JSON.stringify(r.regionName)}`);
  const then = klass
    .filter((k) => k.year === r.year && k.regionCode === code)
    .flatMap((k) => correspondence.filter((c) => c.from === k.code).map((c) => c.to));
  const now = klass.filter((k) => k.year === 2024 && k.regionCode === code).map((k) => k.code);
  const same = then.length === now.length && now.every((c) => then.includes(c));
  if (!same) throw new Error(`${where}: økonomisk region ${code} of ${r.year} is not the 2024 region`);
  return `OR${code}`;
}

export function nyetableringerSeries(klass: KlassKommuneRow[], correspondence: CorrespondenceRow[]): Staged {
  const staged: Staged = { kommune: [], county: [], region: [] };
  const rows = parseSsbPagesCsv(rawPath(RAW.enterprisesPages), RAW.enterprisesPages).filter(
    (r) =>
      r.measure === MEASURE &&
      r.level !== 'other' &&
      !EXCLUDED_HOSTS.some((h) => new URL(r.sourceUrl).hostname.endsWith(h)),
  );
  for (const r of latestRelease(rows)) {
    const where = `${RAW.enterprisesPages} line ${r.line}`;
    const base = { indicator: NYETABLERINGER, year: r.year, value: r.value, source: 'foretaksdemografi' };
    if (r.level === 'land') staged.region.push({ ...base, region: LAND_CODE });
    else if (r.level === 'region')
      staged.region.push({ ...base, region: regionCode(r, klass, correspondence) });
    else if (r.level === 'fylke')
      staged.county.push({ ...base, county: oldCountyCode(r.regionName, where), vintage: r.year });
    else {
      const code = /\((\d{4})\)$/.exec(r.regionName)?.[1];
      if (!code) throw new Error(`${where}: no kommune code in ${JSON.stringify(r.regionName)}`);
      staged.kommune.push({ ...base, code, vintage: r.year });
    }
  }
  // The same SSB table in its 2021 release: 2019 for the old counties, 2020 for the counties of 2020-2023.
  for (const r of parseEnterprisesByCountyCsv(
    rawPath(RAW.enterprisesCounty2019_2020),
    RAW.enterprisesCounty2019_2020,
  )) {
    const where = `${RAW.enterprisesCounty2019_2020} line ${r.line}`;
    const base = {
      indicator: NYETABLERINGER,
      year: r.year,
      value: r.newlyEstablished,
      source: 'foretak-2021',
    };
    if (r.level === 'land') staged.region.push({ ...base, region: LAND_CODE });
    else
      staged.county.push({
        ...base,
        county: r.year < 2020 ? oldCountyCode(r.regionName, where) : countyCode2020(r.regionName, where),
        vintage: r.year,
      });
  }
  return staged;
}
