/**
 * Every chart kind rendered to SVG from the real shipped data and compared with its committed snapshot
 * (tests/charts/snapshot.ts): the comparison line chart (absolute, and indexed across a break in series),
 * the target chart with its path and trend band, the data-coverage heat-map and the map (choropleth).
 */
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { choroplethChart, type AreaFeature } from '../../src/lib/charts/choropleth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDb } from '../../src/lib/db/node';
import { seriesQuery, type SeriesRow } from '../../src/lib/sql/series';
import { coverageMatrixQuery, type CoverageCell } from '../../src/lib/sql/catalogue';
import { lineChart } from '../../src/lib/charts/line';
import { targetViewChart } from '../../src/lib/charts/target';
import { coverageChart, coverageGrid, coverageRows } from '../../src/lib/charts/coverage';
import { loadCatalogue } from '../../src/lib/series/load';
import { loadTargetSeries } from '../../src/lib/targets/series';
import { evaluateTarget } from '../../src/lib/targets/evaluate';
import { readTargetsCsv } from '../../data/targets';
import { matchSnapshot, render } from './snapshot';

let db: NodeDb;
let catalogue: Awaited<ReturnType<typeof loadCatalogue>>;
beforeAll(async () => {
  db = await openNodeDb('static/data');
  catalogue = await loadCatalogue(db.engine);
});
afterAll(() => db?.close());

const names = () => new Map(catalogue.regions.map((r) => [r.code, r.name]));

describe('SVG snapshots of every chart kind', () => {
  it('line, absolute: population of Moss, Råde and Våler', async () => {
    const regions = ['3103', '3112', '3114'];
    const rows = await db.engine.query<SeriesRow>(
      seriesQuery({ indicator: 'befolkning', regions, mode: 'absolute' }),
    );
    const figure = render(
      lineChart(rows, {
        names: names(),
        order: regions,
        mode: 'absolute',
        yLabel: 'Personer',
        digits: 0,
        description: 'Befolkning',
      }),
    );
    expect(figure.querySelectorAll('g[aria-label="line"] path')).toHaveLength(3);
    expect(matchSnapshot('line-absolute', figure)).toBeNull();
  });

  it('line, indexed across the 2015 break: jobs in Kongsvinger and Innlandet', async () => {
    const regions = ['3401', '34'];
    const rows = await db.engine.query<SeriesRow>(
      seriesQuery({ indicator: 'sysselsatte', regions, mode: 'indexed', base: 2017 }),
    );
    const figure = render(
      lineChart(rows, {
        names: names(),
        order: regions,
        mode: 'indexed',
        yLabel: 'Indeks: 2017 = 100',
        digits: 1,
        breaks: [2015],
      }),
    );
    expect(figure.textContent).toContain('Brudd i serien');
    expect(matchSnapshot('line-indexed-break', figure)).toBeNull();
  });

  it('target: Kongsvingerregionen +100 jobs a year, path from 2017 and the trend band', async () => {
    const target = readTargetsCsv().find((t) => t.id === 'kongsvingerregionen-100-arbeidsplasser')!;
    const series = await loadTargetSeries(db.engine, target.indicator, target.region);
    const view = evaluateTarget(
      target,
      series,
      catalogue.indicators.find((i) => i.id === 'sysselsatte')!,
      'Kongsvingerregionen',
    );
    const figure = render(targetViewChart({ ...view, path: view.path ?? [] }, 'personer'));
    expect(figure.querySelector('[aria-description="målbane"]')).not.toBeNull();
    expect(matchSnapshot('target-kongsvingerregionen', figure)).toBeNull();
    const card = render(
      targetViewChart({ ...view, path: view.path ?? [] }, 'personer', {
        compact: true,
        height: 150,
        width: 320,
      }),
    );
    // The card's chart is read at 12 px (it was 10 px), with four year ticks.
    expect(card.outerHTML).toContain('style="font-size:12px;');
    expect(matchSnapshot('target-kongsvingerregionen-card', card)).toBeNull();
  });

  it('coverage heat-map: jobs by place of work', async () => {
    const cells = await db.engine.query<CoverageCell>(coverageMatrixQuery());
    const sizes = new Map<string, { level: string; kind: string; regions: number }>();
    for (const r of catalogue.regions) {
      const s = sizes.get(`${r.level}|${r.kind}`) ?? { level: r.level, kind: r.kind, regions: 0 };
      s.regions += 1;
      sizes.set(`${r.level}|${r.kind}`, s);
    }
    const rows = coverageRows([...sizes.values()]);
    const figure = render(
      coverageChart(
        coverageGrid(
          cells.filter((c) => c.indicator === 'sysselsatte'),
          rows,
        ),
        rows,
      ),
    );
    expect(matchSnapshot('coverage-sysselsatte', figure)).toBeNull();
  });
});

