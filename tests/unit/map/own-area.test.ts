/**
 * An own region drawn on the map as one area (map/boundaries.ts `merged`, charts/choropleth.ts
 * `ownAreas`), on the shipped 2024 boundaries: Glåmdalen's six kommuner merge into one polygon with no
 * inner edges, and Innlandet's 46 kommuner merged cover what the fylke boundary covers (the same
 * bounding box, to 0,01°). The choropleth draws the merged area with its own code and its label.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Position } from 'geojson';
import { boundariesFromTopology } from '../../../src/lib/map/boundaries';
import { choroplethChart } from '../../../src/lib/charts/choropleth';
import { ownMapAreas } from '../../../src/lib/map/view';

const kommuner = boundariesFromTopology(
  JSON.parse(readFileSync('static/data/kommuner.topojson', 'utf-8')),
  'kommuner',
);
const fylker = boundariesFromTopology(
  JSON.parse(readFileSync('static/data/fylker.topojson', 'utf-8')),
  'fylker',
);
const GLAMDALEN = ['3401', '3414', '3415', '3416', '3417', '3418'];

function bbox(points: Position[]): number[] {
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

describe('an own region’s merged area', () => {
  it('merges Glåmdalen’s six kommuner into one polygon, its shared edges gone', () => {
    const merged = kommuner.merged(GLAMDALEN)!;
    expect(merged.type).toBe('MultiPolygon');
    expect(merged.coordinates).toHaveLength(1);
    const members = kommuner.areas.filter((a) => GLAMDALEN.includes(a.properties.code));
    expect(members).toHaveLength(6);
    const memberPoints = members.flatMap((a) =>
      a.geometry.type === 'Polygon'
        ? a.geometry.coordinates.flat()
        : a.geometry.type === 'MultiPolygon'
          ? a.geometry.coordinates.flat(2)
          : [],
    );
    // The outer ring only: fewer points than the members' rings together, the same extent.
    expect(merged.coordinates[0]![0]!.length).toBeLessThan(memberPoints.length);
    expect(bbox(merged.coordinates.flat(2))).toEqual(bbox(memberPoints));
  });

  it('covers Innlandet as the fylke boundary does when all 46 of its kommuner are merged', () => {
    const innlandet = kommuner.areas
      .filter((a) => a.properties.code.startsWith('34'))
      .map((a) => a.properties.code);
    expect(innlandet).toHaveLength(46);
    const merged = bbox(kommuner.merged(innlandet)!.coordinates.flat(2));
    const fylke = bbox(fylker.merged(['34'])!.coordinates.flat(2));
    merged.forEach((v, i) => expect(v).toBeCloseTo(fylke[i]!, 2));
  });

  it('is null for codes not on the map', () => {
    expect(kommuner.merged(['9999'])).toBeNull();
  });

  it('is drawn with its code and «name: value» label over the choropleth', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const shown = kommuner.areas.filter((a) => a.properties.code.startsWith('34'));
    // The value is Glåmdalen's jobs growth 2017–2022 (18 997 → 19 367, SSB 11618).
    const own = ownMapAreas(
      [{ code: 'egen-1', name: 'Glåmdalen', members: GLAMDALEN, value: (19367 - 18997) / 18997 }],
      kommuner.merged,
      'growth',
    );
    const options = choroplethChart(shown, {
      measure: 'growth',
      values: new Map(),
      label: 'Vekst',
      format: String,
      noDataLabel: 'ingen tall',
      description: 'Testkart',
      ownAreas: own,
    });
    const figure = Plot.plot({ ...options, document: document as unknown as Document });
    expect(figure.querySelectorAll('path[data-own-code="egen-1"]')).toHaveLength(1);
    expect(figure.querySelector('text[data-own-code="egen-1"]')?.textContent).toBe('Glåmdalen: +1,9\u00a0%');
  });
});
