/**
 * Renders the choropleth spec in Node (linkedom) on the shipped 2024 boundaries and checks its SVG
 * marks: one path per area, areas without a value grey, every path tagged with its code, a legend.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { choroplethChart, CHOROPLETH_DEFAULTS, divergingThresholds } from '../../src/lib/charts/choropleth';
import type { AreaFeature } from '../../src/lib/charts/choropleth';

type Props = { code: string; name: string };
const topo = JSON.parse(readFileSync('static/data/fylker.topojson', 'utf-8')) as Topology<{
  fylker: GeometryCollection<Props>;
}>;
const fylker = feature(topo, topo.objects.fylker).features as AreaFeature[];

function render(values: Map<string, number>, measure: 'growth' | 'level', dashed: string[] = []) {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const options = choroplethChart(fylker, {
    measure,
    values,
    label: 'Test',
    format: (v) => String(v),
    noDataLabel: 'ingen tall',
    description: 'Testkart',
    dashed,
  });
  return Plot.plot({ ...options, document: document as unknown as Document });
}

describe('choroplethChart', () => {
  // Synthetic values (this tests drawing, not data): every fylke but Oslo (03) has one.
  const values = new Map(
    fylker.filter((f) => f.properties.code !== '03').map((f, i) => [f.properties.code, i - 5]),
  );

  it('draws the 15 fylker, Oslo without a value in grey, each path tagged with its code', () => {
    const figure = render(values, 'growth');
    const paths = [...figure.querySelectorAll('g[aria-label=geo] path')];
    expect(paths).toHaveLength(15);
    expect(new Set(paths.map((p) => p.getAttribute('data-code'))).size).toBe(15);
    const oslo = paths.find((p) => p.getAttribute('data-code') === '03')!;
    expect(oslo.getAttribute('fill') ?? oslo.parentElement?.getAttribute('fill')).toBe(
      CHOROPLETH_DEFAULTS.noData,
    );
    expect(oslo.querySelector('title')?.textContent).toBe('Oslo: ingen tall');
    expect(
      paths.find((p) => p.getAttribute('data-code') === '34')!.querySelector('title')?.textContent,
    ).toMatch(/^Innlandet: -?\d+$/);
  });

  it('gives the members of own regions a dashed edge, over the coloured areas', () => {
    const figure = render(values, 'growth', ['34', '31']);
    const geo = [...figure.querySelectorAll('g[aria-label=geo]')];
    const last = geo[geo.length - 1]!;
    expect(last.getAttribute('stroke-dasharray')).toBe('4,2');
    expect(last.querySelectorAll('path')).toHaveLength(2);
    // Without own regions there is no dashed layer at all.
    const plain = render(values, 'growth');
    expect(plain.querySelector('[stroke-dasharray]')).toBeNull();
  });

  it('has a colour legend and six classes symmetric around 0 for growth', () => {
    expect(divergingThresholds([-5, 9, 2])).toEqual([-10, -5, 0, 5, 10]);
    expect(divergingThresholds([0.1048, -0.05])).toEqual([-0.1, -0.05, 0, 0.05, 0.1]);
    const figure = render(values, 'growth');
    // The legend is an svg beside the map's, with the class boundaries as tick labels.
    const svgs = [...figure.querySelectorAll('svg')];
    expect(svgs.length).toBe(2);
    expect([...svgs[0]!.querySelectorAll('text')].map((t) => t.textContent)).toEqual(
      expect.arrayContaining(['-10', '-5', '0', '5', '10']),
    );
    const fills = new Set(
      [...figure.querySelectorAll('g[aria-label=geo] path')]
        .filter((p) => p.getAttribute('data-code') !== '03')
        .map((p) => p.getAttribute('fill')),
    );
    // Values −5 … 8 fall in three of the six classes: [−5, 0), [0, 5), [5, 10).
    expect(fills.size).toBe(3);
  });

  it('outlines the picked areas in a mark of their own', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const options = choroplethChart(fylker, {
      measure: 'growth',
      values,
      label: 'Test',
      format: String,
      noDataLabel: 'ingen tall',
      description: 'Testkart',
      outlined: ['34', '40'],
    });
    const figure = Plot.plot({ ...options, document: document as unknown as Document });
    const groups = figure.querySelectorAll('g[aria-label=geo]');
    expect(groups).toHaveLength(3);
    expect(groups[2]!.getAttribute('fill')).toBe('none');
    expect(groups[2]!.querySelectorAll('path')).toHaveLength(2);
  });

  it('uses five quantile classes for levels', () => {
    const figure = render(values, 'level');
    const coloured = [...figure.querySelectorAll('g[aria-label=geo] path')].filter(
      (p) => p.getAttribute('data-code') !== '03',
    );
    expect(new Set(coloured.map((p) => p.getAttribute('fill'))).size).toBe(5);
  });
});
