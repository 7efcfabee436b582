/**
 * Own regions beside the composite index (ranking/composite.ts ownCompositeScores, ranking/load.ts
 * loadOwnComposite), by hand on the default index — Innlandet's 46 kommuner 2017–2022, 2 × jobs growth
 * + population growth + employed residents' growth, points 100 × (46 − rank) / 45:
 * - Glåmdalen's six kommuner: jobs 18 997 → 19 367, +1,948 %, behind Kongsvinger (+2,339 %, 21st), so
 *   rank 22 → 53,33 points; population −0,656 %, behind 19 kommuner (Østre Toten −0,403 % the last)
 *   → rank 20 → 57,78; employed residents +0,839 %, behind Åsnes (+0,899 %, 24th) → rank 25 → 46,67.
 *   Score (2 × 53,33 + 57,78 + 46,67) / 4 = 52,78: behind Nord-Fron (54,44, 22nd), ahead of Eidskog
 *   (52,22, 24th) → would be 24th of 46.
 * The index itself is unchanged: still 46 kommuner, Ringsaker first with 94,44.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/lib/db/node';
import type { NodeDb } from '../../src/lib/db/node';
import { loadCatalogue } from '../../src/lib/series/load';
import { DEFAULT_COMPOSITE, loadComposite } from '../../src/lib/state/composite.svelte';
import { DEFAULT_COMPONENTS } from '../../src/lib/ranking/composite';
import type { Composite } from '../../src/lib/ranking/composite';
import { loadOwnComposite } from '../../src/lib/ranking/load';

let db: NodeDb;
let index: Composite;
beforeAll(async () => {
  db = await openNodeDb('static/data');
  const { regions } = await loadCatalogue(db.engine);
  index = await loadComposite(db.engine, { ...DEFAULT_COMPOSITE, components: DEFAULT_COMPONENTS }, regions);
}, 60_000);
afterAll(() => db?.close());

const glamdalen = { slot: 1, name: 'Glåmdalen', members: ['3401', '3414', '3415', '3416', '3417', '3418'] };

describe('own regions beside the composite index', () => {
  it('scores Glåmdalen 52,78 from its members’ sums, and places it 24th of 46', async () => {
    const [own] = await loadOwnComposite(db.engine, index, [glamdalen]);
    expect(own!.code).toBe('egen-1');
    expect(own!.parts[0]!.value).toBeCloseTo((19367 - 18997) / 18997, 12);
    const expected = [(100 * (46 - 22)) / 45, (100 * (46 - 20)) / 45, (100 * (46 - 25)) / 45];
    own!.parts.forEach((p, i) => expect(p.points).toBeCloseTo(expected[i]!, 9));
    expect(own!.score).toBeCloseTo((2 * 53.3333 + 57.7778 + 46.6667) / 4, 3);
    expect(own!.wouldBe).toBe(24);
    expect(own!.of).toBe(46);
    const neighbours = index.rows.filter((r) => r.rank === 22 || r.rank === 24).map((r) => r.name);
    expect(neighbours).toEqual(['Lillehammer', 'Nord-Fron', 'Eidskog']);
  });

  it('leaves the index as it was: 46 kommuner, Ringsaker first', async () => {
    expect(index.indexed).toBe(46);
    expect(index.rows[0]).toMatchObject({ name: 'Ringsaker', rank: 1 });
    expect(index.rows[0]!.score).toBeCloseTo(94.444, 3);
  });

  it('has no score when a member lacks a figure: Orkland + Rindal has no 2017–2019 jobs sum', async () => {
    const { regions } = await loadCatalogue(db.engine);
    const short = await loadComposite(
      db.engine,
      { ...DEFAULT_COMPOSITE, fylke: '50', from: 2017, to: 2019, components: DEFAULT_COMPONENTS },
      regions,
    );
    const [own] = await loadOwnComposite(db.engine, short, [
      { slot: 3, name: 'Orkland og Rindal', members: ['5059', '5061'] },
    ]);
    expect(own!.parts[0]).toEqual({ value: null, points: null });
    expect(own!.score).toBeNull();
    expect(own!.wouldBe).toBeNull();
  });
});
