/**
 * The largest commuting flows of an area on a map: a line from where the commuters live to where they
 * work, between kommune centroids (map/centroid.ts) on the 2024 boundaries, as wide as the number of
 * persons, with an arrowhead at the workplace end. In-flows (into the area) and out-flows are drawn in
 * the commuting page's colours, side by side where both run between the same two places. Only the
 * kommuner involved are drawn, so the map zooms to the flows. Pure: rows and features in, Plot options out.
 */
import * as Plot from '@observablehq/plot';
import type { FeatureCollection } from 'geojson';
import type { AreaFeature } from './choropleth';
import { CHOROPLETH_DEFAULTS } from './choropleth';
import { FLOW_COLOUR } from './commuting';
import type { CommutingFlowRow } from '../sql/commuting';
import { weightedCentroid } from '../map/centroid';
import { tagCodes, type KeyPoint } from './key-points';

export const FLOW_MAP_DEFAULTS = {
  width: 560,
  height: 520,
  /** Flows per direction: more than five crowd the labels on a kommune-sized map. */
  top: 5,
  /** Widest line, in pixels (the largest flow); the narrowest is 1 px. */
  maxWidth: 9,
  land: '#e8e8e8',
};

export interface FlowMapOptions {
  /** The area's own kommuner (one for a kommune, the members for a grouping): shaded, flows meet there. */
  members: readonly string[];
  /** A place's label: its name and what flows to and from it («Eidskog: inn 731, ut 716»). */
  label: (place: { name: string; in: number | null; out: number | null }) => string;
  /** A line's tooltip: «Eidskog → Kongsvinger: 731». */
  title: (row: CommutingFlowRow) => string;
  description: string;
  top?: number;
  width?: number;
  height?: number;
}

/** One line of the map: from home to work, in lon/lat, with the row it draws. */
export interface FlowLine {
  row: CommutingFlowRow;
  from: [number, number];
  to: [number, number];
  width: number;
}

/** The flows drawn (the `top` largest each way) as lines between centroids; flows to unmapped codes are left out. */
export function flowLines(
  features: readonly AreaFeature[],
  flows: readonly CommutingFlowRow[],
  options: Pick<FlowMapOptions, 'members' | 'top'>,
): FlowLine[] {
  const top = options.top ?? FLOW_MAP_DEFAULTS.top;
  const byCode = new Map(features.map((f) => [f.properties.code, f]));
  const area = weightedCentroid(
    options.members.flatMap((c) => (byCode.has(c) ? [byCode.get(c)!.geometry] : [])),
  );
  if (!area) return [];
  const shown = flows.filter((f) => f.rank <= top && byCode.has(f.other_code));
  const max = Math.max(1, ...shown.map((f) => f.persons));
  return shown.flatMap((row) => {
    const other = weightedCentroid([byCode.get(row.other_code)!.geometry]);
    if (!other) return [];
    const [home, work] = row.direction === 'in' ? [other.point, area.point] : [area.point, other.point];
    // In and out between the same places would overlap: shift each a little to its own side.
    const [dx, dy] = [work[0] - home[0], work[1] - home[1]];
    const length = Math.hypot(dx, dy) || 1;
    const shift = Math.min(0.03, length * 0.04);
    const [ox, oy] = [(-dy / length) * shift, (dx / length) * shift];
    return [
      {
        row,
        from: [home[0] + ox, home[1] + oy],
        to: [work[0] + ox, work[1] + oy],
        width: 1 + (FLOW_MAP_DEFAULTS.maxWidth - 1) * (row.persons / max),
      },
    ];
  });
}

/** A flow line's `data-code`: its direction and the other kommune («in-3401»). */
const lineCode = (l: FlowLine) => `${l.row.direction}-${l.row.other_code}`;

/**
 * The map's flow lines for keyboard readers, as a list: in-flows, then out-flows, largest first; each
 * says the line's tooltip, and the highlight sits on the middle of the drawn line.
 */
export function flowMapKeyPoints(
  features: readonly AreaFeature[],
  flows: readonly CommutingFlowRow[],
  options: Pick<FlowMapOptions, 'members' | 'top' | 'title'>,
): KeyPoint[] {
  const order = (l: FlowLine) => (l.row.direction === 'in' ? 0 : 1000) + l.row.rank;
  return flowLines(features, flows, options)
    .sort((a, b) => order(a) - order(b))
    .map((l, i) => ({
      series: lineCode(l),
      along: i,
      at: { code: lineCode(l) },
      text: options.title(l.row),
    }));
}

export function flowMapChart(
  features: readonly AreaFeature[],
  flows: readonly CommutingFlowRow[],
  options: FlowMapOptions,
): Plot.PlotOptions {
  const o = { ...FLOW_MAP_DEFAULTS, ...options };
  const lines = flowLines(features, flows, o);
  const members = new Set(o.members);
  const others = new Set(lines.map((l) => l.row.other_code));
  const drawn = features.filter((f) => members.has(f.properties.code) || others.has(f.properties.code));
  const domain: FeatureCollection = { type: 'FeatureCollection', features: [...drawn] };
  const byCode = new Map(drawn.map((f) => [f.properties.code, f]));
  const places = [...others].map((code) => {
    const of = (dir: 'in' | 'out') =>
      lines.find((l) => l.row.other_code === code && l.row.direction === dir)?.row.persons ?? null;
    const name = lines.find((l) => l.row.other_code === code)!.row.other_name;
    return {
      code,
      point: weightedCentroid([byCode.get(code)!.geometry])!.point,
      text: o.label({ name, in: of('in'), out: of('out') }),
    };
  });
  return {
    width: o.width,
    height: o.height,
    ariaDescription: o.description,
    projection: { type: 'transverse-mercator', rotate: CHOROPLETH_DEFAULTS.rotate, domain, inset: 30 },
    marks: [
      Plot.geo(
        drawn.filter((f) => !members.has(f.properties.code)),
        { fill: o.land, stroke: '#ffffff', strokeWidth: 0.6, title: (f: AreaFeature) => f.properties.name },
      ),
      Plot.geo(
        drawn.filter((f) => members.has(f.properties.code)),
        {
          fill: FLOW_COLOUR.inside,
          fillOpacity: 0.35,
          stroke: '#ffffff',
          strokeWidth: 0.6,
          title: (f: AreaFeature) => f.properties.name,
        },
      ),
      ...(['in', 'out'] as const).map((direction) => {
        const drawnLines = lines.filter((l) => l.row.direction === direction);
        return Plot.link(drawnLines, {
          x1: (l: FlowLine) => l.from[0],
          y1: (l: FlowLine) => l.from[1],
          x2: (l: FlowLine) => l.to[0],
          y2: (l: FlowLine) => l.to[1],
          stroke: FLOW_COLOUR[direction],
          strokeWidth: (l: FlowLine) => l.width,
          strokeOpacity: 0.85,
          markerEnd: 'arrow',
          title: (l: FlowLine) => o.title(l.row),
          render: tagCodes(drawnLines.map(lineCode)),
        });
      }),
      Plot.dot(places, { x: (p) => p.point[0], y: (p) => p.point[1], r: 2, fill: '#1d1d1f' }),
      Plot.text(places, {
        x: (p) => p.point[0],
        y: (p) => p.point[1],
        text: (p) => p.text,
        dy: -8,
        fontSize: 11,
        stroke: '#ffffff',
        strokeWidth: 3,
        fill: '#1d1d1f',
      }),
    ],
  };
}
