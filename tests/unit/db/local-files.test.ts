/**
 * The engine-free files write a value that follows its region's year before as the change from it.
 * SYNTHETIC rows (made up here, not SSB figures) at the edges: decimals, a missing year, a gap, a
 * region boundary and integers too large for an exact change. tests/sql/local.test.ts runs every
 * query builder through the files on the real data.
 */
import { describe, expect, it } from 'vitest';
import { fileRows, indicatorFile } from '../../../src/lib/db/local-files';
import { syntheticRow } from '../../fixtures/synthetic-observation';

const row = syntheticRow;

describe('indicator files', () => {
  it('round-trip every value exactly through JSON, missing ones as null', () => {
    const rows = [
      row('A', 2000, 1000),
      row('A', 2001, 1012),
      row('A', 2002, 1012.5),
      row('A', 2003, 1013),
      row('A', 2004, null),
      row('A', 2005, 990),
      row('A', 2007, 995),
      row('B', 2008, 7),
      row('B', 2009, 2 ** 53 - 1),
      row('B', 2010, -(2 ** 53 - 1)),
      row('B', 2011, 0.1 + 0.2),
    ];
    const file = JSON.parse(JSON.stringify(indicatorFile('syn', rows))) as ReturnType<typeof indicatorFile>;
    const read = fileRows(file);
    expect(read.decode(0, read.length)).toEqual(rows);
    // Region B's run decodes alone (the lazy index starts at a run), and the columns agree.
    expect(read.decode(7, 11)).toEqual(rows.slice(7));
    expect(rows.map((_, i) => [read.region(i), read.year(i), read.hasValue(i)])).toEqual(
      rows.map((r) => [r.region_code, r.year, r.value !== null]),
    );
    // 1012 after 1000 is written as +12; 1012.5 and the change too large to be exact are written whole.
    expect(file.value.slice(0, 4)).toEqual([1000, 12, 1012.5, 1013]);
    expect(file.absolute).toEqual([2, 3, 9, 10]);
  });
});
