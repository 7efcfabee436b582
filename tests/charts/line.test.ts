/**
 * Renders the line chart spec in Node (linkedom) and checks the SVG's marks. The rows are a
 * SYNTHETIC fixture (made-up values), because this tests drawing, not data.
 */
import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { lineChart } from '../../src/lib/charts/line';
import type { SeriesRow } from '../../src/lib/sql/series';

const synthetic: SeriesRow[] = [
  { region_code: 'a', year: 2019, value: 100, status: 'reported', y: 100, source: 'syn' },
  { region_code: 'a', year: 2020, value: null, status: 'missing', y: null, source: 'syn' },
  { region_code: 'a', year: 2021, value: 110, status: 'reported', y: 110, source: 'syn' },
  { region_code: 'a', year: 2022, value: 120, status: 'reported', y: 120, source: 'syn' },
  { region_code: 'b', year: 2019, value: 50, status: 'estimated', y: 50, source: 'syn' },
  { region_code: 'b', year: 2020, value: 55, status: 'reported', y: 55, source: 'syn' },
  { region_code: 'c', year: 2021, value: 70, status: 'summed', y: 70, source: 'syn' },
];

function render(mode: 'absolute' | 'indexed') {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const names = new Map([
    ['a', 'Alfa'],
    ['b', 'Beta'],
    ['c', 'Gamma'],
  ]);
  const options = lineChart(synthetic, {
    names,
    order: ['a', 'b', 'c'],
    mode,
    yLabel: 'Personer',
    digits: 0,
    description: 'Testdiagram',
  });
  return Plot.plot({ ...options, document: document as unknown as Document });
}

describe('lineChart', () => {
  it('draws one line per region and breaks the line at a missing year', () => {
    const figure = render('absolute');
    const lines = figure.querySelectorAll('g[aria-label="line"] path');
    expect(lines.length).toBe(3);
    // Alfa's path has two pieces (2019 | 2021–2022): the SVG path restarts with a second "M".
    const alfa = lines[0]!.getAttribute('d') ?? '';
    expect(alfa.match(/M/g)?.length).toBe(2);
  });

  it('breaks every line at a year no region has, instead of bridging it', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const rows: SeriesRow[] = [2021, 2022, 2024].map((year) => ({
      region_code: 'a',
      year,
      value: year,
      status: 'reported',
      y: year,
      source: 'syn',
    }));
    const options = lineChart(rows, {
      names: new Map([['a', 'Alfa']]),
      order: ['a'],
      mode: 'absolute',
      yLabel: '',
      digits: 0,
    });
    const figure = Plot.plot({ ...options, document: document as unknown as Document });
    const d = figure.querySelector('g[aria-label="line"] path')!.getAttribute('d') ?? '';
    expect(d.match(/M/g)?.length).toBe(2);
  });

  it('marks every present value with a dot and estimated values with a hollow ring', () => {
    const figure = render('absolute');
    const dots = figure.querySelectorAll('g[aria-label="dot"]');
    expect(dots[0]!.querySelectorAll('circle').length).toBe(6);
    expect(dots[1]!.querySelectorAll('circle').length).toBe(1);
  });

  it('names the regions in a legend in selection order', () => {
    const figure = render('absolute');
    const legend = [...figure.querySelectorAll('span')].map((s) => s.textContent?.trim()).filter(Boolean);
    expect(legend).toEqual(['Alfa', 'Beta', 'Gamma']);
  });

  it('draws the 100 line in indexed mode and carries the description', () => {
    const figure = render('indexed');
    const svg = [...figure.querySelectorAll('svg')].at(-1)!; // the legend's swatches are svgs too
    expect(svg.getAttribute('aria-description')).toBe('Testdiagram');
    const rule = figure.querySelector('g[aria-label="rule"] line');
    expect(rule).not.toBeNull();
  });
});

describe('yearTicks', () => {
  it('labels whole years only, on round steps that fit', async () => {
    const { yearTicks } = await import('../../src/lib/charts/line');
    expect(yearTicks(2020, 2021, 10)).toEqual([2020, 2021]);
    expect(yearTicks(2005, 2026, 10)).toEqual([2005, 2010, 2015, 2020, 2025]);
    expect(yearTicks(1986, 2026, 5)).toEqual([1990, 2000, 2010, 2020]);
    expect(yearTicks(2017, 2022, 2)).toEqual([2020]);
  });
});
