import { describe, expect, it } from 'vitest';
import { nb } from '../../../src/lib/i18n/nb';
import { nn } from '../../../src/lib/i18n/nn';
import { en } from '../../../src/lib/i18n/en';
import { formatNumber, formatShare } from '../../../src/lib/i18n/format';
import { parseLang, setLang, withLang } from '../../../src/lib/i18n/lang.svelte';
import { indicatorName, t } from '../../../src/lib/i18n';

/** Every leaf of a catalogue as `path: kind`, a function's kind naming its number of arguments. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}: function(${value.length})`];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  return [`${path}: ${typeof value}`];
}

describe('catalogues', () => {
  it.each([
    ['nn', nn],
    ['en', en],
  ])('%s has exactly the keys of nb, with the same arguments', (_, catalogue) => {
    const expected = shape(nb);
    const actual = shape(catalogue);
    expect(
      actual.filter((k) => !expected.includes(k)),
      'extra or different',
    ).toEqual([]);
    expect(
      expected.filter((k) => !actual.includes(k)),
      'missing or different',
    ).toEqual([]);
  });

  it('the walk sees every string (so a wrong shape cannot pass by being skipped)', () => {
    expect(shape(nb).length).toBeGreaterThan(390);
    expect(shape({ a: { b: (x: number, y: number) => x + y } })).toEqual(['a.b: function(2)']);
  });

  it('translates rather than copies', () => {
    expect([nb.nav.links.overview, nn.nav.links.overview, en.nav.links.overview]).toEqual([
      'Sammenlign',
      'Samanlikn',
      'Compare',
    ]);
    expect(nn.skipToContent).toBe('Hopp til innhaldet');
    expect(en.maxRegions(10)).toBe('You can compare up to 10 regions.');
  });
});

/** The parts of one language's catalogue (src/lib/i18n/<lang>/*.ts), by file name, as their top-level keys. */
const partModules = import.meta.glob<Record<string, object>>('../../../src/lib/i18n/{nb,nn,en}/*.ts', {
  eager: true,
});
function partKeys(lang: string): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(partModules)
      .filter(([path]) => path.includes(`/i18n/${lang}/`))
      .map(([path, module]) => [
        path.replace(/^.*\/|\.ts$/g, ''),
        Object.values(module).flatMap((part) => Object.keys(part)),
      ]),
  );
}

describe('catalogue parts', () => {
  it.each([
    ['nb', nb],
    ['nn', nn],
    ['en', en],
  ])('%s: every key is in exactly one part, and every part is in the catalogue', (lang, catalogue) => {
    const parts = partKeys(lang);
    expect(Object.keys(parts).sort()).toEqual([
      'charts',
      'commuting',
      'core',
      'data',
      'reports',
      'targets',
      'workbench',
    ]);
    const keys = Object.values(parts).flat();
    // The catalogue spreads its parts, so a key in two parts would lose one of them without a type error.
    expect(
      keys.filter((k, i) => keys.indexOf(k) !== i),
      'in two parts',
    ).toEqual([]);
    expect([...keys].sort()).toEqual(Object.keys(catalogue).sort());
  });

  it('nynorsk and English put each key in the same part as bokmål', () => {
    expect(partKeys('nn')).toEqual(partKeys('nb'));
    expect(partKeys('en')).toEqual(partKeys('nb'));
  });
});

describe('active language', () => {
  it('reads lang= from a link, unknown values meaning bokmål', () => {
    expect(['nb', 'nn', 'en', 'se', '', null].map(parseLang)).toEqual(['nb', 'nn', 'en', 'nb', 'nb', 'nb']);
  });

  it('keeps the other parameters and leaves lang out for bokmål', () => {
    const base = 'https://example.org/';
    expect(withLang('/?indicator=befolkning&regions=3103', 'nn', base).search).toBe(
      '?indicator=befolkning&regions=3103&lang=nn',
    );
    expect(withLang('/kart?lang=en#x', 'nb', base).href).toBe('https://example.org/kart#x');
    // Lists stay readable: a link's commas are not turned into %2C.
    expect(withLang('/kart?pick=3432,3407', 'nb', base).search).toBe('?pick=3432,3407');
    expect(withLang('/?regions=3103,3112&lang=en', 'nn', base).search).toBe('?regions=3103,3112&lang=nn');
  });

  it('switches t, indicator names and number formats together', () => {
    const ind = { name_nb: 'Sysselsatte', name_nn: 'Sysselsette', name_en: 'Employed' };
    try {
      setLang('en');
      expect([
        t.nav.label,
        indicatorName(ind),
        formatNumber(49273),
        formatNumber(12.5, 1),
        formatShare(0.125),
      ]).toEqual(['Main menu', 'Employed', '49,273', '12.5', '12.5%']);
      setLang('nn');
      expect([t.nav.label, indicatorName(ind), formatNumber(49273), formatNumber(12.5, 1)]).toEqual([
        'Hovudmeny',
        'Sysselsette',
        '49\u00a0273',
        '12,5',
      ]);
    } finally {
      setLang('nb');
    }
    expect([t.nav.label, formatNumber(49273)]).toEqual(['Hovedmeny', '49\u00a0273']);
  });
});
