/**
 * The commuting charts rendered to SVG in Node (linkedom) from the REAL data (static/data, SSB 03321):
 * the marks are checked one by one, and the flows, trend and shares charts are compared with committed
 * SVG snapshots (tests/charts/snapshot.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlotOptions } from '@observablehq/plot';
import { matchSnapshot, render as renderFigure } from './snapshot';
import { openNodeDb } from '../../src/lib/db/node';
import type { NodeDb } from '../../src/lib/db/node';
import { commutingFlowsQuery, commutingSummaryQuery } from '../../src/lib/sql/commuting';
import type { CommutingFlowRow, CommutingYearRow } from '../../src/lib/sql/commuting';
import { commutingTrendChart, flowChart, selfContainmentChart } from '../../src/lib/charts/commuting';

let db: NodeDb;
beforeAll(async () => {
  db = await openNodeDb('static/data');
});
afterAll(() => db?.close());

const render = (options: PlotOptions) => renderFigure(options) as HTMLElement;
const plotSvg = (figure: HTMLElement) =>
  figure.tagName.toLowerCase() === 'svg' ? figure : [...figure.querySelectorAll('svg')].at(-1)!;

describe('flowChart', () => {
  it("draws Kongsvinger's five largest inflows of 2022 as bars, largest first, with 2017 as ticks", async () => {
    const rows = await db.engine.query<CommutingFlowRow>(commutingFlowsQuery('3401', 2022, 2017, 5));
    const figure = render(
      flowChart(rows, {
        direction: 'in',
        year: 2022,
        fromYear: 2017,
        width: 560,
        description: 'Innpendlere til Kongsvinger 2022',
      }),
    );
    const svg = plotSvg(figure);
    expect(svg.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(5);
    expect(svg.querySelectorAll('g[aria-label="tick"] line')).toHaveLength(5);
    const labels = [...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent);
    expect(labels).toEqual(['731', '716', '325', '218', '175']);
    const ticks = [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')].map(
      (t) => t.textContent,
    );
    expect(ticks).toEqual(['Eidskog', 'Sør-Odal', 'Grue', 'Nord-Odal', 'Oslo']);
    // Bars are as long as their persons: Eidskog's (731) is longer than Oslo's (175).
    const widths = [...svg.querySelectorAll('g[aria-label="bar"] rect')].map((r) =>
      Number(r.getAttribute('width')),
    );
    expect(widths[0]! / widths[4]!).toBeCloseTo(731 / 175, 1);
    expect(svg.getAttribute('aria-description')).toBe('Innpendlere til Kongsvinger 2022');
    expect(matchSnapshot('commuting-flows-in-3401-2022', figure)).toBeNull();
  });

  it('draws only the direction asked for', async () => {
    const rows = await db.engine.query<CommutingFlowRow>(commutingFlowsQuery('3401', 2022, 2017, 3));
    const svg = plotSvg(render(flowChart(rows, { direction: 'out', year: 2022 })));
    expect(
      [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => t.textContent),
    ).toEqual(['Oslo', 'Sør-Odal', 'Eidskog']);
    expect(svg.querySelectorAll('g[aria-label="tick"] line')).toHaveLength(0);
  });
});

describe('commuting trend charts', () => {
  it('draws in-, out-commuters and live-and-work as three lines over 2017–2022', async () => {
    const rows = await db.engine.query<CommutingYearRow>(commutingSummaryQuery('kongsvingerregionen'));
    const figure = render(commutingTrendChart(rows, { area: 'regionen' }));
    const svg = plotSvg(figure);
    const lines = svg.querySelectorAll('g[aria-label="line"] path');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.getAttribute('d')?.match(/M/g)).toHaveLength(1);
    expect(svg.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(18);
    const legend = [...figure.querySelectorAll('span')].map((s) => s.textContent?.trim()).filter(Boolean);
    expect(legend).toEqual(['Bor og jobber i regionen', 'Innpendlere', 'Utpendlere']);
    expect(matchSnapshot('commuting-trend-kongsvingerregionen', figure)).toBeNull();
  });

  it('leaves a missing year as a gap: Trøndelag 2019 (Rindal has no figures)', async () => {
    const rows = await db.engine.query<CommutingYearRow>(commutingSummaryQuery('50'));
    const svg = plotSvg(render(commutingTrendChart(rows)));
    for (const line of svg.querySelectorAll('g[aria-label="line"] path'))
      expect(line.getAttribute('d')?.match(/M/g)).toHaveLength(2);
    expect(svg.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(15);
  });

  it('draws the two self-containment shares against the 75 % line', async () => {
    const rows = await db.engine.query<CommutingYearRow>(commutingSummaryQuery('kongsvingerregionen'));
    const figure = render(selfContainmentChart(rows));
    const svg = plotSvg(figure);
    expect(svg.querySelectorAll('g[aria-label="line"] path')).toHaveLength(2);
    expect(svg.querySelectorAll('g[aria-label="rule"] line')).toHaveLength(1);
    expect([...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent)).toEqual([
      '75 %',
    ]);
    expect(
      [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => t.textContent),
    ).toContain('75 %');
    expect(matchSnapshot('commuting-shares-kongsvingerregionen', figure)).toBeNull();
  });
});
