/** Changes of source said once for all the regions they concern, not once per region. */
import { describe, expect, it } from 'vitest';
import { groupSourceChanges, sourceChanges } from '../../../src/lib/series/breaks';
import { t } from '../../../src/lib/i18n';

// SYNTHETIC rows: two regions whose figures switch source in the same years, a third that does not.
const rows = ['a', 'b']
  .flatMap((code) => [
    { region_code: code, year: 2004, value: 1, source: 'k2024' },
    { region_code: code, year: 2005, value: 1, source: '07459' },
    { region_code: code, year: 2024, value: 1, source: '07459-2024' },
  ])
  .concat([
    { region_code: 'c', year: 2005, value: 1, source: '07459' },
    { region_code: 'c', year: 2024, value: 1, source: '07459-2024' },
  ]);

describe('groupSourceChanges', () => {
  it('groups the same year and sources across regions, in year order', () => {
    expect(groupSourceChanges(sourceChanges(rows, ['a', 'b', 'c']))).toEqual([
      { codes: ['a', 'b'], year: 2005, from: 'k2024', to: '07459' },
      { codes: ['a', 'b', 'c'], year: 2024, from: '07459', to: '07459-2024' },
    ]);
  });

  it('joins names the Norwegian way', () => {
    expect(t.listJoin(['Moss', 'Råde', 'Våler'])).toBe('Moss, Råde og Våler');
    expect(t.listJoin(['Moss'])).toBe('Moss');
  });
});