describe('the map', () => {
  it('choropleth: population growth 2021–2026 in the 15 fylker (SSB 07459): Akershus +8.6 % the most, Finnmark +0.8 % the least', async () => {
    const topo = JSON.parse(readFileSync('static/data/fylker.topojson', 'utf-8')) as Topology<{
      fylker: GeometryCollection<{ code: string; name: string }>;
    }>;
    const fylker = feature(topo, topo.objects.fylker).features as AreaFeature[];
    const regions = fylker.map((f) => f.properties.code);
    const rows = await db.engine.query<SeriesRow>(
      seriesQuery({ indicator: 'befolkning', regions, mode: 'absolute' }),
    );
    const at = (code: string, year: number) =>
      rows.find((r) => r.region_code === code && r.year === year)?.y ?? null;
    const growth = new Map(
      regions.flatMap((code) => {
        const from = at(code, 2021);
        const to = at(code, 2026);
        return from && to !== null ? [[code, ((to - from) / from) * 100] as const] : [];
      }),
    );
    expect(growth.size).toBe(15);
    const ranked = [...growth].sort((a, b) => b[1] - a[1]);
    expect([ranked[0]![0], ranked[0]![1].toFixed(1)]).toEqual(['32', '8.6']);
    expect([ranked[14]![0], ranked[14]![1].toFixed(1)]).toEqual(['56', '0.8']);
    const figure = render(
      choroplethChart(fylker, {
        measure: 'growth',
        values: growth,
        label: 'Vekst i prosent, 2021–2026',
        format: (v) => (v === null ? 'ingen tall' : `${v.toFixed(1)} %`),
        noDataLabel: 'ingen tall',
        description: 'Befolkningsvekst 2021–2026 per fylke',
      }),
    );
    const paths = [...figure.querySelectorAll('g[aria-label=geo] path')];
    expect(paths).toHaveLength(15);
    expect(paths.find((p) => p.getAttribute('data-code') === '03')?.querySelector('title')?.textContent).toBe(
      `Oslo: ${growth.get('03')!.toFixed(1)} %`,
    );
    expect(matchSnapshot('choropleth-fylker-befolkning-2021-2026', figure)).toBeNull();
  });
});

