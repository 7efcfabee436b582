/**
 * The map's boundaries: the TopoJSON files the pipeline writes into static/data, turned into GeoJSON
 * features with topojson-client. Loaded from the app's own origin (the browser) or read from disk
 * (prerendering); never from a tile server or CDN.
 */
import { feature, merge } from 'topojson-client';
import type { MultiPolygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { AreaFeature } from '../charts/choropleth';
import { MAP_FILES } from '../schema';

export type MapLevel = 'kommuner' | 'fylker';

export function mapFile(level: MapLevel): string {
  return MAP_FILES[level];
}

/** A level's areas, and any set of them drawn as one area. */
export interface Boundaries {
  areas: AreaFeature[];
  /**
   * The area of several of them as one — an own region's — with the edges they share dissolved
   * (topojson's `merge`, which works on the shared arcs, so no gap or sliver is left between members);
   * null when none of the codes is on the map.
   */
  merged(codes: readonly string[]): MultiPolygon | null;
}

/** Parses one of the pipeline's TopoJSON files into features with `{code, name}`. */
export function boundariesFromTopology(topology: unknown, level: MapLevel): Boundaries {
  const topo = topology as Topology<{ [k: string]: GeometryCollection<{ code: string; name: string }> }>;
  const object = topo?.objects?.[level];
  if (topo?.type !== 'Topology' || !object) throw new Error(`invalid map file: no object «${level}»`);
  return {
    areas: feature(topo, object).features as AreaFeature[],
    merged(codes) {
      const wanted = new Set(codes);
      const parts = object.geometries.filter((g) => {
        const code = (g.properties as { code?: string } | undefined)?.code;
        return code !== undefined && wanted.has(code) && g.type !== null;
      });
      return parts.length ? merge(topo, parts as Parameters<typeof merge>[1]) : null;
    },
  };
}

export function areasFromTopology(topology: unknown, level: MapLevel): AreaFeature[] {
  return boundariesFromTopology(topology, level).areas;
}

/** Fetches the boundaries from the site's data folder (`dataUrl` = `<app root>/data/`). */
export async function fetchBoundaries(dataUrl: URL, level: MapLevel): Promise<Boundaries> {
  const res = await fetch(new URL(mapFile(level), dataUrl));
  if (!res.ok) throw new Error(`map file ${mapFile(level)}: HTTP ${res.status}`);
  return boundariesFromTopology(await res.json(), level);
}

export async function fetchAreas(dataUrl: URL, level: MapLevel): Promise<AreaFeature[]> {
  return (await fetchBoundaries(dataUrl, level)).areas;
}
