/**
 * nyetableringer: newly established enterprises in the year (SSB foretaksdemografi, "nyetablerte
 * foretak": real start-ups, not take-overs), from figures on ssb.no pages of several releases:
 * Hele landet 2001-2016 (not 2009), counties 2001-2004 and 2015-2016, and the Kongsvinger region's
 * kommuner 2022 (SSB data via KommuneProfilen). Where releases disagree, the latest one is kept.
 */
import { RAW, rawPath } from '../paths';
import { parseSsbPagesCsv, type PageRow } from '../parse/ssb-pages-csv';
import { oldCountyCode } from '../counties';
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
      throw new Error(`${RAW.enterprisesPages} lines ${prev.line} and ${r.line}: two figures for ${r.regionName} ${r.year} in release ${r.release}`);
    }
  }
  return [...byKey.values()];
}

/** "Glåmdal (økonomisk region 34001)" is used only if region 34001 of that year is the 2024 region's area. */
function regionCode(r: PageRow, klass: KlassKommuneRow[], correspondence: CorrespondenceRow[]): string {
  const where = `${RAW.enterprisesPages} line ${r.line}`;
  const code = /økonomisk region (\d{5})/.exec(r.regionName)?.[1];
  if (!code) throw new Error(`${where}: no økonomisk region code in ${JSON.stringify(r.regionName)}`);
  const then = klass.filter((k) => k.year === r.year && k.regionCode === code).flatMap((k) => correspondence.filter((c) => c.from === k.code).map((c) => c.to));
  const now = klass.filter((k) => k.year === 2024 && k.regionCode === code).map((k) => k.code);
  const same = then.length === now.length && now.every((c) => then.includes(c));
  if (!same) throw new Error(`${where}: økonomisk region ${code} of ${r.year} is not the 2024 region`);
  return `OR${code}`;
}

export function nyetableringerSeries(klass: KlassKommuneRow[], correspondence: CorrespondenceRow[]): Staged {
  const staged: Staged = { kommune: [], county: [], region: [] };
  const rows = parseSsbPagesCsv(rawPath(RAW.enterprisesPages), RAW.enterprisesPages).filter(
    (r) => r.measure === MEASURE && r.level !== 'other' && !EXCLUDED_HOSTS.some((h) => new URL(r.sourceUrl).hostname.endsWith(h))
  );
  for (const r of latestRelease(rows)) {
    const where = `${RAW.enterprisesPages} line ${r.line}`;
    if (r.level === 'land') staged.region.push({ indicator: NYETABLERINGER, region: LAND_CODE, year: r.year, value: r.value });
    else if (r.level === 'region') staged.region.push({ indicator: NYETABLERINGER, region: regionCode(r, klass, correspondence), year: r.year, value: r.value });
    else if (r.level === 'fylke') staged.county.push({ indicator: NYETABLERINGER, county: oldCountyCode(r.regionName, where), vintage: r.year, year: r.year, value: r.value });
    else {
      const code = /\((\d{4})\)$/.exec(r.regionName)?.[1];
      if (!code) throw new Error(`${where}: no kommune code in ${JSON.stringify(r.regionName)}`);
      staged.kommune.push({ indicator: NYETABLERINGER, code, vintage: r.year, year: r.year, value: r.value });
    }
  }
  return staged;
}
