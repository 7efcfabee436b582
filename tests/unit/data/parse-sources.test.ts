import { describe, expect, it } from 'vitest';
import { RAW, rawPath } from '../../../data/paths';
import { parseAprestmoKommuner } from '../../../data/parse/aprestmo-csv';
import { parseKlass108Csv } from '../../../data/parse/klass108-csv';
import {
  parse13472SektorVestfoldTelemark,
  totalOverParts,
} from '../../../data/parse/ssb-13472-employment-csv';
import { parseEurostatDataCommonsCsv } from '../../../data/parse/eurostat-datacommons-csv';
import { parse09391SummaryCsv, parse11713ExtractCsv } from '../../../data/parse/ssb-county-gdp-csv';
import { parseSsbPagesCsv, releaseOf } from '../../../data/parse/ssb-pages-csv';
import { parseBaRegioner } from '../../../data/parse/ba-regioner-csv';
import {
  parseChanges2019To2020,
  parseFhiLocations,
  parseKommunenummerLong,
} from '../../../data/parse/kommune-history-csv';
import { parseKlass131Changes2024 } from '../../../data/parse/klass131-changes-json';
import { latestRelease } from '../../../data/series/nyetableringer';
import { compareTelemarkWithSektorFile } from '../../../data/series/sysselsatte';
import { readInputs } from '../../../data/inputs';

const inputs = readInputs();

describe('classification files', () => {
  it('aprestmo: 357 kommuner of 2024 whose population adds up to SSB 1 Jan 2024', () => {
    const k = parseAprestmoKommuner(rawPath(RAW.kommuner2024));
    expect(k).toHaveLength(357);
    expect(k.reduce((s, x) => s + (x.population2024 ?? 0), 0)).toBe(5550203);
    expect(k.find((x) => x.code === '3103')?.population2024).toBe(52051);
  });

  it('KLASS 108: the 2018 version writes fylker as "EKA08", read as "08"', () => {
    const klass = parseKlass108Csv(rawPath(RAW.klass108));
    expect(klass.find((r) => r.year === 2018 && r.code === '0806')?.fylke).toBe('08');
    expect(klass.filter((r) => r.year === 2024)).toHaveLength(357);
    expect(klass.filter((r) => r.year === 2019)).toHaveLength(422);
    expect(klass.some((r) => r.code === '9999')).toBe(false);
  });

  it('kommune history tables: 2013-2020 list, FHI split weights, SSB split flags, 2024 renumberings', () => {
    const long = parseKommunenummerLong(rawPath(RAW.kommunenummerLong));
    expect(long).toHaveLength(486);
    expect(long.filter((r) => r.code2020 === '3002').map((r) => r.historical)).toEqual(['0104', '0136']);
    const fhi = parseFhiLocations(rawPath(RAW.fhiLocations));
    expect(fhi.filter((r) => r.from === '5012').map((r) => [r.to, r.weight])).toEqual([
      ['5055', 0.35],
      ['5056', 0.35],
      ['5059', 0.3],
    ]);
    expect(fhi.find((r) => r.from === '1613')).toMatchObject({ to: '5012', weight: null, yearEnd: 2017 });
    const splits = parseChanges2019To2020(rawPath(RAW.changes2019)).filter((c) => c.split);
    expect([...new Set(splits.map((c) => c.from))]).toEqual(['1850', '5012']);
    const json = parseKlass131Changes2024(rawPath(RAW.changes2024));
    expect(json).toHaveLength(112);
    expect(json.find((c) => c.code2024 === '3103')?.code2023).toBe('3002');
    expect(json.some((c) => c.code2023 === '3018' || c.code2024 === '1580')).toBe(false);
  });

  it('BA regions: 356 kommuner of 2020 in 159 regions', () => {
    const ba = parseBaRegioner(rawPath(RAW.baRegioner));
    expect(ba).toHaveLength(356);
    expect(new Set(ba.map((b) => b.baNumber)).size).toBe(159);
  });
});

