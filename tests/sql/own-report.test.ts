/**
 * An own region's report (report/load.ts with an own region, groups/group.ts ownReportRegion): the
 * sections are the members' sums, by hand from SSB 07459 — Moss, Råde and Våler had 49 668 + 7 568 +
 * 5 805 = 63 041 inhabitants on 1 January 2021 and 53 207 + 7 892 + 6 229 = 67 328 on 1 January 2026
 * (+4 287, +6,8 %) — and equal the shipped Mosseregionen's report in every section, year and value. The
 * members all lie in Østfold, so the region is drawn against Østfold and the country; it has no rank.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/lib/db/node';
import type { NodeDb } from '../../src/lib/db/node';
import { comparators, loadRegionReport } from '../../src/lib/report/load';
import { loadCatalogue } from '../../src/lib/series/load';
import type { Catalogue } from '../../src/lib/series/load';
import { ownReportPath, ownReportRegion, parseGroups } from '../../src/lib/groups/group';
import { commutingSummaryQuery } from '../../src/lib/sql/commuting';
import { reportChart, reportDescription } from '../../src/lib/charts/report';
import { render } from '../charts/snapshot';
import type { CommutingYearRow } from '../../src/lib/sql/commuting';

let db: NodeDb;
let catalogue: Catalogue;
beforeAll(async () => {
  db = await openNodeDb('static/data');
  catalogue = await loadCatalogue(db.engine);
}, 60_000);
afterAll(() => db?.close());

const mosse = { slot: 1, name: 'Vår region', members: ['3103', '3112', '3114'] };

describe('an own region’s report', () => {
  it('is linked with the region in the link, and read back from it', () => {
    const path = ownReportPath(mosse);
    expect(path).toBe('/region/egen-1?g1=V%C3%A5r+region%3A3103,3112,3114');
    const kommuner = new Set(['3103', '3112', '3114']);
    const back = parseGroups(new URLSearchParams(path.split('?')[1]), (c) => kommuner.has(c));
    expect(back.groups).toEqual([mosse]);
  });

  it('is compared with the fylke its members share, and the country; with no fylke when they span two', () => {
    const region = ownReportRegion(mosse, catalogue.regions);
    expect(region).toMatchObject({ code: 'egen-1', name: 'Vår region', level: 'region', fylke_code: '31' });
    expect(comparators(region)).toEqual(['egen-1', '31', '0']);
    // Moss (Østfold) and Vestby (Akershus).
    const across = ownReportRegion(
      { slot: 2, name: 'Over grensen', members: ['3103', '3216'] },
      catalogue.regions,
    );
    expect(across.fylke_code).toBeNull();
    expect(comparators(across)).toEqual(['egen-2', '0']);
  });

  it('sums the members: 63 041 → 67 328 inhabitants 2021–2026, equal to Mosseregionen in every section', async () => {
    const region = ownReportRegion(mosse, catalogue.regions);
    const own = await loadRegionReport(db.engine, region, catalogue.indicators, undefined, 0, mosse);
    const pop = own.sections.find((s) => s.indicator.id === 'befolkning')!;
    expect(pop.latest).toEqual({ year: 2026, value: 53207 + 7892 + 6229 });
    expect(pop.change).toEqual({ from: 2021, to: 2026, fromValue: 49668 + 7568 + 5805, toValue: 67328 });
    expect(pop.order).toEqual(['egen-1', '31', '0']);
    expect(pop.rank).toBeNull();
    const at2024 = pop.series.rows.find((r) => r.region_code === 'egen-1' && r.year === 2024);
    expect(at2024?.value).toBe(52051 + 7883 + 6145);

    const shippedRegion = catalogue.regions.find((r) => r.code === 'mosseregionen')!;
    const shipped = await loadRegionReport(db.engine, shippedRegion, catalogue.indicators);
    expect(own.sections.map((s) => s.indicator.id)).toEqual(shipped.sections.map((s) => s.indicator.id));
    for (const s of own.sections) {
      const t = shipped.sections.find((x) => x.indicator.id === s.indicator.id)!;
      expect(s.latest, s.indicator.id).toEqual(t.latest);
      expect(s.change, s.indicator.id).toEqual(t.change);
      // A year where only some members have a figure is a null row for the own region (never a
      // partial sum) and no row for the shipped grouping: the values compared are those that exist.
      const values = (rows: typeof s.series.rows, code: string) =>
        rows.filter((r) => r.region_code === code && r.value !== null).map((r) => [r.year, r.value, r.y]);
      expect(values(s.series.rows, 'egen-1'), s.indicator.id).toEqual(values(t.series.rows, 'mosseregionen'));
    }
  });

  it('gets the commuting key figures Mosseregionen has, year by year', async () => {
    const own = await db.engine.query<CommutingYearRow>(commutingSummaryQuery('egen-1', mosse.members));
    const shipped = await db.engine.query<CommutingYearRow>(commutingSummaryQuery('mosseregionen'));
    const figures = (rows: CommutingYearRow[]) =>
      rows.map((r) => [r.year, r.complete, r.jobs, r.residents, r.inside, r.in_commuters, r.out_commuters]);
    expect(figures(own)).toEqual(figures(shipped));
    expect(own.filter((r) => r.complete).length).toBeGreaterThan(0);
  });

  it('draws and describes its chart as a shipped region’s report does (one chart for both)', async () => {
    const region = ownReportRegion(mosse, catalogue.regions);
    const own = await loadRegionReport(db.engine, region, catalogue.indicators, undefined, 0, mosse);
    const pop = own.sections.find((s) => s.indicator.id === 'befolkning')!;
    const names = new Map([
      ['egen-1', 'Vår region'],
      ['31', 'Østfold'],
      ['0', 'Hele landet'],
    ]);
    const svg = render(reportChart(pop, names, (s) => s, 640));
    // One line per region drawn: the own region, Østfold and the country.
    expect(svg.querySelectorAll('g[aria-label=line] path')).toHaveLength(3);
    const words = reportDescription(pop, names);
    expect(words).toContain('Vår region');
    expect(words).toContain('Østfold');
  });
});
