/**
 * resolveQuery: ssb.json's labels and totals against a table's metadata. Fixtures: the SYNTHETIC
 * 12989-like metadata (made-up structure with elimination flags, no statistics; see
 * tests/fixtures/fetch/README.md) and the real 05300 document, which has no dimension extensions.
 */
import { describe, expect, it } from 'vitest';
import type { ResolvableEntry } from '../../../../data/fetch/resolve-query';
import { QueryResolutionError, resolveQuery } from '../../../../data/fetch/resolve-query';
import { describeCategories, findTotal } from '../../../../data/fetch/totals';
import type { JsonStatDataset } from '../../../../data/parse/jsonstat';
import { decodeJsonStatDataset } from '../../../../data/parse/jsonstat';
import type { ConfiguredSelection } from '../../../../data/sources/ssb-sources';
import { loadSsbSources } from '../../../../data/sources/ssb-sources';
import { metadataOf, readFixture } from '../../../fixtures/fake-ssb-server';
import { RESOLVED_12989 } from '../../../fixtures/fetch-workspace';

type Obj = Record<string, unknown>;
const raw12989 = readFixture('synthetic_12989_metadata.SYNTHETIC.json') as Obj;
const meta12989 = decodeJsonStatDataset(raw12989, { structureOnly: true });
const meta05300 = decodeJsonStatDataset(
  metadataOf(readFixture('ssb_05300_jsonstat2_statbank_client_fixture.json')),
  { structureOnly: true },
);

const REGION_TID: ConfiguredSelection[] = [
  { variableCode: 'Region', valueCodes: ['*'] },
  { variableCode: 'Tid', valueCodes: ['*'] },
];

function entry(selection: ConfiguredSelection[], extra: Partial<ResolvableEntry> = {}): ResolvableEntry {
  return {
    id: '12989',
    query: { selection },
    otherVariables: 'total',
    expectTitle: null,
    mapping: { region: 'Region', time: 'Tid', keepLevels: ['kommune'] },
    ...extra,
  };
}

/** The synthetic metadata with one dimension's JSON replaced (deep copy; the fixture stays as read). */
function with12989Dimension(id: string, patch: (dim: Obj) => void): JsonStatDataset {
  const copy = JSON.parse(JSON.stringify(raw12989)) as { dimension: Record<string, Obj> };
  const dim = copy.dimension[id];
  if (!dim) throw new Error(`no dimension ${id}`);
  patch(dim);
  return decodeJsonStatDataset(copy, { structureOnly: true });
}

const messageOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(QueryResolutionError);
    return (e as Error).message;
  }
  throw new Error('expected a QueryResolutionError');
};

describe('resolveQuery with the real ssb.json 12989 entry and SYNTHETIC metadata', () => {
  const real = loadSsbSources().tables.find((t) => t.id === '12989');

  it('picks the content by label, eliminates what may be eliminated and pins the other totals', () => {
    if (!real) throw new Error('12989 missing from ssb.json');
    const { query, notes } = resolveQuery(real, meta12989);
    expect(query.selection).toEqual(RESOLVED_12989);
    expect(notes).toEqual([
      'ContentsCode: label /nyetablerte foretak/ → NyeForetak (Nyetablerte foretak)',
      'NACE2007: not in the query, elimination=false → total 00-99 (Alle næringer), by its label',
      'OrgForm: not in the query, total selected explicitly → Alle (Alle organisasjonsformer), by the metadata eliminationValueCode (elimination=true, but the metadata does not say what SSB would sum)',
      'AntSyss: not in the query, elimination=false → total 999 (Med og uten sysselsatte), by its conventional total code',
    ]);
  });
});