describe('small multiples and dumbbell', () => {
  it('panels: one facet per region with data, shared or own y axis (jobs in five Innlandet kommuner)', async () => {
    const { panelsChart } = await import('../../src/lib/charts/panels');
    const regions = ['3401', '3403', '3420', '3405', '9999'];
    const rows = await db.engine.query<SeriesRow>(
      seriesQuery({ indicator: 'sysselsatte', regions, mode: 'absolute' }),
    );
    const spec = (sharedY: boolean) => ({
      names: names(),
      order: regions,
      mode: 'absolute' as const,
      yLabel: 'Personer',
      digits: 0,
      breaks: [2015],
      sharedY,
    });
    const options = (sharedY: boolean) => panelsChart(rows, spec(sharedY));
    const shared = render(options(true));
    const titles = [...shared.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent);
    // No panel for 9999 (no such region, no data); Plot writes facets column by column.
    expect(titles.sort()).toEqual(['Elverum', 'Hamar', 'Kongsvinger', 'Lillehammer']);
    // One facet group per panel, each with its line split at the 2015 break into two segments.
    const facets = shared.querySelectorAll('g[aria-label="line"] > g');
    expect(facets).toHaveLength(4);
    for (const facet of facets) expect(facet.querySelectorAll('path')).toHaveLength(2);
    // Shared: one axis for all, reaching Hamar's 20 781 jobs (SSB 11618, 2022).
    const axis = [...shared.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) =>
      t.textContent!.replace(/\s/g, ' '),
    );
    expect(axis).toContain('20 000');
    expect(matchSnapshot('panels-shared', shared)).toBeNull();

    // Own axes: no shared axis; Kongsvinger's panel labels its own ticks, which stop below Hamar's level.
    const free = render(options(false));
    expect(free.querySelector('g[aria-label="y-axis tick label"]')).toBeNull();
    const [unit, own] = [...free.querySelectorAll('g[aria-label="text"]')];
    expect(unit!.textContent).toBe('↑ Personer');
    const tickLabels = own!.querySelector('g')!;
    const kongsvinger = [...tickLabels.querySelectorAll('text')].map((t) =>
      Number(t.textContent!.replace(/\s/g, '')),
    );
    expect(Math.max(...kongsvinger)).toBeLessThan(10_000);
    expect(Math.min(...kongsvinger)).toBeGreaterThan(5_000);
    expect(matchSnapshot('panels-free', free)).toBeNull();

    // A phone (390 px): one panel per row, the four stacked — every facet at the same x, four ys.
    const { columnsForWidth } = await import('../../src/lib/charts/panels');
    expect([379, 479, 480, 719, 720, 768, 1120].map(columnsForWidth)).toEqual([1, 1, 2, 2, 3, 3, 3]);
    const narrow = render(panelsChart(rows, { ...spec(true), width: 390 }));
    const offsets = [...narrow.querySelectorAll('g[aria-label="line"] > g')].map((g) =>
      g.getAttribute('transform'),
    );
    const xs = new Set(offsets.map((t) => /translate\(([-\d.]+)/.exec(t ?? '')?.[1] ?? '0'));
    const ys = new Set(offsets.map((t) => /translate\([-\d.]+,\s*([-\d.]+)/.exec(t ?? '')?.[1] ?? '0'));
    expect(offsets).toHaveLength(4);
    expect(xs.size).toBe(1);
    expect(ys.size).toBe(4);
    expect(matchSnapshot('panels-narrow', narrow)).toBeNull();
    // The desktop width keeps three per row: the wide snapshots above are unchanged.
    const wide = render(options(true));
    const wideXs = new Set(
      [...wide.querySelectorAll('g[aria-label="line"] > g')].map(
        (g) => g.getAttribute('transform')?.split(',')[0],
      ),
    );
    expect(wideXs.size).toBe(3);
  });

  it('dumbbell: 2017 → 2022 jobs for the six Kongsvingerregionen kommuner, largest change first', async () => {
    const { dumbbellChart, dumbbellRows } = await import('../../src/lib/charts/dumbbell');
    const regions = ['3401', '3414', '3415', '3416', '3417', '3418'];
    const rows = await db.engine.query<SeriesRow>(
      seriesQuery({ indicator: 'sysselsatte', regions, mode: 'absolute' }),
    );
    const { rows: bells, missing } = dumbbellRows(rows, {
      names: names(),
      order: regions,
      from: 2017,
      to: 2022,
    });
    expect(missing).toEqual([]);
    // Kongsvinger 8 465 → 8 663: +198, computed from SSB 11618.
    expect(bells.find((b) => b.code === '3401')).toMatchObject({ start: 8465, end: 8663, change: 198 });
    for (let i = 1; i < bells.length; i++)
      expect(bells[i - 1]!.change).toBeGreaterThanOrEqual(bells[i]!.change);
    const figure = render(
      dumbbellChart(bells, {
        names: names(),
        order: regions,
        from: 2017,
        to: 2022,
        xLabel: 'Personer',
        digits: 0,
      }),
    );
    expect(figure.querySelectorAll('g[aria-label="link"] > path')).toHaveLength(6);
    expect(matchSnapshot('dumbbell-kongsvingerregionen', figure)).toBeNull();
  });
});

describe('shift-share', () => {
  it('bars for the three effects and the actual change: Notodden 2015–2021 against Hele landet', async () => {
    const { loadShiftShare } = await import('../../src/lib/shiftshare/load');
    const { isShiftShare } = await import('../../src/lib/shiftshare/shift-share');
    const { shiftShareChart } = await import('../../src/lib/charts/shift-share');
    const result = await loadShiftShare(db.engine, { region: '4005', from: 2015, to: 2021 });
    if (!isShiftShare(result)) throw new Error('expected a result for Notodden');
    const figure = render(
      shiftShareChart(result, {
        labels: {
          national: 'Nasjonal effekt',
          mix: 'Næringsstruktur',
          local: 'Lokal effekt',
          actual: 'Faktisk endring',
        },
        xLabel: 'Personer',
      }),
    );
    // Four bars; the labels are SSB 13472's effects rounded: +340, −11, −67 and +263.
    expect(figure.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(4);
    const labels = [...figure.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent);
    expect(labels.sort()).toEqual(['+263', '+340', '−11', '−67']);
    expect(matchSnapshot('shift-share-notodden', figure)).toBeNull();
  });
});
