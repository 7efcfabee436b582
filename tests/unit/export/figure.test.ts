/**
 * The composed SVG of a download: title, subtitle, legend and source burnt in around the chart as
 * Plot draws it (rendered in Node with linkedom, the same spec the page draws).
 */
import { describe, expect, it } from 'vitest';
import { DOMParser, parseHTML } from 'linkedom';
import * as Plot from '@observablehq/plot';
import { composeFigure, placeChart, wrap, xml } from '../../../src/lib/export/figure';
import type { Measure } from '../../../src/lib/export/figure';
import { lineChart } from '../../../src/lib/charts/line';

/** A monospace stand-in for canvas text metrics: 0.6 em per character. */
const measure: Measure = (text, font) => text.length * font.size * 0.6;

function chartSvg(width = 640): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const rows = ['3103', '3112'].flatMap((code, i) =>
    [2019, 2020, 2021].map((year) => ({
      region_code: code,
      year,
      value: 1000 * (i + 1) + year,
      status: 'reported',
      source: 'syn',
      y: 1000 * (i + 1) + year,
    })),
  );
  const names = new Map([
    ['3103', 'Moss'],
    ['3112', 'Råde'],
  ]);
  const figure = Plot.plot({
    ...lineChart(rows, {
      names,
      order: ['3103', '3112'],
      mode: 'absolute',
      yLabel: 'Personer',
      digits: 0,
      width,
    }),
    document: document as unknown as Document,
  });
  return figure.querySelector('svg[class^=plot]')?.outerHTML ?? figure.outerHTML;
}

const base = {
  width: 640,
  height: 400,
  title: 'Befolkning',
  subtitle: 'Absolutte tall, personer',
  legend: [
    { name: 'Moss', colour: '#4269d0' },
    { name: 'Råde & <omegn>', colour: '#efb118' },
  ],
  source: [
    'Kilde: SSB, befolkningsstatistikk, tabell 07459.',
    'https://example.org/?indicator=befolkning&regions=3103,3112',
  ],
  description: 'Befolkning i Moss økte fra 3 019 i 2019 til 3 021 i 2021 (+0 %).',
  measure,
};

describe('composeFigure', () => {
  const figure = composeFigure({ ...base, chartSvg: chartSvg() });
  const doc = new DOMParser().parseFromString(figure.svg, 'image/svg+xml');
  const root = doc.documentElement;

  it('is one well-formed SVG document at the chart width, taller than the chart', () => {
    expect(root.tagName.toLowerCase()).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('640');
    expect(Number(root.getAttribute('height'))).toBe(figure.height);
    expect(figure.height).toBeGreaterThan(400 + 60);
  });

  it('burns in title, subtitle, legend and source, with the alt text as <desc>', () => {
    const texts = [...root.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Befolkning');
    expect(texts).toContain('Absolutte tall, personer');
    expect(texts).toContain('Moss');
    expect(texts).toContain('Råde & <omegn>');
    expect(texts.join(' ')).toContain('tabell 07459');
    expect(root.querySelector('desc')?.textContent).toBe(base.description);
    expect(root.querySelectorAll('[aria-label=legend-item] rect').length).toBe(2);
  });

  it("keeps the chart's lines, nested below the legend with its size pinned", () => {
    const nested = root.querySelector('svg');
    expect(nested).not.toBeNull();
    expect(Number(nested!.getAttribute('y'))).toBeGreaterThan(60);
    expect(nested!.getAttribute('style')).toContain('width:640px;height:400px');
    expect(root.querySelectorAll('g[aria-label=line] path').length).toBe(2);
  });

  it('references nothing outside itself (the PNG is drawn from it through an <img>)', () => {
    expect(figure.svg).not.toMatch(/href=|url\(|@import|<image/);
  });
});

describe('text helpers', () => {
  it('wraps at word boundaries and keeps a long word whole', () => {
    expect(wrap('aa bb cc dd', 5 * 6 * 0.6 * 1.01, { size: 6, weight: 400 }, measure)).toEqual([
      'aa bb',
      'cc dd',
    ]);
    expect(wrap('https://example.org/a/very/long/path', 50, { size: 10, weight: 400 }, measure)).toEqual([
      'https://example.org/a/very/long/path',
    ]);
  });

  it('escapes markup in text', () => {
    expect(xml('a & b < c > "d"')).toBe('a &amp; b &lt; c &gt; &quot;d&quot;');
  });

  it('places an svg with or without a style attribute', () => {
    expect(placeChart('<svg width="10" height="5"><g/></svg>', 7, 10, 5)).toBe(
      '<svg x="0" y="7" style="width:10px;height:5px;max-width:none" width="10" height="5"><g/></svg>',
    );
    expect(placeChart('<svg style="font-size:13px" x="3"><g/></svg>', 7, 10, 5)).toBe(
      '<svg x="0" y="7" style="font-size:13px;width:10px;height:5px;max-width:none"><g/></svg>',
    );
    expect(() => placeChart('<div></div>', 0, 1, 1)).toThrow(/not an <svg>/);
  });
});