describe('label selections', () => {
  it('resolve to the one category whose label matches, case-insensitively', () => {
    const { query, notes } = resolveQuery(
      entry([
        ...REGION_TID,
        { variableCode: 'ContentsCode', label: '^NYETABLERTE' },
        { variableCode: 'NACE2007', label: '^industri$' },
      ]),
      meta12989,
    );
    expect(query.selection.slice(2, 4)).toEqual([
      { variableCode: 'ContentsCode', valueCodes: ['NyeForetak'] },
      { variableCode: 'NACE2007', valueCodes: ['10-33'] },
    ]);
    expect(notes.slice(0, 2)).toEqual([
      'ContentsCode: label /^NYETABLERTE/ → NyeForetak (Nyetablerte foretak)',
      'NACE2007: label /^industri$/ → 10-33 (Industri)',
    ]);
  });

  it('refuse a label matching several categories, listing them', () => {
    expect(
      messageOf(() =>
        resolveQuery(entry([...REGION_TID, { variableCode: 'ContentsCode', label: 'foretak' }]), meta12989),
      ),
    ).toBe(
      'ContentsCode «statistikkvariabel»: 2 kategorier passer /foretak/i: NyeForetak «Nyetablerte foretak», AktiveForetak «Aktive foretak». Gjør "label" i data/sources/ssb.json så presis at bare én passer',
    );
  });

  it('refuse a label matching nothing, listing the codes and labels the table has', () => {
    expect(
      messageOf(() =>
        resolveQuery(
          entry([...REGION_TID, { variableCode: 'ContentsCode', label: 'bruttoprodukt' }]),
          meta12989,
        ),
      ),
    ).toBe(
      'ContentsCode «statistikkvariabel»: ingen kategori har en tekst som passer /bruttoprodukt/i. Kategoriene: NyeForetak «Nyetablerte foretak», AktiveForetak «Aktive foretak». Rett "label" i data/sources/ssb.json',
    );
  });
});

