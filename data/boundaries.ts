/**
 * Kommune and fylke boundaries at 2024 borders (Kartverket, CC BY 4.0, via robhop/fylker-og-kommuner)
 * → compact TopoJSON served by the app from its own origin: shared borders stored once (topology),
 * simplified with Visvalingam's method keeping topology, coordinates quantised, and properties cut to
 * the code and name. The map draws these with Plot's geo mark after topojson-client's `feature`.
 */
import { readFileSync } from 'node:fs';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { FeatureCollection, GeoJsonObject, Geometry } from 'geojson';
import type { Objects, Topology } from 'topojson-specification';

/** Share of the points kept: 357 kommuner stay recognisable at 10 % (Oslo, Stavanger's islands). */
export const KEEP = 0.1;
/** Grid after simplification: 10 000 steps over Norway's extent is ~120 m east–west, well under a pixel. */
export const QUANTIZE = 1e4;

export interface BoundaryInput {
  /** Object name in the topology: 'kommuner' or 'fylker'. */
  name: 'kommuner' | 'fylker';
  file: string;
  /** The GeoJSON property holding the code ('kommunenummer' | 'fylkesnummer'). */
  codeProperty: string;
}

type Ring = number[][];

/** Twice the signed planar area of a ring in lon/lat: positive = counter-clockwise. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return sum;
}

/**
 * d3-geo (and so Plot) reads rings by their winding on the sphere: an exterior ring must run clockwise,
 * holes counter-clockwise. The source follows RFC 7946 (the opposite), which d3 would draw as «the whole
 * globe except this kommune». Rewinding here keeps the shipped TopoJSON right for every d3 consumer.
 */
export function rewindForD3(geometry: Geometry): Geometry {
  const fix = (polygon: Ring[]) =>
    polygon.map((ring, i) =>
      (i === 0 ? signedArea(ring) > 0 : signedArea(ring) < 0) ? [...ring].reverse() : ring,
    );
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: fix(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map(fix) };
  return geometry;
}

/** One GeoJSON → TopoJSON text with `{code, name}` per geometry, codes checked against the region table. */
export function boundariesTopology(
  input: BoundaryInput,
  knownCodes: ReadonlySet<string>,
): { text: string; count: number } {
  const fc = JSON.parse(readFileSync(input.file, 'utf-8')) as FeatureCollection<
    Geometry,
    Record<string, unknown>
  >;
  const features = fc.features.map((f) => {
    const code = String(f.properties[input.codeProperty] ?? '');
    if (!knownCodes.has(code))
      throw new Error(
        `boundaries: ${input.name} code ${code} (${String(f.properties.name)}) is not a 2024 region`,
      );
    return {
      type: 'Feature' as const,
      properties: { code, name: String(f.properties.name) },
      geometry: rewindForD3(f.geometry),
    };
  });
  const missing = [...knownCodes].filter((c) => !features.some((f) => f.properties.code === c));
  if (missing.length) throw new Error(`boundaries: ${input.name} lack ${missing.join(', ')}`);
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  // The typings allow only GeoJsonObject values although topology() takes feature collections.
  let topo = topology({ [input.name]: collection as GeoJsonObject }, 1e6) as unknown as Topology<
    Objects<{ code: string; name: string }>
  >;
  topo = presimplify(topo);
  topo = simplify(topo, quantile(topo, KEEP));
  topo = quantize(topo, QUANTIZE);
  return { text: JSON.stringify(topo), count: features.length };
}
