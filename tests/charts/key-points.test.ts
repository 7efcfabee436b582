/**
 * The keyboard walk through every chart kind (charts/key-points.ts), on REAL data (static/data): the
 * points and their words are the pointer tooltip's, in the reader's language, the keys move in the
 * order a reader expects, and each point sits where the chart drew it (the scales' position equals a
 * drawn dot's, and a map's area or flow line carries the `data-code` the highlight looks for).
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PlotOptions } from '@observablehq/plot';
import { render } from './snapshot';
import { openNodeDb, type NodeDb } from '../../src/lib/db/node';
import { loadCatalogue, loadSeries, type RegionInfo } from '../../src/lib/series/load';
import { lineChart, lineKeyPoints } from '../../src/lib/charts/line';
import { panelsChart, panelsKeyPoints } from '../../src/lib/charts/panels';
import { dumbbellChart, dumbbellKeyPoints, dumbbellRows } from '../../src/lib/charts/dumbbell';
import {
  flowChart,
  flowKeyPoints,
  commutingTrendKeyPoints,
  selfContainmentKeyPoints,
} from '../../src/lib/charts/commuting';
import { flowMapChart, flowMapKeyPoints } from '../../src/lib/charts/flow-map';
import { keyPointOffset, keyWalk, stepKeyPoint, type KeyPoint } from '../../src/lib/charts/key-points';
import { commutingFlowsQuery, commutingSummaryQuery } from '../../src/lib/sql/commuting';
import type { CommutingFlowRow, CommutingYearRow } from '../../src/lib/sql/commuting';
import { areasFromTopology } from '../../src/lib/map/boundaries';
import { mapKeyPoints, mapSpec } from '../../src/lib/map/view';
import { loadRanking } from '../../src/lib/ranking/load';
import { regionLabels } from '../../src/lib/definitions/regions';
import type { RankingView } from '../../src/lib/ranking/view';
import type { Indicator } from '../../src/lib/schema';
import { setLang } from '../../src/lib/i18n';
import { loadShiftShare } from '../../src/lib/shiftshare/load';
import { isShiftShare } from '../../src/lib/shiftshare/shift-share';
import { shiftShareChart, shiftShareKeyPoints } from '../../src/lib/charts/shift-share';

let db: NodeDb;
let indicators: Indicator[];
let regions: RegionInfo[];
beforeAll(async () => {
  db = await openNodeDb('static/data');
  ({ indicators, regions } = await loadCatalogue(db.engine));
});
afterAll(() => db?.close());
afterEach(() => setLang('nb'));

const names = new Map([
  ['3103', 'Moss'],
  ['3107', 'Fredrikstad'],
]);
const order = ['3103', '3107'];
const mossAndFredrikstad = () =>
  loadSeries(db.engine, { indicator: 'befolkning', regions: order, mode: 'absolute', base: null });

/** The index of the point of `series` at `along`. */
const find = (points: readonly KeyPoint[], series: string, along: number) =>
  points.findIndex((p) => p.series === series && p.along === along);

/** Each point's place, in pixels within the drawn chart, by the drawn chart's scales. */
function offsets(options: PlotOptions, points: readonly KeyPoint[]) {
  const figure = render(options);
  return points.map((p) =>
    'code' in p.at
      ? null
      : keyPointOffset(figure, p.at, { left: options.marginLeft, top: options.marginTop }),
  );
}

/** Where a drawn circle sits, adding the translations of the groups around it (Plot's facets). */
function circleAt(circle: Element): { x: number; y: number } {
  let x = Number(circle.getAttribute('cx'));
  let y = Number(circle.getAttribute('cy'));
  for (let e = circle.parentElement; e && e.tagName.toLowerCase() !== 'svg'; e = e.parentElement) {
    const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(e.getAttribute('transform') ?? '');
    if (m) {
      x += Number(m[1]);
      y += Number(m[2]);
    }
  }
  return { x, y };
}