describe('total selections', () => {
  /** The note on `id` when it is selected with `total: true` (the rest as the real 12989 entry has it). */
  const totalOf = (id: string, meta: JsonStatDataset = meta12989) => {
    const r = resolveQuery(
      entry([
        ...REGION_TID,
        { variableCode: 'ContentsCode', label: '^nyetabl' },
        { variableCode: id, total: true },
      ]),
      meta,
    );
    return { selection: r.query.selection[3], note: r.notes[1] };
  };

  it("take the metadata's eliminationValueCode first", () => {
    const r = totalOf('OrgForm');
    expect(r.selection).toEqual({ variableCode: 'OrgForm', valueCodes: ['Alle'] });
    expect(r.note).toBe(
      'OrgForm: total → Alle (Alle organisasjonsformer), by the metadata eliminationValueCode',
    );
  });

  it('fall back to the label rule when the eliminationValueCode is not a category, then to the code rule', () => {
    const meta = with12989Dimension('OrgForm', (d) => {
      d.extension = { elimination: true, eliminationValueCode: 'XX' };
    });
    expect(totalOf('OrgForm', meta).note).toBe(
      'OrgForm: total → Alle (Alle organisasjonsformer), by its label',
    );
    // "00" is a conventional total code too, but labelled Uoppgitt: the label "Alle næringer" decides.
    expect(totalOf('NACE2007').note).toBe('NACE2007: total → 00-99 (Alle næringer), by its label');
    expect(totalOf('AntSyss').note).toBe(
      'AntSyss: total → 999 (Med og uten sysselsatte), by its conventional total code',
    );
  });

  it('refuse two categories that both read as totals, listing them', () => {
    const meta = with12989Dimension('NACE2007', (d) => {
      (d.category as { label: Obj }).label['01-03'] = 'Totalt for primærnæringene';
    });
    expect(messageOf(() => totalOf('NACE2007', meta))).toBe(
      'NACE2007 «næring (SN2007)»: 2 mulige totaler: 00-99 «Alle næringer», 01-03 «Totalt for primærnæringene». Velg én med "valueCodes" eller "label" i data/sources/ssb.json ("total": true på NACE2007).',
    );
  });

  it('refuse a dimension without a total, listing its codes (real 05300 metadata)', () => {
    const selection: ConfiguredSelection[] = [
      { variableCode: 'Avstand1', valueCodes: ['*'] },
      { variableCode: 'Kulturtilbud', total: true },
      { variableCode: 'Tid', valueCodes: ['*'] },
    ];
    const msg = messageOf(() =>
      resolveQuery(
        { ...entry(selection), mapping: { region: 'Avstand1', time: 'Tid', keepLevels: ['fylke'] } },
        meta05300,
      ),
    );
    expect(msg).toMatch(
      /^Kulturtilbud «kulturtilbud»: fant ingen total \(ingen eliminationValueCode i metadata, /,
    );
    expect(msg).toContain(
      'Kategoriene: 01 «Kino eller lokale med jevnlig spillefilmframvisning», 02 «Teater',
    );
    expect(msg).toContain(
      '07 «Folkebibliotek», 08 «Bokhandel». Velg med "valueCodes" eller "label" i data/sources/ssb.json',
    );
  });

  it('find conventional totals and skip "uoppgitt"', () => {
    const dim = (labels: Record<string, string>) =>
      decodeJsonStatDataset(
        {
          version: '2.0',
          class: 'dataset',
          id: ['X'],
          size: [Object.keys(labels).length],
          dimension: { X: { category: { index: Object.keys(labels), label: labels } } },
          value: [],
        },
        { structureOnly: true },
      ).dimensions[0];
    const code = (labels: Record<string, string>) => {
      const d = dim(labels);
      return d ? (findTotal(d).found?.code ?? null) : 'no dimension';
    };
    expect(code({ a: 'Menn', b: 'Kvinner', c: 'Begge kjønn' })).toBe('c');
    expect(code({ a: 'Industri', b: 'Næringer i alt' })).toBe('b');
    expect(code({ a: 'Allergi', b: 'Annet' })).toBeNull();
    expect(code({ '00': 'Uoppgitt', '01-99': 'Næringene' })).toBe('01-99');
    expect(code({ '0': 'Hele landet', '0301': 'Oslo' })).toBe('0');
  });

  it('list at most 20 categories in a message', () => {
    const cats = Array.from({ length: 25 }, (_, i) => ({
      code: String(i),
      label: `K${i}`,
      index: i,
      note: [],
      unit: null,
      child: [],
    }));
    expect(describeCategories(cats)).toMatch(/^0 «K0», 1 «K1», .* 19 «K19», … \(25 i alt\)$/);
  });
});

describe('variables the query does not name', () => {
  it('"eliminate" refuses one that the metadata says cannot be eliminated, and says what to add', () => {
    expect(
      messageOf(() =>
        resolveQuery(
          entry([...REGION_TID, { variableCode: 'ContentsCode', label: '^nyetablerte' }], {
            otherVariables: 'eliminate',
          }),
          meta12989,
        ),
      ),
    ).toBe(
      'variabelen NACE2007 «næring (SN2007)» er ikke med i spørringen og kan ikke utelates (elimination=false i metadata). ' +
        'Kategoriene: 00-99 «Alle næringer», 01-03 «Jordbruk, skogbruk og fiske», 10-33 «Industri», 41-43 «Bygge- og anleggsvirksomhet», 00 «Uoppgitt». ' +
        'Legg til {"variableCode": "NACE2007", "total": true} (eller "label"/"valueCodes") i query.selection for tabell 12989 i data/sources/ssb.json, eller sett "otherVariables": "total"',
    );
  });

  it('"eliminate" leaves out eliminable and unstated variables, with a note for each', () => {
    const named: ConfiguredSelection[] = [
      ...REGION_TID,
      { variableCode: 'ContentsCode', label: '^nyetablerte' },
      { variableCode: 'NACE2007', total: true },
      { variableCode: 'AntSyss', total: true },
    ];
    const r = resolveQuery(entry(named, { otherVariables: 'eliminate' }), meta12989);
    // OrgForm may be eliminated, but it has a total, so the total is selected by name rather than left to SSB's sum.
    expect(r.query.selection.map((s) => s.variableCode)).toEqual([
      'Region',
      'Tid',
      'ContentsCode',
      'NACE2007',
      'AntSyss',
      'OrgForm',
    ]);
    expect(r.notes.at(-1)).toBe(
      'OrgForm: not in the query, total selected explicitly → Alle (Alle organisasjonsformer), by the metadata eliminationValueCode (elimination=true, but the metadata does not say what SSB would sum)',
    );
    const unstated = resolveQuery(
      {
        ...entry(
          [
            { variableCode: 'Avstand1', valueCodes: ['*'] },
            { variableCode: 'ContentsCode', valueCodes: ['Avstand'] },
            { variableCode: 'Tid', valueCodes: ['*'] },
          ],
          { otherVariables: 'eliminate' },
        ),
        mapping: { region: 'Avstand1', time: 'Tid', keepLevels: ['fylke'] },
      },
      meta05300,
    );
    expect(unstated.notes).toEqual([
      'Kulturtilbud left out: elimination not stated in the metadata; SSB refuses the request if it cannot be eliminated',
    ]);
    expect(unstated.query.selection.map((s) => s.variableCode)).toEqual(['Avstand1', 'ContentsCode', 'Tid']);
  });

  it('"total" with no stated elimination and no total leaves the variable out, with a note', () => {
    const r = resolveQuery(
      {
        ...entry([
          { variableCode: 'Avstand1', valueCodes: ['*'] },
          { variableCode: 'ContentsCode', valueCodes: ['Avstand'] },
          { variableCode: 'Tid', valueCodes: ['*'] },
        ]),
        mapping: { region: 'Avstand1', time: 'Tid', keepLevels: ['fylke'] },
      },
      meta05300,
    );
    expect(r.notes).toEqual([
      'Kulturtilbud left out: elimination not stated in the metadata and no single total found; SSB refuses the request if it cannot be eliminated',
    ]);
  });
});

describe('checks before any data request', () => {
  it('expectTitle: a wrong table id is caught by the title', () => {
    expect(
      messageOf(() => resolveQuery(entry(REGION_TID, { expectTitle: 'nasjonalregnskap' }), meta12989)),
    ).toBe(
      'tabell 12989 heter «12989: SYNTETISK Nyetablerte foretak, etter region, næring, organisasjonsform, antall sysselsatte, statistikkvariabel og år», ventet /nasjonalregnskap/i (expectTitle i data/sources/ssb.json); er tabellnummeret riktig?',
    );
    expect(() =>
      resolveQuery(
        entry([...REGION_TID, { variableCode: 'ContentsCode', label: '^nyetabl' }], {
          expectTitle: 'nyetabl|etablering',
        }),
        meta12989,
      ),
    ).not.toThrow();
  });

  it('a named variable the table lacks is listed with the variables it has', () => {
    expect(
      messageOf(() =>
        resolveQuery(entry([...REGION_TID, { variableCode: 'Kjonn', total: true }]), meta12989),
      ),
    ).toBe(
      'variabelen Kjonn finnes ikke i tabell 12989; tabellen har Region «region», NACE2007 «næring (SN2007)», OrgForm «organisasjonsform», AntSyss «antall sysselsatte», ContentsCode «statistikkvariabel», Tid «år». Rett query.selection i data/sources/ssb.json',
    );
  });

  it('a time variable without years (quarters) fails before the download, not in the mapper', () => {
    const meta = with12989Dimension('Tid', (d) => {
      d.category = { index: { '2024K1': 0, '2024K2': 1, '2024K3': 2 } };
    });
    expect(
      messageOf(() =>
        resolveQuery(entry([...REGION_TID, { variableCode: 'ContentsCode', label: '^nyetabl' }]), meta),
      ),
    ).toBe(
      'tidsvariabelen Tid «år» har koder som ikke er årstall (2024K1, 2024K2, 2024K3); mapping.time i data/sources/ssb.json krever år',
    );
  });

  it('code selections pass through exactly as configured (real 05300 metadata, no extensions)', () => {
    const selection = [
      { variableCode: 'Avstand1', valueCodes: ['*'] },
      { variableCode: 'Kulturtilbud', valueCodes: ['07'] },
      { variableCode: 'ContentsCode', valueCodes: ['Avstand'] },
      { variableCode: 'Tid', valueCodes: ['top(2)'] },
    ];
    const r = resolveQuery(
      { ...entry(selection), mapping: { region: 'Avstand1', time: 'Tid', keepLevels: ['fylke'] } },
      meta05300,
    );
    expect(r).toEqual({ query: { selection }, notes: [] });
  });
});
