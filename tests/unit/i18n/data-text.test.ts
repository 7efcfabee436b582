/**
 * The texts that come with the data, in nynorsk and English (src/lib/i18n/data-text.ts), against the
 * shipped catalogue: every indicator and every worded source has them, and a translation carries every
 * number of the bokmål text unchanged (a definition that lost or changed a year fails here).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDb } from '../../../src/lib/db/node';
import { loadCatalogue, type Catalogue } from '../../../src/lib/series/load';
import {
  INDICATOR_TEXT,
  SOURCE_LABEL,
  indicatorBreakNote,
  indicatorDefinition,
  indicatorSource,
  sourceName,
} from '../../../src/lib/i18n/data-text';

let db: NodeDb;
let catalogue: Catalogue;
beforeAll(async () => {
  db = await openNodeDb('static/data');
  catalogue = await loadCatalogue(db.engine);
});
afterAll(() => db?.close());

/** The numbers of a text, in order, thousands written as one number («1 000», «1,000» → 1000). */
const numbers = (text: string) =>
  (text.replace(/(\d)[ ,\u00a0](?=\d{3}\b)/g, '$1').match(/\d+/g) ?? []).join(' ');

describe('texts that come with the data', () => {
  for (const lang of ['nn', 'en'] as const) {
    it(`${lang}: every shipped indicator has its source and definition, with the bokmål numbers`, () => {
      expect(catalogue.indicators.length).toBeGreaterThanOrEqual(8);
      for (const ind of catalogue.indicators) {
        const text = INDICATOR_TEXT[lang][ind.id];
        expect(text, ind.id).toBeDefined();
        expect(numbers(text!.definition), ind.id).toBe(numbers(ind.definition));
        expect(numbers(text!.source), ind.id).toBe(numbers(ind.source));
        if (text!.table_id) expect(numbers(text!.table_id), ind.id).toBe(numbers(ind.table_id));
        expect(Boolean(text!.break_note), ind.id).toBe(Boolean(ind.break_note));
        if (ind.break_note) expect(numbers(text!.break_note!), ind.id).toBe(numbers(ind.break_note));
        expect(indicatorDefinition(ind, lang)).not.toBe(ind.definition);
      }
    });

    it(`${lang}: every source whose name has words is named, with the same numbers`, () => {
      for (const s of catalogue.sources) {
        const key = `${s.indicator}/${s.id}`;
        if (/^(SSB|Eurostat) [\w.]+( \([\d.]+\))?$/.test(s.label)) continue;
        expect(SOURCE_LABEL[lang][key], key).toBeDefined();
        expect(numbers(SOURCE_LABEL[lang][key]!), key).toBe(numbers(s.label));
      }
      expect(
        Object.keys(SOURCE_LABEL[lang]).every((k) =>
          catalogue.sources.some((s) => `${s.indicator}/${s.id}` === k),
        ),
      ).toBe(true);
    });
  }

  it('bokmål is the data as shipped; English says what SSB calls it', () => {
    const population = catalogue.indicators.find((i) => i.id === 'befolkning')!;
    expect(indicatorSource(population, 'nb')).toBe('SSB, befolkningsstatistikk');
    expect(indicatorSource(population, 'en')).toBe('SSB, population statistics');
    expect(indicatorDefinition(population, 'en')).toMatch(
      /^Population on 1 January, all ages \(SSB table 07459\)/,
    );
    const jobs = catalogue.indicators.find((i) => i.id === 'sysselsatte')!;
    expect(indicatorBreakNote(jobs, 'nn')).toMatch(/^SSB la om sysselsetjingsstatistikken i 2015/);
    expect(indicatorBreakNote(population, 'en')).toBe('');
    expect(sourceName('sysselsatte', 'distriktstall', 'SSB, distriktstall 2005/2015', 'en')).toBe(
      'SSB, district figures 2005/2015',
    );
    expect(sourceName('befolkning', '07459', 'SSB 07459', 'en')).toBe('SSB 07459');
  });
});