describe('employment by place of work (SSB 13472 / 13470)', () => {
  it('sums the five sectors to all employed: Skien 2010 = 24 603, 2021 = 26 615', () => {
    const totals = totalOverParts(
      parse13472SektorVestfoldTelemark(rawPath(RAW.employmentSektorVT)),
      'sektor',
    );
    expect(totals.find((t) => t.kommune === '3807' && t.year === 2010)?.persons).toBe(24603);
    expect(totals.find((t) => t.kommune === '3807' && t.year === 2021)?.persons).toBe(26615);
    expect(new Set(totals.map((t) => t.kommune)).size).toBe(23);
  });

  it('the Telemark 13472 file equals the sektor file in all 102 shared kommune-years', () => {
    const c = compareTelemarkWithSektorFile('13472', inputs.klass, inputs.correspondence.rows);
    expect(c).toHaveLength(17 * 6);
    expect(c.filter((x) => x.first !== x.other)).toEqual([]);
  });

  it('the 13470 industry file does not (separately rounded cells): kept apart', () => {
    const c = compareTelemarkWithSektorFile('13470', inputs.klass, inputs.correspondence.rows);
    const bamble2016 = c.find((x) => x.kommune === '4012' && x.year === 2016);
    expect(bamble2016).toEqual({ kommune: '4012', year: 2016, first: 4924, other: 4919 });
    expect(c.filter((x) => x.first !== x.other).length).toBeGreaterThan(50);
  });
});

describe('Eurostat nama_10r_3empers (Data Commons copy)', () => {
  const cells = parseEurostatDataCommonsCsv(rawPath(RAW.eurostatEmployment));
  const cell = (geo: string, year: number, measure: string) =>
    cells.find((c) => c.geo === geo && c.year === year && c.measure === measure);

  it('reads totals in persons', () => {
    expect(cell('NO031', 2008, '')?.value).toBe(120000);
    expect(cell('NO', 2017, '')?.value).toBe(2747000);
    expect(new Set(cells.map((c) => c.geo)).size).toBe(31);
  });

  it('keeps a real empty (":") cell missing and a real 0.0 as zero', () => {
    expect(cell('NO021', 2008, '_NACE/A')).toEqual({
      year: 2008,
      geo: 'NO021',
      measure: '_NACE/A',
      value: null,
    });
    expect(cell('NO011', 2010, '_NACE/A')?.value).toBe(0);
    expect(cells.filter((c) => c.value === null)).toHaveLength(250);
  });
});

describe('county GDP and ssb.no pages', () => {
  it('09391: Østfold 2008 = 71 330, Hedmark 2017 = 70 983; empty before 2008', () => {
    const rows = parse09391SummaryCsv(rawPath(RAW.gdp09391));
    expect(rows.find((r) => r.year === 2008 && r.countyLabel === 'Østfold (-2019)')?.value).toBe(71330);
    expect(rows.find((r) => r.year === 2017 && r.countyLabel === 'Hedmark (-2019)')?.value).toBe(70983);
    expect(rows.filter((r) => r.year < 2008).every((r) => r.value === null)).toBe(true);
  });

  it('11713 extract: Viken 2023 = 697 956, Hele landet has code "0"', () => {
    const rows = parse11713ExtractCsv(rawPath(RAW.gdp11713));
    expect(rows.find((r) => r.year === 2023 && r.county === '30')?.value).toBe(697956);
    expect(rows.filter((r) => r.county === '0').map((r) => r.year)).toEqual([
      2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023,
    ]);
  });

  it('reads release dates from URL or note, and keeps the latest release', () => {
    expect(releaseOf('https://ssb.no/a/static/foretak/tab-2009-04-29-02.html', '')).toBe('2009-04-29');
    expect(releaseOf('https://ssb.no/306865/x', 'release 2017 (SSB table 306865)')).toBe('2017');
    const rows = parseSsbPagesCsv(rawPath(RAW.enterprisesPages), 'pages').filter(
      (r) => r.measure === 'newly_established_enterprises',
    );
    const land2006 = latestRelease(rows).find((r) => r.level === 'land' && r.year === 2006);
    expect(rows.filter((r) => r.level === 'land' && r.year === 2006).map((r) => r.value)).toContain(51246);
    expect(land2006?.value).toBe(51374);
  });
});
