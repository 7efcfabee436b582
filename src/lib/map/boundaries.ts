/**
 * The map's boundaries: the TopoJSON files the pipeline writes into static/data, turned into GeoJSON
 * features with topojson-client. Loaded from the app's own origin (the browser) or read from disk
 * (prerendering); never from a tile server or CDN.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { AreaFeature } from '../charts/choropleth';
import { MAP_FILES } from '../schema';

export type MapLevel = 'kommuner' | 'fylker';

export function mapFile(level: MapLevel): string {
  return MAP_FILES[level];
}

/** Parses one of the pipeline's TopoJSON files into features with `{code, name}`. */
export function areasFromTopology(topology: unknown, level: MapLevel): AreaFeature[] {
  const topo = topology as Topology<{ [k: string]: GeometryCollection<{ code: string; name: string }> }>;
  const object = topo?.objects?.[level];
  if (topo?.type !== 'Topology' || !object) throw new Error(`invalid map file: no object «${level}»`);
  return feature(topo, object).features as AreaFeature[];
}

/** Fetches the boundaries from the site's data folder (`dataUrl` = `<app root>/data/`). */
export async function fetchAreas(dataUrl: URL, level: MapLevel): Promise<AreaFeature[]> {
  const res = await fetch(new URL(mapFile(level), dataUrl));
  if (!res.ok) throw new Error(`map file ${mapFile(level)}: HTTP ${res.status}`);
  return areasFromTopology(await res.json(), level);
}
