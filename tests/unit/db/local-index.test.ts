/**
 * The engine-free engine indexes an indicator without decoding it: a region's rows become objects
 * only when a view reads its series, and year spans come from the columns. These tests fail if a
 * view decodes more than it needs, or if the column path answers differently from the objects.
 * The real population file (static/data through JSON, as shipped) and SYNTHETIC rows (made up here,
 * not SSB figures) for the edges the real data lacks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../../src/lib/db/engine';
import { evaluate, type CatalogueTables, type LocalObservation } from '../../../src/lib/db/local';
import { fileRows, indicatorFile } from '../../../src/lib/db/local-files';
import { Index, listRows, yearSpan, type IndicatorRows } from '../../../src/lib/db/local-index';
import { coverageQuery } from '../../../src/lib/sql/catalogue';
import { regionCoverageQuery } from '../../../src/lib/sql/region';
import { seriesQuery } from '../../../src/lib/sql/series';
import { POPULATION_INDICATOR } from '../../../src/lib/schema';
import { shippedLocal } from '../../fixtures/shipped-local';
import { syntheticRow } from '../../fixtures/synthetic-observation';

const LINK = ['3103', '3107', '3105', '3101', '3403']; // the shared link in issue 13
const viaJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

let catalogue: CatalogueTables;
let population: LocalObservation[];
beforeAll(async () => {
  const { tables } = await shippedLocal();
  catalogue = tables;
  population = tables.observations.filter((o) => o.indicator === POPULATION_INDICATOR);
}, 60_000);

const indexOf = (...rows: IndicatorRows[]) => {
  const index = new Index();
  for (const r of rows) index.add(r);
  return index;
};

describe('lazy index over the real population file', () => {
  it('decodes only the regions a five-region chart draws, and spans without decoding', () => {
    const index = indexOf(
      fileRows(viaJson(indicatorFile(POPULATION_INDICATOR, population as unknown as Row[]))),
    );
    const rows = index.indicator(POPULATION_INDICATOR)!;
    expect([...rows.regions()].length).toBeGreaterThan(600);
    expect(rows.materialised()).toEqual([]);

    const view = seriesQuery({ indicator: POPULATION_INDICATOR, regions: LINK, mode: 'absolute' }).view!;
    const series = evaluate(view, catalogue, index);
    expect(new Set(series.map((r) => r.region_code))).toEqual(new Set(LINK));
    expect(rows.materialised().sort()).toEqual([...LINK].sort());

    const coverage = evaluate(coverageQuery(POPULATION_INDICATOR).view!, catalogue, index);
    evaluate(regionCoverageQuery('3103').view!, catalogue, index);
    expect(rows.materialised().sort()).toEqual([...LINK].sort());

    // The spans from the columns are the spans of every region's decoded series.
    const eager = indexOf(listRows(POPULATION_INDICATOR, population));
    const all = eager.indicator(POPULATION_INDICATOR)!;
    const spans = [...all.regions()].sort().flatMap((region_code) => {
      const span = yearSpan(all.series(region_code)!.values());
      return span ? [{ region_code, ...span }] : [];
    });
    expect(coverage).toEqual(spans);
    expect(coverage.length).toBeGreaterThan(600);
  });
});

const row = syntheticRow;

describe('lazy index edges (synthetic rows)', () => {
  const rows = [
    row('A', 2000, 100),
    row('A', 2001, 110),
    row('N', 2000, null), // a region with rows but no value
    row('N', 2001, null),
    row('B', 2000, 5),
    row('A', 2002, 120), // A again, after other regions: a second run
    row('D', 2001, 7),
    row('D', 2000, 8), // years out of order ...
    row('D', 2001, null), // ... and repeated: the last row of 2001 counts
  ];
  const file = viaJson(indicatorFile('syn', rows));

  for (const [name, source] of [
    ['file', fileRows(file)],
    ['list', listRows('syn', rows)],
  ] as const)
    it(`answers as one map over all rows would (${name})`, () => {
      const index = indexOf(source);
      const coverage = evaluate(coverageQuery('syn').view!, catalogue, index);
      expect(coverage).toEqual([
        { region_code: 'A', first_year: 2000, last_year: 2002, years: 3 },
        { region_code: 'B', first_year: 2000, last_year: 2000, years: 1 },
        { region_code: 'D', first_year: 2000, last_year: 2000, years: 1 },
      ]);
      expect(evaluate(regionCoverageQuery('N').view!, catalogue, index)).toEqual([]);
      expect([...index.series('syn', 'A')!.values()]).toEqual([rows[0], rows[1], rows[5]]);
      expect([...index.series('syn', 'D')!.entries()]).toEqual([
        [2001, rows[8]],
        [2000, rows[7]],
      ]);
      expect(index.series('syn', 'N')!.size).toBe(2);
      expect(index.series('syn', 'X')).toBeUndefined();
    });
});