describe('chart points by keyboard', () => {
  it('line chart: steps through Moss and Fredrikstad with the tooltip words (SSB 07459: Moss 49 273 in 2020)', async () => {
    const series = await mossAndFredrikstad();
    const options = { names, order, mode: 'absolute' as const, yLabel: 'personer', digits: 0 };
    const points = lineKeyPoints(series.rows, options);
    const moss2020 = find(points, '3103', 2020);
    expect(points[moss2020]!.text).toMatch(/^Moss\n2020: 49\s273\n/);
    const right = stepKeyPoint(points, moss2020, 'ArrowRight');
    expect([points[right]!.series, points[right]!.along]).toEqual(['3103', 2021]);
    const down = stepKeyPoint(points, moss2020, 'ArrowDown');
    expect([points[down]!.series, points[down]!.along]).toEqual(['3107', 2020]);
    expect(points[stepKeyPoint(points, down, 'ArrowUp')]).toBe(points[moss2020]);
    expect(points[stepKeyPoint(points, moss2020, 'End')]!.along).toBe(2026);
    expect(points[stepKeyPoint(points, 0, 'ArrowLeft')]).toBe(points[0]);
    expect(keyWalk(points)).toBe('lines');
    // The highlight goes where the dot is drawn.
    const svg = render(lineChart(series.rows, options)) as Element;
    const dots = [...svg.querySelectorAll('g[aria-label="dot"] circle')];
    const at = offsets(lineChart(series.rows, options), [points[moss2020]!])[0]!;
    expect(dots.some((d) => Math.hypot(circleAt(d).x - at.x, circleAt(d).y - at.y) < 0.5)).toBe(true);
  });

  it('small multiples: panel by panel, ArrowDown to the next panel, each point on its panel’s dot', async () => {
    const series = await mossAndFredrikstad();
    setLang('en');
    const options = {
      names,
      order,
      mode: 'absolute' as const,
      yLabel: 'persons',
      digits: 0,
      sharedY: false,
      width: 1120,
    };
    const points = panelsKeyPoints(series.rows, options);
    const moss2020 = find(points, '3103', 2020);
    expect(points[moss2020]!.text).toMatch(/^Moss\n2020: 49,273\n/);
    const down = stepKeyPoint(points, moss2020, 'ArrowDown');
    expect([points[down]!.series, points[down]!.along]).toEqual(['3107', 2020]);
    expect(points[down]!.at).toMatchObject({ fx: 1, fy: 0 });
    const spec = panelsChart(series.rows, options);
    const figure = render(spec);
    const dots = [...figure.querySelectorAll('g[aria-label="dot"] circle')].map(circleAt);
    const [mossAt, fredrikstadAt] = offsets(spec, [points[moss2020]!, points[down]!]);
    // Fredrikstad's panel is the second, to the right of Moss's.
    expect(fredrikstadAt!.x - mossAt!.x).toBeGreaterThan(300);
    for (const at of [mossAt!, fredrikstadAt!])
      expect(dots.some((d) => Math.hypot(d.x - at.x, d.y - at.y) < 0.5)).toBe(true);
  });

  it('dumbbell (comparison and ranking): start and end of each row, rows in the drawn order', async () => {
    const series = await mossAndFredrikstad();
    const span = { from: 2020, to: 2024 };
    const { rows } = dumbbellRows(series.rows, { names, order, ...span });
    const options = { names, order, ...span, xLabel: 'Personer', digits: 0 };
    const nb = dumbbellKeyPoints(rows, options);
    const moss = find(nb, '3103', 0);
    expect(nb[moss]!.text).toMatch(/^Moss 2020: 49\s273$/);
    expect(nb[stepKeyPoint(nb, moss, 'ArrowRight')]!.text).toMatch(/^Moss 2024: \d\d\s\d{3} \(\+\d/);
    // The rows run largest change first: the walk starts on the top row.
    expect(nb[0]!.series).toBe(rows[0]!.code);
    expect(keyWalk(nb)).toBe('pairs');
    setLang('en');
    expect(dumbbellKeyPoints(rows, options)[moss]!.text).toBe('Moss 2020: 49,273');
    const spec = dumbbellChart(rows, options);
    const dots = [...render(spec).querySelectorAll('g[aria-label="dot"] circle')].map(circleAt);
    for (const at of offsets(spec, nb))
      expect(dots.some((d) => Math.hypot(d.x - at!.x, d.y - at!.y) < 0.5)).toBe(true);
  });

  it('map: the kommuner of Østfold highest first, name and value, each on its drawn area', async () => {
    const kommuner = areasFromTopology(
      JSON.parse(readFileSync('static/data/kommuner.topojson', 'utf8')),
      'kommuner',
    );
    const view: RankingView = {
      indicator: 'befolkning',
      level: 'kommune',
      fylke: '31',
      from: 2020,
      to: 2020,
      measure: 'level',
      size: '',
    };
    const ranking = await loadRanking(db.engine, view, regions, regionLabels(regions));
    const befolkning = indicators.find((i) => i.id === 'befolkning')!;
    const nb = mapKeyPoints(kommuner, regions, view, ranking);
    expect(nb.length).toBe(ranking.rows.length);
    expect(nb[0]!.text).toMatch(/^Fredrikstad: 82\s385$/);
    const moss = nb.findIndex((p) => p.series === '3103');
    expect(nb[moss]!.text).toMatch(/^Moss: 49\s273$/);
    // A list: every arrow walks it, Home and End go to its ends.
    expect(stepKeyPoint(nb, moss, 'ArrowRight')).toBe(moss + 1);
    expect(stepKeyPoint(nb, moss, 'ArrowDown')).toBe(moss + 1);
    expect(stepKeyPoint(nb, moss, 'ArrowLeft')).toBe(moss - 1);
    expect(stepKeyPoint(nb, moss, 'End')).toBe(nb.length - 1);
    expect(stepKeyPoint(nb, moss, 'Home')).toBe(0);
    expect(keyWalk(nb)).toBe('list');
    setLang('en');
    expect(mapKeyPoints(kommuner, regions, view, ranking)[moss]!.text).toBe('Moss: 49,273');
    const figure = render(mapSpec(kommuner, regions, view, ranking, befolkning)!);
    const drawn = new Set(
      [...figure.querySelectorAll('[data-code]')].map((e) => e.getAttribute('data-code')),
    );
    for (const p of nb) expect(drawn.has((p.at as { code: string }).code)).toBe(true);
  });

  it('commuting: the bars largest first, the trend lines by year, the flow lines on the map', async () => {
    const flows = await db.engine.query<CommutingFlowRow>(commutingFlowsQuery('3401', 2022, 2017, 5));
    const bars = { direction: 'in' as const, year: 2022, fromYear: 2017, width: 560 };
    const points = flowKeyPoints(flows, bars);
    expect(points.map((p) => p.series)).toHaveLength(5);
    expect(points[0]!.text).toMatch(/^.*Eidskog\n.*731/);
    expect(stepKeyPoint(points, 0, 'ArrowDown')).toBe(1);
    const figure = render(flowChart(flows, bars));
    const offset = keyPointOffset(figure, points[0]!.at as { x: number; y: string }, {})!;
    const bar = figure.querySelector('g[aria-label="bar"] rect')!;
    // The highlight sits at the end of Eidskog's bar, in its middle.
    expect(offset.x).toBeCloseTo(Number(bar.getAttribute('x')) + Number(bar.getAttribute('width')), 0);
    expect(offset.y).toBeCloseTo(Number(bar.getAttribute('y')) + Number(bar.getAttribute('height')) / 2, 0);

    const years = await db.engine.query<CommutingYearRow>(commutingSummaryQuery('kongsvingerregionen'));
    const trend = commutingTrendKeyPoints(years, { area: 'regionen' });
    expect(trend[0]!.text).toMatch(/^Bor og jobber i regionen\n2017: 16\s984$/);
    expect(trend[stepKeyPoint(trend, 0, 'ArrowDown')]!.text).toMatch(/^Innpendlere\n2017: /);
    setLang('en');
    expect(selfContainmentKeyPoints(years)[0]!.text).toMatch(/\n2017: \d\d\.\d%$/);

    const kommuner = areasFromTopology(
      JSON.parse(readFileSync('static/data/kommuner.topojson', 'utf8')),
      'kommuner',
    );
    const title = (r: CommutingFlowRow) => `${r.other_name} ${r.direction} ${r.persons}`;
    const lines = flowMapKeyPoints(kommuner, flows, { members: ['3401'], title });
    expect(lines[0]!.text).toBe('Eidskog in 731');
    expect(lines.filter((l) => l.text.includes(' in '))).toHaveLength(5);
    expect(lines.at(-1)!.text).toMatch(/ out /);
    const map = render(
      flowMapChart(kommuner, flows, { members: ['3401'], title, label: (p) => p.name, description: 'test' }),
    );
    for (const l of lines) {
      const code = (l.at as { code: string }).code;
      const line = [...map.querySelectorAll('g[aria-label="link"] [data-code]')].find(
        (e) => e.getAttribute('data-code') === code,
      );
      expect(line?.querySelector('title')?.textContent).toBe(l.text);
    }
  });

  it('shift-share: the four bars top to bottom (SSB 13472, Notodden 2015–2021: +340, −11, −67, +263)', async () => {
    const result = await loadShiftShare(db.engine, { region: '4005', from: 2015, to: 2021 });
    if (!isShiftShare(result)) throw new Error('expected a result for Notodden');
    const labels = { national: 'National', mix: 'Industry mix', local: 'Local', actual: 'Actual change' };
    const points = shiftShareKeyPoints(result, labels);
    expect(points.map((p) => p.text)).toEqual([
      'National: +340',
      'Industry mix: −11',
      'Local: −67',
      'Actual change: +263',
    ]);
    expect(keyWalk(points)).toBe('list');
    const spec = shiftShareChart(result, { labels, xLabel: 'Persons' });
    const bars = [...render(spec).querySelectorAll('g[aria-label="bar"] rect')];
    expect(bars.map((b) => b.querySelector('title')?.textContent)).toEqual(points.map((p) => p.text));
    // The highlight sits at the end of each bar, in its middle.
    offsets(spec, points).forEach((at, i) => {
      const bar = bars[i]!;
      const [x, w] = [Number(bar.getAttribute('x')), Number(bar.getAttribute('width'))];
      expect([x, x + w].some((end) => Math.abs(end - at!.x) < 0.5)).toBe(true);
    });
  });
});
