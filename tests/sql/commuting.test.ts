/**
 * Commuting (SSB 03321) on real DuckDB over the built Parquet in static/data. Figures are SSB's, as
 * shipped by statisticsnorway/pendling: Kongsvinger (3401) in the 4th quarter of 2022 had 8 663 jobs,
 * 5 672 who lived and worked there, 2 991 in-commuters and 2 371 out-commuters (PROVENANCE section 11).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/lib/db/node';
import type { NodeDb } from '../../src/lib/db/node';
import { MAX_FLOWS, commutingFlowsQuery, commutingSummaryQuery } from '../../src/lib/sql/commuting';
import type { CommutingFlowRow, CommutingYearRow } from '../../src/lib/sql/commuting';
import { seriesQuery } from '../../src/lib/sql/series';
import type { SeriesRow } from '../../src/lib/sql/series';
import { commutingFileName, commutingFlowsCsv, commutingYearsCsv } from '../../src/lib/export/commuting-csv';
import { FLOW_COUNT, loadCommuting, missingYears, selfContainment } from '../../src/lib/commuting/load';

let db: NodeDb;
beforeAll(async () => {
  db = await openNodeDb('static/data');
});
afterAll(() => db?.close());

const summary = (code: string) => db.engine.query<CommutingYearRow>(commutingSummaryQuery(code));
const flows = (code: string, year: number, from: number, n: number) =>
  db.engine.query<CommutingFlowRow>(commutingFlowsQuery(code, year, from, n));
const at = (rows: CommutingYearRow[], year: number) => rows.find((r) => r.year === year)!;

describe('commutingSummaryQuery', () => {
  it('gives Kongsvinger 2022: 8 663 jobs, 5 672 live and work there, 2 991 in, 2 371 out', async () => {
    const rows = await summary('3401');
    expect(rows.map((r) => r.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022]);
    const k = at(rows, 2022);
    expect(k).toMatchObject({
      members: 1,
      complete: true,
      jobs: 8663,
      inside: 5672,
      in_commuters: 2991,
      out_commuters: 2371,
      residents: 8043,
    });
    expect(k.job_ratio).toBeCloseTo(8663 / 8043, 12);
    expect(k.residents_inside).toBeCloseTo(5672 / 8043, 12);
    expect(k.jobs_inside).toBeCloseTo(5672 / 8663, 12);
    // 2017 at 2024 borders: Kongsvinger 0402 had 8 465 jobs (PROVENANCE section 11).
    expect(at(rows, 2017).jobs).toBe(8465);
  });

  it('adds up: jobs = inside + in-commuters, employed residents = inside + out-commuters', async () => {
    for (const code of ['3401', 'kongsvingerregionen', 'BA15', '34', '3103']) {
      for (const r of await summary(code)) {
        if (!r.complete) continue;
        expect(r.jobs!, `${code} ${r.year}`).toBeCloseTo(r.inside! + r.in_commuters!, 6);
        expect(r.residents!, `${code} ${r.year}`).toBeCloseTo(r.inside! + r.out_commuters!, 6);
      }
    }
  });

  it("counts a grouping's flows between members as inside: Kongsvingerregionen keeps 76,5 % of its employed residents in 2022", async () => {
    const rows = await summary('kongsvingerregionen');
    const r = at(rows, 2022);
    expect(r).toMatchObject({
      members: 6,
      complete: true,
      jobs: 19367,
      residents: 22219,
      inside: 17007,
      in_commuters: 2360,
      out_commuters: 5212,
    });
    expect(r.residents_inside!).toBeCloseTo(0.7654, 4);
    expect(r.jobs_inside!).toBeCloseTo(0.8781, 4);
    // The members' own jobs add up to the grouping's; commuting between them is not in- or out-commuting.
    let jobs = 0;
    let inCommuters = 0;
    for (const code of ['3401', '3414', '3415', '3416', '3417', '3418']) {
      const k = at(await summary(code), 2022);
      jobs += k.jobs!;
      inCommuters += k.in_commuters!;
    }
    expect(jobs).toBe(19367);
    expect(inCommuters).toBeGreaterThan(2360);
  });

  it('matches the jobs indicator (SSB 11618) in 2022 and shows the known 2019 differences', async () => {
    // Every kommune: jobs from the matrix equal 11618's jobs by place of work (up to the fractions of
    // flows shared out across the 2024 splits).
    const check = await db.engine.query<{
      year: number;
      kommuner: number;
      differ: number;
      max_diff: number;
      missing: number;
    }>({
      sql: `WITH j AS (SELECT work_code AS code, year, sum(persons) AS jobs FROM commuting GROUP BY work_code, year)
SELECT o.year, count(*) AS kommuner, count(*) FILTER (WHERE abs(j.jobs - o.value) > 0.5) AS differ,
  max(abs(j.jobs - o.value)) AS max_diff, count(*) FILTER (WHERE j.jobs IS NULL) AS missing
FROM regions r
JOIN observations o ON o.region_code = r.code AND o.indicator = 'sysselsatte' AND o.year BETWEEN 2017 AND 2022
LEFT JOIN j ON j.code = r.code AND j.year = o.year
WHERE r.level = 'kommune'
GROUP BY o.year ORDER BY o.year`,
      params: [],
    });
    const byYear = new Map(check.map((c) => [c.year, c]));
    for (const year of [2017, 2018, 2020, 2021, 2022]) {
      expect(byYear.get(year), String(year)).toMatchObject({ kommuner: 357, differ: 0, missing: 0 });
    }
    // 2019: the two SSB files were fetched at different times — 34 kommuner differ by up to 193, and
    // Rindal (5061, moved to Trøndelag in 2019) is in neither file (11618 has a row of zeros under 1567).
    expect(byYear.get(2019)).toMatchObject({ kommuner: 357, differ: 34, max_diff: 193, missing: 1 });
    // That row of zeros is read as missing, not as a kommune without jobs: Rindal, Trøndelag and the
    // country have no 2019 figure rather than one that is too low.
    const jobs2019 = await db.engine.query<SeriesRow>(
      seriesQuery({ indicator: 'sysselsatte', regions: ['5061', '50', '0'], mode: 'absolute' }),
    );
    for (const code of ['5061', '50', '0']) {
      expect(
        jobs2019.find((r) => r.region_code === code && r.year === 2019),
        code,
      ).toMatchObject({ value: null, status: 'missing' });
    }
    expect(jobs2019.find((r) => r.region_code === '5061' && r.year === 2018)?.value).toBe(840);

    const k = at(await summary('3401'), 2022);
    expect(k.jobs).toBe(k.jobs_indicator);
    // Employed residents: 11618 also counts those working on the continental shelf, on Svalbard or at
    // an unknown place, so it is never below the matrix's count (Kongsvinger 2022: 8 046 against 8 043).
    expect(k.residents_indicator).toBe(8046);
    for (const code of ['0', '34', 'kongsvingerregionen', '4601']) {
      for (const r of await summary(code))
        if (r.complete) expect(r.residents_indicator!).toBeGreaterThanOrEqual(r.residents! - 0.5);
    }
  });

  it('leaves a year missing — never zero or a partial sum — when a member has no figures (Rindal 2019)', async () => {
    for (const code of ['5061', '50', '0']) {
      const r = at(await summary(code), 2019);
      expect(r, code).toMatchObject({
        complete: false,
        jobs: null,
        residents: null,
        inside: null,
        in_commuters: null,
        out_commuters: null,
        job_ratio: null,
        residents_inside: null,
      });
    }
    // The whole country: everyone commutes inside it (the matrix holds no flows abroad).
    const land = at(await summary('0'), 2022);
    expect(Math.round(land.jobs!)).toBe(2809789);
    expect(land).toMatchObject({ members: 357, in_commuters: 0, out_commuters: 0 });
    // Kongsvinger's 2019 is complete: Rindal is no member.
    expect(at(await summary('3401'), 2019).jobs).toBe(8423);
  });

  it('returns nothing for a code that is not a region', async () => {
    expect(await summary('9999')).toEqual([]);
  });
});

describe('commutingFlowsQuery', () => {
  it("names Kongsvinger's largest flows in 2022 and the same flows in 2017", async () => {
    const rows = await flows('3401', 2022, 2017, 5);
    const inbound = rows.filter((r) => r.direction === 'in');
    const outbound = rows.filter((r) => r.direction === 'out');
    expect(inbound.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(inbound.map((r) => [r.other_name, r.persons, r.persons_from])).toEqual([
      ['Eidskog', 731, 747],
      ['Sør-Odal', 716, 685],
      ['Grue', 325, 333],
      ['Nord-Odal', 218, 195],
      ['Oslo', 175, 154],
    ]);
    expect(outbound[0]).toMatchObject({
      other_code: '0301',
      other_name: 'Oslo',
      persons: 600,
      persons_from: 574,
    });
    // Shares are of all in- or out-commuters of the year (2 991 and 2 371).
    expect(inbound[0]!.share).toBeCloseTo(731 / 2991, 12);
    expect(outbound[0]!.share).toBeCloseTo(600 / 2371, 12);
  });

  it("ranks a grouping's flows to and from kommuner outside it only", async () => {
    const members = ['3401', '3414', '3415', '3416', '3417', '3418'];
    const rows = await flows('kongsvingerregionen', 2022, 2017, MAX_FLOWS);
    expect(rows.filter((r) => r.direction === 'out')).toHaveLength(MAX_FLOWS);
    expect(rows.some((r) => members.includes(r.other_code))).toBe(false);
    expect(rows.find((r) => r.direction === 'out' && r.rank === 1)).toMatchObject({
      other_name: 'Oslo',
      persons: 1518,
      persons_from: 1509,
    });
    expect(rows.find((r) => r.direction === 'in' && r.rank === 1)).toMatchObject({
      other_name: 'Nes',
      persons: 374,
    });
    for (const dir of ['in', 'out'] as const) {
      const persons = rows.filter((r) => r.direction === dir).map((r) => r.persons);
      expect(persons).toEqual([...persons].sort((a, b) => b - a));
    }
  });

  it('has no flows for a missing year, and no earlier figure where that year is missing', async () => {
    expect(await flows('50', 2019, 2017, 5)).toEqual([]);
    const trondelag = await flows('50', 2022, 2019, 3);
    expect(trondelag.length).toBe(6);
    expect(trondelag.every((r) => r.persons_from === null)).toBe(true);
    // Surnadal's largest inflow is from Rindal, which has no 2019 figures: missing, not 0.
    const surnadal = await flows('1566', 2022, 2019, 3);
    expect(surnadal[0]).toMatchObject({
      direction: 'in',
      other_code: '5061',
      persons: 197,
      persons_from: null,
    });
    expect(surnadal.find((r) => r.other_code === '5055')?.persons_from).toBe(66);
  });

  it('refuses a number of flows outside 1..MAX_FLOWS', () => {
    expect(() => commutingFlowsQuery('3401', 2022, 2017, 0)).toThrow(/invalid limit/);
    expect(() => commutingFlowsQuery('3401', 2022, 2017, MAX_FLOWS + 1)).toThrow(/invalid limit/);
    expect(() => commutingFlowsQuery('3401', 2022, 2017, 2.5)).toThrow(/invalid limit/);
  });
});

describe('the commuting page data (commuting/load)', () => {
  it('loads the latest and first year with figures and the ten largest flows each way', async () => {
    const data = await loadCommuting(db.engine, 'kongsvingerregionen');
    expect(data).toMatchObject({ code: 'kongsvingerregionen', year: 2022, fromYear: 2017 });
    expect(data.flows.filter((f) => f.direction === 'in')).toHaveLength(FLOW_COUNT);
    expect(data.flows.filter((f) => f.direction === 'out')).toHaveLength(FLOW_COUNT);
    // Trøndelag: 2019 is missing, but 2017 and 2022 have figures.
    const trondelag = await loadCommuting(db.engine, '50');
    expect([trondelag.fromYear, trondelag.year]).toEqual([2017, 2022]);
    expect(missingYears(trondelag.summary)).toEqual([2019]);
    expect(await loadCommuting(db.engine, '9999')).toMatchObject({ year: null, fromYear: null, flows: [] });
  });

  it('applies the travel-to-work-area rule: both shares at least 75 %', async () => {
    // Kongsvingerregionen 2022: 76,5 % of employed residents work inside, 87,8 % of jobs are held by residents.
    const region = selfContainment(at(await summary('kongsvingerregionen'), 2022))!;
    expect(region.contained).toBe(true);
    // Kongsvinger alone: 70,5 % and 65,5 % — not self-contained.
    const kommune = selfContainment(at(await summary('3401'), 2022))!;
    expect(kommune).toEqual({ residents: 5672 / 8043, jobs: 5672 / 8663, contained: false });
    // The rule needs both sides: a region keeping its residents but not its jobs fails.
    expect(
      selfContainment({ ...at(await summary('3401'), 2022), residents_inside: 0.8, jobs_inside: 0.74 })!
        .contained,
    ).toBe(false);
    expect(selfContainment(at(await summary('50'), 2019))).toBeNull();
  });
});

describe('commuting CSV', () => {
  it("writes the page's figures per year and its flows, unrounded, with the source and the address", async () => {
    const data = await loadCommuting(db.engine, '3401');
    const input = {
      data,
      name: 'Kongsvinger',
      url: 'https://example.org/pendling?region=3401',
      builtAt: '2026-12-02T00:00:00Z',
      version: 'abc',
    };
    const years = commutingYearsCsv(input)
      .replace(/^\ufeff/, '')
      .split('\r\n');
    expect(years[0]).toBe('# Pendling og arbeidsmarked: Kongsvinger 2017–2022');
    expect(years[1]).toMatch(/^# Kilde: SSB, tabell 03321 .* Datasett bygget 2026-12-02\.$/);
    expect(years[2]).toBe('# Dataversjon abc. Hentet fra https://example.org/pendling?region=3401');
    const y2022 = years.find((l) => l.startsWith('3401,2022,'))!.split(',');
    expect(y2022.slice(0, 8)).toEqual([
      '3401',
      '2022',
      '8663',
      '8043',
      String(Number((8663 / 8043).toPrecision(12))),
      '5672',
      '2991',
      '2371',
    ]);
    expect(y2022.at(-1)).toBe('8046');
    const flowsCsv = commutingFlowsCsv(input).split('\r\n');
    expect(flowsCsv[3]).toBe('retning,nr,kommune_kode,kommune,personer_2022,andel,personer_2017,anslått');
    expect(flowsCsv[4]).toMatch(/^inn,1,3416,Eidskog,731,0\.244\d+,747,nei$/);
    expect(commutingFileName('Kongsvinger', 'years', data)).toBe('pendling_kongsvinger_2017-2022.csv');
    expect(commutingFileName('Kongsvinger', 'flows', data)).toBe('pendlestrommer_kongsvinger_2017-2022.csv');
  });

  it("leaves a missing year's cells empty, never 0", async () => {
    const data = await loadCommuting(db.engine, '50');
    const line = commutingYearsCsv({ data, name: 'Trøndelag', url: 'x', builtAt: '2026-12-02' })
      .split('\r\n')
      .find((l) => l.startsWith('50,2019,'))!;
    expect(line.split(',').slice(2, 11)).toEqual(['', '', '', '', '', '', '', '', '']);
  });
});
