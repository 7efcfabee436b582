/**
 * Single words that go into sentences — how the commuting figures name their area, the composite
 * index's formula — come from the reader's catalogue too (English pages read «Jobs (employed people
 * working in kommunen)» before).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLang, t } from '../../../src/lib/i18n';
import { areaWord } from '../../../src/lib/commuting/load';

afterEach(() => setLang('nb'));

describe('area words and formula parts per language', () => {
  it('names the area in the sentence in each language', () => {
    expect(areaWord('kommune')).toBe('kommunen');
    setLang('en');
    expect(t.commuting.measures.jobs!(areaWord('kommune'))).toBe(
      'Jobs (employed people working in the municipality)',
    );
    expect(areaWord('fylke')).toBe('the county');
    // A level the catalogue does not name (an own region) is «the region».
    expect(areaWord('egen')).toBe('the region');
    setLang('nn');
    expect(areaWord('land')).toBe('landet');
  });

  it("writes the composite index's formula in the reader's language", () => {
    expect(t.compositePage.formulaPart(2, 'vekst', 'sysselsatte')).toBe('2 × poeng for vekst i sysselsatte');
    setLang('en');
    expect(t.compositePage.formulaPart(2, 'growth', 'employment')).toBe(
      '2 × points for growth in employment',
    );
  });
});
