/**
 * The commuting flow map rendered to SVG in Node (linkedom) from the REAL data: SSB 03321's flows for
 * Kongsvinger in 2022 on the shipped 2024 kommune boundaries. The five largest each way become lines
 * between kommune centroids, as wide as their persons, with arrowheads at the workplace; compared with a
 * committed SVG snapshot (tests/charts/snapshot.ts).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchSnapshot, render } from './snapshot';
import { openNodeDb } from '../../src/lib/db/node';
import type { NodeDb } from '../../src/lib/db/node';
import { commutingFlowsQuery } from '../../src/lib/sql/commuting';
import type { CommutingFlowRow } from '../../src/lib/sql/commuting';
import { areasFromTopology } from '../../src/lib/map/boundaries';
import { flowLines, flowMapChart } from '../../src/lib/charts/flow-map';
import { weightedCentroid } from '../../src/lib/map/centroid';

const kommuner = areasFromTopology(
  JSON.parse(readFileSync('static/data/kommuner.topojson', 'utf8')),
  'kommuner',
);
let db: NodeDb;
let flows: CommutingFlowRow[];
beforeAll(async () => {
  db = await openNodeDb('static/data');
  flows = await db.engine.query<CommutingFlowRow>(commutingFlowsQuery('3401', 2022, 2017, 10));
});
afterAll(() => db?.close());

const options = {
  members: ['3401'],
  label: (p: { name: string; in: number | null; out: number | null }) =>
    `${p.name}: ${p.in ?? '–'} inn, ${p.out ?? '–'} ut`,
  title: (r: CommutingFlowRow) =>
    r.direction === 'in'
      ? `${r.other_name} → Kongsvinger: ${r.persons}`
      : `Kongsvinger → ${r.other_name}: ${r.persons}`,
  description: 'Pendlerstrømmer til og fra Kongsvinger 2022',
};

describe('flowMapChart', () => {
  it('puts a kommune’s centroid inside Norway where it is: Kongsvinger near 60,2° N, 12,0° E', () => {
    const kongsvinger = kommuner.find((k) => k.properties.code === '3401')!;
    const c = weightedCentroid([kongsvinger.geometry])!;
    expect(c.point[0]).toBeGreaterThan(11.7);
    expect(c.point[0]).toBeLessThan(12.4);
    expect(c.point[1]).toBeGreaterThan(60.0);
    expect(c.point[1]).toBeLessThan(60.45);
  });

  it("draws Kongsvinger's five largest flows each way in 2022, widest for Eidskog's 731 in-commuters", () => {
    const lines = flowLines(kommuner, flows, options);
    expect(
      lines.filter((l) => l.row.direction === 'in').map((l) => [l.row.other_name, l.row.persons]),
    ).toEqual([
      ['Eidskog', 731],
      ['Sør-Odal', 716],
      ['Grue', 325],
      ['Nord-Odal', 218],
      ['Oslo', 175],
    ]);
    const widest = lines.reduce((a, b) => (b.width > a.width ? b : a));
    expect(widest.row).toMatchObject({ direction: 'in', other_name: 'Eidskog' });
    expect(widest.width).toBe(9);
    // An in-flow runs from home to Kongsvinger: it ends east of Oslo's start, where Kongsvinger is.
    const oslo = lines.find((l) => l.row.direction === 'in' && l.row.other_name === 'Oslo')!;
    expect(oslo.to[0]).toBeGreaterThan(oslo.from[0]);

    const figure = render(flowMapChart(kommuner, flows, options));
    const svg = figure.tagName.toLowerCase() === 'svg' ? figure : figure.querySelector('svg')!;
    const links = [...svg.querySelectorAll('g[aria-label="link"]')];
    expect(links).toHaveLength(2);
    // Each link group holds its arrowhead marker's path and one path per flow.
    const lineCount = (g: Element) =>
      [...g.querySelectorAll('path')].filter((p) => p.parentElement === g).length;
    expect(lineCount(links[0]!)).toBe(5);
    expect(lineCount(links[1]!)).toBe(5);
    const titles = [...links[0]!.querySelectorAll('title')].map((t) => t.textContent);
    expect(titles[0]).toBe('Eidskog → Kongsvinger: 731');
    const labels = [...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent);
    // Eidskog: 731 live there and work in Kongsvinger, 214 the other way; Ullensaker only receives.
    expect(labels).toContain('Eidskog: 731 inn, 214 ut');
    expect(labels).toContain('Oslo: 175 inn, 600 ut');
    expect(labels).toContain('Ullensaker: – inn, 144 ut');
    expect(labels).toHaveLength(6);
    expect(svg.getAttribute('aria-description')).toBe('Pendlerstrømmer til og fra Kongsvinger 2022');
    expect(matchSnapshot('flow-map-3401-2022', figure)).toBeNull();
  });
});
