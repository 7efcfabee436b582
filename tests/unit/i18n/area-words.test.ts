/**
 * Words and signs that go into sentences — how the commuting figures name their area, the composite
 * index's formula — come from the reader's catalogue too (English pages read «Jobs (employed people
 * working in kommunen)» before).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { formatSigned, setLang, t } from '../../../src/lib/i18n';
import { formatMeasure } from '../../../src/lib/ranking/format';
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

describe('signed changes', () => {
  it('writes the sign of the change as rounded for display', () => {
    // Norwegian groups digits with a no-break space.
    expect(formatSigned(1226).replace(/\s/g, ' ')).toBe('+1 226');
    expect(formatSigned(-3.46, 1)).toBe('−3,5');
    // A fall too small to show is «±0», never «−0».
    expect(formatSigned(-0.04, 1)).toBe('±0,0');
    expect(formatSigned(0)).toBe('±0');
    setLang('en');
    expect(formatSigned(4287)).toBe('+4,287');
  });

  it('writes a ranking growth with the reader’s percent sign', () => {
    expect(formatMeasure(0.105, 'growth')).toBe('+10,5\u00a0%');
    setLang('en');
    expect(formatMeasure(0.105, 'growth')).toBe('+10.5%');
  });
});
