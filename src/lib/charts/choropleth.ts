/**
 * A choropleth of kommuner or fylker: each area coloured by one ranking measure, areas without a value
 * in light grey (never as zero), a colour legend, and a native tooltip (title) with name and value.
 * Every area's path carries `data-code`, so a page can react to a click on it.
 *
 * Colours, in classes (easier to read off a legend than a continuous ramp, and drawn without canvas so
 * the map can be prerendered): growth and change in six classes symmetric around 0 (red = decline,
 * blue = growth; see `divergingThresholds`); levels and rates in quintiles (five classes with equally many areas), because Oslo's
 * level would wash out a linear scale.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import type { Feature, FeatureCollection, Geometry, MultiPolygon } from 'geojson';
import type { RankMeasure } from '../ranking/rank';
import { tagCodes, tagElements, type KeyPoint } from './key-points';

export type AreaFeature = Feature<Geometry, { code: string; name: string }>;

export const CHOROPLETH_DEFAULTS = {
  width: 640,
  noData: '#e4e4e4',
  stroke: '#ffffff',
  /** Norway at UTM zone 33's central meridian, as Kartverket's maps are drawn. */
  rotate: [-15, 0] as [number, number],
};

export interface ChoroplethOptions {
  measure: RankMeasure;
  /** Code → value (areas missing here are drawn as «no data»). */
  values: ReadonlyMap<string, number>;
  /** Legend label: «Vekst i prosent, 2017–2022». */
  label: string;
  format: (v: number | null) => string;
  noDataLabel: string;
  description: string;
  width?: number;
  /** Codes outlined (kommuner picked for the comparison). */
  outlined?: readonly string[];
  /** Codes given a dashed edge: the members of own regions, and of one being made. */
  dashed?: readonly string[];
  /** Own regions drawn as areas of their own: the members merged, outlined, named with their value. */
  ownAreas?: readonly OwnArea[];
}

/** An own region on the map: its members' merged area, and its label («Glåmdalen: +1,9 %»). */
export interface OwnArea {
  code: string;
  geometry: MultiPolygon;
  label: string;
}

/** Legend options Plot reads from the scale but its typings leave out. */
const LEGEND = { width: 360 } as object;

/**
 * Thresholds −2s, −s, 0, s, 2s with a round step s ≈ half the 90th percentile of the absolute values:
 * most areas fall in the four inner classes, and one extreme kommune does not flatten the rest.
 */
export function divergingThresholds(values: Iterable<number>): number[] {
  const abs = [...values].map(Math.abs).sort((a, b) => a - b);
  if (!abs.length || abs[abs.length - 1] === 0) return [0];
  const at = 0.9 * (abs.length - 1);
  const lo = Math.floor(at);
  const p90 = abs[lo]! + (at - lo) * ((abs[lo + 1] ?? abs[lo]!) - abs[lo]!);
  const raw = p90 / 2 || abs[abs.length - 1]! / 2;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  return [-2 * step, -step, 0, step, 2 * step];
}

/** An area's tooltip: its name and value, or that it has none. */
function areaTitle(f: AreaFeature, o: Pick<ChoroplethOptions, 'values' | 'format' | 'noDataLabel'>): string {
  const value = o.values.get(f.properties.code);
  return `${f.properties.name}: ${value === undefined ? o.noDataLabel : o.format(value)}`;
}

/**
 * The map's areas for keyboard readers, as a list: highest value first (the ranking's order), then the
 * areas without a value by name; each says its tooltip, and the highlight sits on the drawn area.
 */
export function choroplethKeyPoints(
  features: readonly AreaFeature[],
  o: Pick<ChoroplethOptions, 'values' | 'format' | 'noDataLabel'>,
): KeyPoint[] {
  const value = (f: AreaFeature) => o.values.get(f.properties.code);
  const byName = (a: AreaFeature, b: AreaFeature) => a.properties.name.localeCompare(b.properties.name, 'nb');
  const withValue = features.filter((f) => value(f) !== undefined);
  const ordered = [
    ...withValue.sort((a, b) => value(b)! - value(a)! || byName(a, b)),
    ...features.filter((f) => value(f) === undefined).sort(byName),
  ];
  return ordered.map((f, i) => ({
    series: f.properties.code,
    along: i,
    at: { code: f.properties.code },
    text: areaTitle(f, o),
  }));
}

export function choroplethChart(features: readonly AreaFeature[], options: ChoroplethOptions): PlotOptions {
  const o = { ...CHOROPLETH_DEFAULTS, ...options };
  const withValue = features.filter((f) => o.values.has(f.properties.code));
  const without = features.filter((f) => !o.values.has(f.properties.code));
  const domain: FeatureCollection = { type: 'FeatureCollection', features: [...features] };
  const diverging = o.measure === 'growth' || o.measure === 'change';
  const title = (f: AreaFeature) => areaTitle(f, o);
  return {
    width: o.width,
    ariaDescription: o.description,
    projection: { type: 'transverse-mercator', rotate: o.rotate, domain },
    color: diverging
      ? {
          type: 'threshold',
          domain: divergingThresholds(o.values.values()),
          scheme: 'RdBu',
          legend: true,
          ...LEGEND,
          label: o.label,
          tickFormat: (v: number) => o.format(v),
        }
      : {
          type: 'quantile',
          n: 5,
          scheme: 'Blues',
          legend: true,
          ...LEGEND,
          label: o.label,
          tickFormat: (v: number) => o.format(v),
        },
    marks: [
      Plot.geo(without, {
        fill: o.noData,
        stroke: o.stroke,
        strokeWidth: 0.4,
        title: (f: AreaFeature) => `${f.properties.name}: ${o.noDataLabel}`,
        render: tagCodes(without.map((f) => f.properties.code)),
      }),
      Plot.geo(withValue, {
        fill: (f: AreaFeature) => o.values.get(f.properties.code),
        stroke: o.stroke,
        strokeWidth: 0.4,
        title,
        render: tagCodes(withValue.map((f) => f.properties.code)),
      }),
      Plot.geo(
        features.filter((f) => o.outlined?.includes(f.properties.code)),
        { fill: 'none', stroke: '#1d1d1f', strokeWidth: 2 },
      ),
      // Own regions have no boundary of their own: their members get a dashed edge, drawn last so
      // it shows over a picked kommune's solid one.
      ...(o.dashed?.length
        ? [
            Plot.geo(
              features.filter((f) => o.dashed!.includes(f.properties.code)),
              { fill: 'none', stroke: '#6a1b9a', strokeWidth: 1.6, strokeDasharray: '4,2' },
            ),
          ]
        : []),
      // An own region as one area: its members' shared edges dissolved, a solid edge and its name and
      // value at its centre. Not a click target: a click on the map still picks the kommune under it.
      ...(o.ownAreas?.length
        ? [
            Plot.geo(o.ownAreas, {
              geometry: (a: OwnArea) => a.geometry,
              fill: 'none',
              stroke: '#6a1b9a',
              strokeWidth: 2.4,
              pointerEvents: 'none',
              render: tagElements('path', 'data-own-code', (i) => o.ownAreas![i]!.code),
            }),
            Plot.text(
              o.ownAreas,
              Plot.centroid({
                geometry: (a: OwnArea) => a.geometry,
                text: (a: OwnArea) => a.label,
                fill: '#4a148c',
                stroke: 'white',
                strokeWidth: 3,
                fontWeight: 600,
                fontSize: 12,
                pointerEvents: 'none',
                render: tagElements('text', 'data-own-code', (i) => o.ownAreas![i]!.code),
              }),
            ),
          ]
        : []),
    ],
  };
}
