/**
 * The keyboard walk through a line chart's points (charts/key-points.ts), on the real population of
 * Moss and Fredrikstad: the points and their words are the pointer tooltip's, and the keys move along
 * a line and between lines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDb } from '../../src/lib/db/node';
import { loadSeries } from '../../src/lib/series/load';
import { lineKeyPoints } from '../../src/lib/charts/line';
import { stepKeyPoint } from '../../src/lib/charts/key-points';

let db: NodeDb;
beforeAll(async () => {
  db = await openNodeDb('static/data');
});
afterAll(() => db?.close());

describe('chart points by keyboard', () => {
  it('steps through Moss and Fredrikstad with the tooltip words (SSB 07459: Moss 49 273 in 2020)', async () => {
    const series = await loadSeries(db.engine, {
      indicator: 'befolkning',
      regions: ['3103', '3107'],
      mode: 'absolute',
      base: null,
    });
    const points = lineKeyPoints(series.rows, {
      names: new Map([
        ['3103', 'Moss'],
        ['3107', 'Fredrikstad'],
      ]),
      order: ['3103', '3107'],
      mode: 'absolute',
      yLabel: 'personer',
      digits: 0,
    });
    const moss2020 = points.findIndex((p) => p.series === '3103' && p.x === 2020);
    expect(points[moss2020]!.text).toMatch(/^Moss\n2020: 49\s273\n/);
    const right = stepKeyPoint(points, moss2020, 'ArrowRight');
    expect([points[right]!.series, points[right]!.x]).toEqual(['3103', 2021]);
    const down = stepKeyPoint(points, moss2020, 'ArrowDown');
    expect([points[down]!.series, points[down]!.x]).toEqual(['3107', 2020]);
    expect(points[stepKeyPoint(points, down, 'ArrowUp')]).toBe(points[moss2020]);
    expect(points[stepKeyPoint(points, moss2020, 'End')]!.x).toBe(2026);
    expect(points[stepKeyPoint(points, 0, 'ArrowLeft')]).toBe(points[0]);
  });
});
