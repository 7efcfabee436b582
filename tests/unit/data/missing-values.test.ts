import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { parse07459PopulationFile } from '../../../data/parse/ssb-07459-population';
import { parseNumberCell } from '../../../data/parse/value';
import { readInputs } from '../../../data/inputs';
import { computeObservations } from '../../../data/compute';
import { regionsOf } from '../../../data/stage';
import { queryRows, type Database } from '../../../data/db';
import type { Staged } from '../../../data/staging';
import { CATALOGUE } from '../../../data/indicators';

const fixture = fileURLToPath(
  new URL('../../fixtures/pipeline/SYNTHETIC_07459_missing_markers.csv', import.meta.url),
);

describe('missing markers are missing, never zero', () => {
  it('parses "..", ":", ".", "-" and empty as null, and rejects anything else', () => {
    for (const marker of ['..', ':', '.', '-', '', ' ', '...'])
      expect(parseNumberCell(marker, 'test')).toBeNull();
    expect(parseNumberCell('0', 'test')).toBe(0);
    expect(parseNumberCell('124000.0', 'test')).toBe(124000);
    expect(() => parseNumberCell('1 234', 'test')).toThrow(/invalid number "1 234"/);
    expect(() => parseNumberCell('n/a', 'test')).toThrow(/invalid number/);
  });

  it('a region-year with any missing age cell has no all-ages sum (SYNTHETIC fixture)', () => {
    const f = parse07459PopulationFile(fixture);
    const v = (code: string, year: number) =>
      f.kommuner.find((k) => k.code === code && k.year === year)?.persons;
    expect(v('0104', 2019)).toBe(300);
    expect(v('0104', 2020)).toBeNull(); // ".." and ":"
    expect(v('0136', 2019)).toBeNull(); // one ".."
    expect(v('0136', 2020)).toBeNull(); // "." and "-"
    expect(v('0135', 2019)).toBe(30);
    expect(v('0135', 2020)).toBeNull(); // empty cell
  });
});

describe('missing values through harmonisation and aggregation (SYNTHETIC rows)', () => {
  let db: Database;
  const rows = async (region: string) =>
    queryRows(
      db.con,
      `SELECT indicator, year, value, status FROM observations WHERE region_code = '${region}' ORDER BY indicator, year`,
    );

  beforeAll(async () => {
    const inputs = readInputs();
    const stage = (indicator: string, cells: [string, number | null][]): Staged['kommune'] =>
      cells.map(([code, value]) => ({ indicator, code, vintage: 2019, year: 2019, value, source: 'syn' }));
    const staged: Staged = {
      // Rygge missing: merged Moss (0104 + 0136) must be missing, not 300.
      kommune: [
        ...stage('synthetic_missing_part', [
          ['0104', 300],
          ['0136', null],
          ['0135', 30],
          ['0137', 40],
        ]),
        // Våler absent altogether: no value for Våler and none for Mosseregionen.
        ...stage('synthetic_absent_part', [
          ['0104', 300],
          ['0136', 100],
          ['0135', 30],
        ]),
        // Rygge absent: Moss 3103 needs 0104 and 0136 in 2019, so no value at all (not 300).
        ...stage('synthetic_partial', [
          ['0104', 300],
          ['0135', 30],
          ['0137', 40],
        ]),
      ],
      county: [],
      region: [],
    };
    const synthetic = ['synthetic_missing_part', 'synthetic_absent_part', 'synthetic_partial'].map((id) => ({
      ...CATALOGUE[0]!,
      id,
      sources: [
        { id: 'syn', label: 'SYNTHETIC', publisher: 'SYNTHETIC', table_id: 'SYNTHETIC', file: 'SYNTHETIC' },
      ],
    }));
    db = await computeObservations(inputs, regionsOf(inputs), staged, [...CATALOGUE, ...synthetic]);
  });
  afterAll(() => db.close());

  it('a merged kommune with a missing part is missing (null), not a partial sum', async () => {
    expect(await rows('3103')).toEqual([
      { indicator: 'synthetic_absent_part', year: 2019, value: 400, status: 'harmonised' },
      { indicator: 'synthetic_missing_part', year: 2019, value: null, status: 'missing' },
    ]);
  });

  it('a merged kommune with a part absent from the source gets no row, and neither do its groupings', async () => {
    expect((await rows('3103')).filter((r) => r.indicator === 'synthetic_partial')).toEqual([]);
    expect((await rows('mosseregionen')).filter((r) => r.indicator === 'synthetic_partial')).toEqual([]);
    expect((await rows('3112')).filter((r) => r.indicator === 'synthetic_partial')).toEqual([
      { indicator: 'synthetic_partial', year: 2019, value: 30, status: 'harmonised' },
    ]);
  });

  it('a grouping with a missing member is missing; with an absent member it has no row', async () => {
    expect(await rows('mosseregionen')).toEqual([
      { indicator: 'synthetic_missing_part', year: 2019, value: null, status: 'missing' },
    ]);
    expect((await rows('3114')).filter((r) => r.indicator === 'synthetic_missing_part')).toEqual([
      { indicator: 'synthetic_missing_part', year: 2019, value: 40, status: 'harmonised' },
    ]);
    expect(await rows('3112')).toHaveLength(3);
  });
});
