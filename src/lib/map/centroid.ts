/**
 * Where a kommune's flow line starts or ends: the area-weighted centroid of its polygons in longitude
 * and latitude. Planar on degrees — at a kommune's size the error is far below a line's width on the
 * map — and free of any geo library; a group of kommuner takes the area-weighted mean of its members.
 */
import type { Geometry, Position } from 'geojson';

/** Shoelace area (signed) and centroid of one ring. */
function ring(points: readonly Position[]): { area: number; x: number; y: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [x0, y0] = points[j]! as [number, number];
    const [x1, y1] = points[i]! as [number, number];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  area /= 2;
  return area === 0
    ? { area: 0, x: points[0]?.[0] ?? 0, y: points[0]?.[1] ?? 0 }
    : { area, x: x / (6 * area), y: y / (6 * area) };
}

/** Outer rings only: holes (lakes, enclaves) barely move a centroid and are left out. */
function outerRings(g: Geometry): Position[][] {
  if (g.type === 'Polygon') return g.coordinates.slice(0, 1);
  if (g.type === 'MultiPolygon') return g.coordinates.map((p) => p[0]!).filter(Boolean);
  return [];
}

/** Area-weighted centroid and total area (in square degrees) of polygons. */
export function weightedCentroid(
  geometries: readonly Geometry[],
): { point: [number, number]; area: number } | null {
  let total = 0;
  let x = 0;
  let y = 0;
  for (const g of geometries)
    for (const r of outerRings(g)) {
      const c = ring(r);
      const a = Math.abs(c.area);
      total += a;
      x += c.x * a;
      y += c.y * a;
    }
  return total > 0 ? { point: [x / total, y / total], area: total } : null;
}
