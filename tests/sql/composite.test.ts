/**
 * The composite index on the real data, checked by hand: Innlandet's 46 kommuner 2017–2022, jobs growth
 * (SSB 11618) weighted 2 and population growth (SSB 07459) weighted 1. Points = 100 × (46 − rank) / 45.
 *   Hamar:       jobs rank 10 → 80,    population rank 1  → 100     → (2 × 80 + 100) / 3     = 86,667
 *   Lesja:       jobs rank 1  → 100,   population rank 32 → 31,111  → (2 × 100 + 31,111) / 3 = 77,037
 *   Kongsvinger: jobs rank 21 → 55,556, population rank 10 → 80      → (2 × 55,556 + 80) / 3  = 63,704
 *   Ringsaker:   jobs rank 5  → 91,111, population rank 3  → 95,556  → (2 × 91,111 + 95,556) / 3 = 92,593, first
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDb } from '../../src/lib/db/node';
import { rankingValuesQuery, type RankingValueRow } from '../../src/lib/sql/ranking';
import {
  compositeIndex,
  componentsToParam,
  parseComponents,
  points,
  type Component,
} from '../../src/lib/ranking/composite';

let db: NodeDb;
beforeAll(async () => {
  db = await openNodeDb('static/data');
});
afterAll(() => db?.close());

const components: Component[] = [
  { indicator: 'sysselsatte', measure: 'growth', weight: 2 },
  { indicator: 'befolkning', measure: 'growth', weight: 1 },
];
const rowsOf = (indicator: string) =>
  db.engine.query<RankingValueRow>(
    rankingValuesQuery({ indicator, level: 'kommune', kind: '', fylke: '34', fromYear: 2017, toYear: 2022 }),
  );

describe('composite index', () => {
  it('weights the points of jobs growth 2 : 1 against population growth for Innlandet 2017–2022', async () => {
    const index = compositeIndex(
      components,
      await Promise.all(components.map((c) => rowsOf(c.indicator))),
      { from: 2017, to: 2022 },
      46,
    );
    expect(index.indexed).toBe(46);
    const row = (code: string) => index.rows.find((r) => r.code === code)!;
    expect(row('3403').parts.map((p) => p.points)).toEqual([80, 100]);
    expect(row('3403').score).toBeCloseTo(86.6667, 4);
    expect(row('3432').parts[0]!.points).toBe(100);
    expect(row('3432').parts[1]!.points).toBeCloseTo(31.1111, 4);
    expect(row('3432').score).toBeCloseTo(77.037, 3);
    expect(row('3401').score).toBeCloseTo(63.7037, 4);
    // Lesja's jobs growth: (896 − 811) / 811.
    expect(row('3432').parts[0]!.value).toBeCloseTo(85 / 811, 12);
    expect(index.rows[0]).toMatchObject({ code: '3411', rank: 1 });
    expect(index.rows[0]!.score).toBeCloseTo(92.5926, 4);
    for (let i = 1; i < index.rows.length; i++)
      expect(index.rows[i - 1]!.score).toBeGreaterThanOrEqual(index.rows[i]!.score);
  });

  it('indexes only regions with every component, and says how many', async () => {
    // New firms by kommune exist only for seven kommuner in 2022: none of Innlandet has 2017 and 2022.
    const withFirms: Component[] = [
      ...components,
      { indicator: 'nyetableringer', measure: 'growth', weight: 1 },
    ];
    const index = compositeIndex(
      withFirms,
      await Promise.all(withFirms.map((c) => rowsOf(c.indicator))),
      { from: 2017, to: 2022 },
      46,
    );
    expect(index.indexed).toBe(0);
    expect(index.total).toBe(46);
  });

  it('gives 100 to the best and 0 to the weakest, ties sharing', () => {
    expect([
      ...points(
        new Map([
          ['a', 3],
          ['b', 1],
          ['c', 3],
          ['d', null],
        ]),
      ),
    ]).toEqual([
      ['a', 100],
      ['c', 100],
      ['b', 0],
    ]);
  });

  it('reads and writes the components in the URL, naming what it drops', () => {
    const known = new Set(['sysselsatte', 'befolkning']);
    const { components: parsed, notices } = parseComponents(
      'sysselsatte:growth:2,befolkning:growth:1,jobber:growth:1,befolkning:sideways:1,befolkning:level:0',
      known,
    );
    expect(parsed).toEqual(components);
    expect(notices).toEqual([
      'Ukjent indikator «jobber» i indeksen er utelatt.',
      'Ukjent mål «sideways» for befolkning er utelatt.',
      'Vekten «0» for befolkning må være et helt tall fra 1 til 10; komponenten er utelatt.',
    ]);
    expect(componentsToParam(parsed)).toBe('sysselsatte:growth:2,befolkning:growth:1');
  });
});
