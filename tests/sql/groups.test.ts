/**
 * Own regions (src/lib/groups) summed by the series query on real DuckDB and by the engine-free
 * evaluator over the shipped files: equal rows both ways, and the sums checked by hand against SSB's
 * figures as they stand in the data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/lib/db/node';
import type { NodeDb } from '../../src/lib/db/node';
import { localEngine } from '../../src/lib/db/local';
import type { Engine, Query } from '../../src/lib/db/engine';
import { seriesQuery } from '../../src/lib/sql/series';
import type { SeriesRow } from '../../src/lib/sql/series';
import { MODES } from '../../src/lib/config';
import { shippedLocal } from '../fixtures/shipped-local';

const DATA = 'static/data';
let db: NodeDb;
let local: Engine;

beforeAll(async () => {
  db = await openNodeDb(DATA);
  local = localEngine((await shippedLocal(DATA)).shipped);
}, 60_000);
afterAll(() => db?.close());

async function both(query: Query): Promise<SeriesRow[]> {
  const [duck, free] = await Promise.all([db.engine.query<SeriesRow>(query), local.query<SeriesRow>(query)]);
  expect(free, `${query.sql}\n${JSON.stringify(query.params)}`).toEqual(duck);
  return duck;
}

const moss = { code: 'egen-1', members: ['3103', '3112', '3114'] };
const at = (rows: SeriesRow[], code: string, year: number) =>
  rows.find((r) => r.region_code === code && r.year === year);

describe('own regions: summed only in years where every member has a value', () => {
  it('Moss + Råde + Våler 2024 = 52 051 + 7 883 + 6 145 = 66 079, as SSB counts them', async () => {
    const rows = await both(
      seriesQuery({
        indicator: 'befolkning',
        regions: ['3103', '3112', '3114', 'egen-1'],
        mode: 'absolute',
        groups: [moss],
      }),
    );
    expect(at(rows, '3103', 2024)?.value).toBe(52051);
    expect(at(rows, '3112', 2024)?.value).toBe(7883);
    expect(at(rows, '3114', 2024)?.value).toBe(6145);
    expect(at(rows, 'egen-1', 2024)).toMatchObject({ value: 66079, y: 66079, status: 'summed' });
    expect(at(rows, 'egen-1', 2015)?.value).toBe(47044 + 7206 + 5100);
    expect(at(rows, 'egen-1', 2024)?.source).toBe('07459-2024');
  });

  it('equals the shipped grouping with the same members (Mosseregionen) in every year', async () => {
    const rows = await both(
      seriesQuery({
        indicator: 'befolkning',
        regions: ['mosseregionen', 'egen-1'],
        mode: 'absolute',
        groups: [moss],
      }),
    );
    const shipped = rows.filter((r) => r.region_code === 'mosseregionen');
    const own = rows.filter((r) => r.region_code === 'egen-1');
    expect(shipped.length).toBeGreaterThan(15);
    expect(own.map((r) => [r.year, r.value])).toEqual(shipped.map((r) => [r.year, r.value]));
  });

  it('a year where one member has no figure is missing for the group, never a partial sum', async () => {
    // SSB's 2019 commuting-based jobs file has no figure for Rindal (5061); Orkland (5059) has one.
    const group = { code: 'egen-2', members: ['5059', '5061'] };
    const rows = await both(
      seriesQuery({
        indicator: 'sysselsatte',
        regions: ['5059', '5061', 'egen-2'],
        mode: 'absolute',
        groups: [group],
      }),
    );
    expect(at(rows, '5059', 2019)?.value).toBeGreaterThan(0);
    expect(at(rows, '5061', 2019)?.value ?? null).toBeNull();
    expect(at(rows, 'egen-2', 2019)).toMatchObject({ value: null, y: null, status: 'missing' });
    const y2022 = at(rows, '5059', 2022)!.value! + at(rows, '5061', 2022)!.value!;
    expect(at(rows, 'egen-2', 2022)?.value).toBe(y2022);
  });

  it('per 1 000 divides the summed count by the summed population; an index starts at the summed base', async () => {
    const per = await both(
      seriesQuery({ indicator: 'sysselsatte', regions: ['egen-1'], mode: 'per1000', groups: [moss] }),
    );
    const abs = await both(
      seriesQuery({ indicator: 'sysselsatte', regions: ['egen-1'], mode: 'absolute', groups: [moss] }),
    );
    const jobs = at(abs, 'egen-1', 2022)!.value!;
    const pop = (
      await both(
        seriesQuery({ indicator: 'befolkning', regions: ['egen-1'], mode: 'absolute', groups: [moss] }),
      )
    ).find((r) => r.year === 2022)!.value!;
    expect(at(per, 'egen-1', 2022)?.population).toBe(pop);
    expect(at(per, 'egen-1', 2022)?.y).toBeCloseTo((jobs / pop) * 1000, 10);
    const idx = await both(
      seriesQuery({
        indicator: 'befolkning',
        regions: ['egen-1'],
        mode: 'indexed',
        base: 2015,
        groups: [moss],
      }),
    );
    expect(at(idx, 'egen-1', 2024)?.y).toBeCloseTo((66079 / (47044 + 7206 + 5100)) * 100, 10);
  });

  it('every indicator and mode gives the same rows both ways, several groups beside real regions', async () => {
    const groups = [
      moss,
      { code: 'egen-2', members: ['5059', '5061', '3403'] },
      { code: 'egen-3', members: ['0301'] },
    ];
    for (const indicator of [
      'befolkning',
      'sysselsatte',
      'sysselsatte_bosted',
      'nyetableringer',
      'bruttoprodukt',
    ]) {
      for (const mode of MODES) {
        await both(
          seriesQuery({
            indicator,
            regions: ['3103', 'egen-1', 'egen-2', 'egen-3', 'mosseregionen'],
            mode,
            base: mode === 'indexed' ? 2017 : null,
            groups,
          }),
        );
      }
    }
  });

  it('a group not in the comparison leaves the shipped SQL untouched; its codes are bound, not written', () => {
    const plain = seriesQuery({ indicator: 'befolkning', regions: ['3103'], mode: 'absolute' });
    expect(
      seriesQuery({ indicator: 'befolkning', regions: ['3103'], mode: 'absolute', groups: [moss] }).sql,
    ).toBe(plain.sql);
    const q = seriesQuery({ indicator: 'befolkning', regions: ['egen-1'], mode: 'absolute', groups: [moss] });
    expect(q.sql).not.toContain('3103');
    expect(q.sql).not.toContain('egen-1');
    expect(q.params.slice(0, 3)).toEqual(['egen-1', '3103', 3]);
  });
});
