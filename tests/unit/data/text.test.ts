/**
 * The pipeline's delimited-text reader (data/parse/text.ts) on the cases the hand-written one broke on:
 * a quoted cell holding a newline, and line numbers in messages after such a cell. Inputs are
 * synthetic test text, not statistics.
 */
import { describe, expect, it } from 'vitest';
import { parseTable, splitCells } from '../../../data/parse/text';

describe('parseTable', () => {
  it('keeps a quoted newline inside one cell and counts lines past it', () => {
    const text =
      'Title line\n\n"region";"note";"value"\n"3103 Moss";"first\nsecond";"49273"\r\n"3105 Sarpsborg";"";"59000"\n';
    const table = parseTable(text, { isHeader: (l) => l.startsWith('"region"'), source: 'synthetic.csv' });
    expect(table.delimiter).toBe(';');
    expect(table.header).toEqual(['region', 'note', 'value']);
    expect(table.rows).toEqual([
      { cells: ['3103 Moss', 'first\nsecond', '49273'], line: 4 },
      { cells: ['3105 Sarpsborg', '', '59000'], line: 6 },
    ]);
  });

  it('names the line of a row with a missing cell, counting quoted newlines before it', () => {
    const text = 'a,b\n"x\ny",1\n2\n';
    expect(() => parseTable(text, { source: 'synthetic.csv' })).toThrow(
      'synthetic.csv line 4: expected 2 cells, found 1',
    );
  });

  it('refuses a quote that never closes instead of reading to the end of the file', () => {
    expect(() => parseTable('a,b\n1,"2\n3,4\n', { source: 'cut.csv' })).toThrow(
      'cut.csv line 2: invalid line: unterminated quote',
    );
  });

  it('skips blank lines and reads "" as a literal quote', () => {
    const table = parseTable('a,b\n\n  \n"say ""hei""",2\n');
    expect(table.rows).toEqual([{ cells: ['say "hei"', '2'], line: 4 }]);
  });
});

describe('splitCells', () => {
  it('splits one line and refuses an open quote', () => {
    expect(splitCells('mosseregionen,"Moss, Råde",2020', ',')).toEqual([
      'mosseregionen',
      'Moss, Råde',
      '2020',
    ]);
    expect(() => splitCells('a,"b', ',')).toThrow('unterminated quote');
  });
});

describe('parseTable strictness', () => {
  it('refuses quoted cells separated by another character than the delimiter', () => {
    expect(() =>
      parseTable('"region","age"\n"K-3001 Halden","0 years"\n', { delimiter: '\t', source: 'p.csv' }),
    ).toThrow('p.csv: the cells are not separated by "\\t" throughout');
  });
});
