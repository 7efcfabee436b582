/**
 * renderPlot, the one way charts are drawn: the chart SVG is hidden from assistive technology (its text
 * alternative is beside it) while the marks keep their names, and Plot's developer badge never shows.
 * The rows are a SYNTHETIC fixture (made-up values), because this tests drawing, not data.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { renderPlot } from '../../src/lib/charts/render';
import { lineChart } from '../../src/lib/charts/line';
import type { SeriesRow } from '../../src/lib/sql/series';

const document = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

/** One year per region: the sparse case where every line is a single dot. */
const sparse: SeriesRow[] = [
  { region_code: 'a', year: 2019, value: 100, status: 'reported', y: 100, source: 'syn' },
  { region_code: 'b', year: 2021, value: 50, status: 'reported', y: 50, source: 'syn' },
  { region_code: 'c', year: 2022, value: 70, status: 'reported', y: 70, source: 'syn' },
];

afterEach(() => vi.restoreAllMocks());

describe('renderPlot', () => {
  it('hides the chart SVG from assistive technology and keeps the marks named', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const options = lineChart(sparse, {
      names: new Map([
        ['a', 'Alfa'],
        ['b', 'Beta'],
        ['c', 'Gamma'],
      ]),
      order: ['a', 'b', 'c'],
      mode: 'absolute',
      yLabel: 'Personer',
      digits: 0,
      description: 'Testdiagram',
    });
    const figure = renderPlot({ ...options, document: document() }) as unknown as Element;
    const chartSvgs = [...figure.querySelectorAll('svg')].filter((s) => s.querySelector('g[aria-label]'));
    expect(chartSvgs).toHaveLength(1);
    expect(chartSvgs[0]!.getAttribute('aria-hidden')).toBe('true');
    expect(figure.querySelectorAll('g[aria-label=dot] circle')).toHaveLength(3);
    // A sparse chart is no reason for Plot to warn.
    expect(warn).not.toHaveBeenCalled();
    expect(figure.outerHTML).not.toContain('check the console');
  });

  it('drops the warning badge, and the warning stays in the console', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // Numbers as strings on an ordinal scale make Plot warn.
    const options = { marks: [Plot.dotX(['2019', '2020'], { x: (d: string) => d })] };
    expect((Plot.plot({ ...options, document: document() }) as unknown as Element).outerHTML).toContain(
      '1 warning. Please check the console.',
    );
    warn.mockClear();
    const figure = renderPlot({ ...options, document: document() }) as unknown as Element;
    expect(figure.outerHTML).not.toContain('check the console');
    expect(figure.querySelectorAll('svg > text')).toHaveLength(0);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/strings that appear to be numbers/);
  });
});
