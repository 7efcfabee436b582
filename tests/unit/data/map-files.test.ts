/**
 * The map's TopoJSON and the centrality classes written by `npm run data` into static/data.
 * Centrality: SSB sentralitetsindeks 2018 — Moss 0104 = 932 (class 1), Rygge 0136 = 890 (class 2); on
 * 1 January 2018 Moss had 32 588 and Rygge 16 083 inhabitants (07459), so 3103 Moss = class 1, index
 * (932 × 32 588 + 890 × 16 083) / 48 671 = 918.
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { MAP_FILES, type CentralityFile } from '../../../src/lib/schema';

const read = (name: string) => readFileSync(`static/data/${name}`, 'utf-8');

describe('map boundaries', () => {
  it.each([
    ['kommuner', MAP_FILES.kommuner, 357],
    ['fylker', MAP_FILES.fylker, 15],
  ] as const)('%s: every 2024 area once, with code and name, well under 300 kB', (object, file, count) => {
    expect(statSync(`static/data/${file}`).size).toBeLessThan(150_000);
    const topo = JSON.parse(read(file)) as Topology<{
      [k: string]: GeometryCollection<{ code: string; name: string }>;
    }>;
    const fc = feature(topo, topo.objects[object]!);
    expect(fc.features).toHaveLength(count);
    expect(new Set(fc.features.map((f) => f.properties.code)).size).toBe(count);
  });

  it('winds every exterior ring clockwise and every hole counter-clockwise, as d3-geo and Plot need', () => {
    // Planar shoelace over lon/lat: > 0 = clockwise. RFC 7946 winding would draw each kommune as the whole globe.
    // Slivers that quantisation collapsed to zero area are allowed either way.
    const winding = (ring: number[][]) =>
      Math.sign(
        ring.reduce((s, p, i) => {
          const q = ring[(i + 1) % ring.length]!;
          return s + (q[0]! - p[0]!) * (q[1]! + p[1]!);
        }, 0),
      );
    const topo = JSON.parse(read(MAP_FILES.kommuner)) as Topology<{
      kommuner: GeometryCollection<{ code: string; name: string }>;
    }>;
    for (const f of feature(topo, topo.objects.kommuner).features) {
      const polygons =
        f.geometry.type === 'Polygon'
          ? [f.geometry.coordinates]
          : f.geometry.type === 'MultiPolygon'
            ? f.geometry.coordinates
            : [];
      for (const polygon of polygons)
        polygon.forEach((ring, i) =>
          expect(winding(ring) * (i === 0 ? 1 : -1), `${f.properties.code} ring ${i}`).toBeGreaterThanOrEqual(
            0,
          ),
        );
    }
  });

  it('holds Moss (3103) and Innlandet (34) with their names', () => {
    type Props = { code: string; name: string };
    const k = JSON.parse(read(MAP_FILES.kommuner)) as Topology<{ kommuner: GeometryCollection<Props> }>;
    expect(
      feature(k, k.objects.kommuner).features.find((g) => g.properties.code === '3103')?.properties.name,
    ).toBe('Moss');
    const f = JSON.parse(read(MAP_FILES.fylker)) as Topology<{ fylker: GeometryCollection<Props> }>;
    expect(
      feature(f, f.objects.fylker).features.find((g) => g.properties.code === '34')?.properties.name,
    ).toBe('Innlandet');
  });
});

describe('centrality at 2024 kommuner', () => {
  const c = JSON.parse(read(MAP_FILES.centrality)) as CentralityFile;
  it('covers the 357 kommuner', () => {
    expect(Object.keys(c.kommuner)).toHaveLength(357);
  });
  it('carries a merged kommune by its most populous part and a renumbered one unchanged', () => {
    expect(c.kommuner['3103']).toEqual({ index: 918, class: 1, parts: ['0104', '0136'] });
    expect(c.kommuner['3401']).toEqual({ index: 799, class: 3, parts: ['0402'] });
    expect(c.kommuner['0301']).toEqual({ index: 1000, class: 1, parts: ['0301'] });
  });
});
