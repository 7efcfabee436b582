/**
 * data/sources/ssb.json as the fetcher reads it: selections by code, label or total, the per-table
 * otherVariables/expectTitle fields, and the shipped file itself (no placeholder in an enabled table).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSsbSources, parseSsbSources, SSB_SOURCES_PATH } from '../../../../data/sources/ssb-sources';

type Obj = Record<string, unknown>;
const shipped = JSON.parse(readFileSync(SSB_SOURCES_PATH, 'utf-8')) as { tables: Obj[] } & Obj;

/** ssb.json with one table whose fields are replaced. */
function withTable(table: Obj): unknown {
  return { ...shipped, tables: [table] };
}

const base: Obj = {
  id: '12989',
  indicator: 'nyetableringer',
  title: 't',
  enabled: true,
  priority: 1,
  query: {
    selection: [
      { variableCode: 'Region', valueCodes: ['*'] },
      { variableCode: 'ContentsCode', label: '^nyetablerte' },
      { variableCode: 'NACE2007', total: true },
      { variableCode: 'Tid', valueCodes: ['*'] },
    ],
  },
  mapping: { region: 'Region', time: 'Tid', keepLevels: ['kommune'] },
  verified: 'unverified',
};
const withSelection = (sel: Obj): unknown =>
  withTable({
    ...base,
    query: {
      selection: [
        { variableCode: 'Region', valueCodes: ['*'] },
        sel,
        { variableCode: 'Tid', valueCodes: ['*'] },
      ],
    },
  });

describe('parseSsbSources: the unit comes from the indicator catalogue', () => {
  it('takes the unit of a catalogue indicator from data/indicators.ts', () => {
    expect(parseSsbSources(withTable(base)).tables[0]?.unit).toBe('foretak');
    expect(parseSsbSources(withTable({ ...base, unit: 'foretak' })).tables[0]?.unit).toBe('foretak');
  });

  it('refuses a unit that disagrees with the catalogue, naming both', () => {
    expect(() => parseSsbSources(withTable({ ...base, unit: 'personer' }))).toThrow(
      /"unit" is "personer", but indicator nyetableringer is counted in "foretak"/,
    );
  });

  it('asks a table outside the catalogue for its own unit', () => {
    expect(() => parseSsbSources(withTable({ ...base, indicator: 'pendling' }))).toThrow(
      /indicator pendling is not in data\/indicators.ts\): "unit" must be a non-empty string/,
    );
    const flows = parseSsbSources(withTable({ ...base, indicator: 'pendling', unit: 'personer' })).tables[0];
    expect(flows?.unit).toBe('personer');
  });

  it('ssb.json states no unit for a catalogue indicator', () => {
    const inCatalogue = shipped.tables.filter((t) =>
      ['befolkning', 'sysselsatte', 'bruttoprodukt', 'bruttoprodukt_11713', 'nyetableringer'].includes(
        t.indicator as string,
      ),
    );
    expect(inCatalogue.length).toBeGreaterThanOrEqual(5);
    expect(inCatalogue.filter((t) => 'unit' in t)).toEqual([]);
  });
});

describe('parseSsbSources: selections', () => {
  it('reads label and total selections, defaults otherVariables to eliminate and expectTitle to null', () => {
    const [t] = parseSsbSources(withTable(base)).tables;
    expect(t?.query.selection[1]).toEqual({ variableCode: 'ContentsCode', label: '^nyetablerte' });
    expect(t?.query.selection[2]).toEqual({ variableCode: 'NACE2007', total: true });
    expect(t?.otherVariables).toBe('eliminate');
    expect(t?.expectTitle).toBeNull();
    const [u] = parseSsbSources(
      withTable({ ...base, otherVariables: 'total', expectTitle: 'nyetabl|etablering' }),
    ).tables;
    expect([u?.otherVariables, u?.expectTitle]).toEqual(['total', 'nyetabl|etablering']);
  });

  it('keeps valueCodes selections exactly as before', () => {
    const sel = {
      variableCode: 'NACE2007',
      valueCodes: ['00-99'],
      codeList: 'vs_NACE',
      outputValues: 'single',
    };
    expect(parseSsbSources(withSelection(sel)).tables[0]?.query.selection[1]).toEqual(sel);
  });

  it('needs exactly one of valueCodes, label and total', () => {
    const where = 'ssb.json tables[0].query.selection[1]';
    expect(() => parseSsbSources(withSelection({ variableCode: 'X' }))).toThrow(
      `${where}: needs exactly one of valueCodes, label or total (has none)`,
    );
    expect(() =>
      parseSsbSources(withSelection({ variableCode: 'X', valueCodes: ['1'], label: 'a' })),
    ).toThrow(`${where}: needs exactly one of valueCodes, label or total (has valueCodes, label)`);
    expect(() => parseSsbSources(withSelection({ variableCode: 'X', label: 'a', total: true }))).toThrow(
      '(has label, total)',
    );
    expect(() => parseSsbSources(withSelection({ variableCode: 'X', total: false }))).toThrow(
      `${where}: total must be true`,
    );
  });

  it('refuses a broken regular expression, a code list with a label, and a variable selected twice', () => {
    expect(() => parseSsbSources(withSelection({ variableCode: 'X', label: '(' }))).toThrow(
      'ssb.json tables[0].query.selection[1].label: invalid regular expression "("',
    );
    expect(() =>
      parseSsbSources(withSelection({ variableCode: 'X', label: 'a', codeList: 'agg_x' })),
    ).toThrow('codeList/outputValues only work with valueCodes');
    expect(() => parseSsbSources(withSelection({ variableCode: 'Tid', total: true }))).toThrow(
      'ssb.json tables[0]: query selects Tid twice',
    );
    expect(() => parseSsbSources(withTable({ ...base, expectTitle: '[' }))).toThrow(
      'ssb.json tables[0].expectTitle: invalid regular expression',
    );
    expect(() => parseSsbSources(withTable({ ...base, otherVariables: 'sum' }))).toThrow(
      'ssb.json tables[0]: otherVariables must be eliminate|total',
    );
  });

  it('validates mapping references against label and total selections too', () => {
    expect(
      parseSsbSources(
        withTable({
          ...base,
          mapping: { region: 'Region', time: 'Tid', keepLevels: ['kommune'], sumOver: ['NACE2007'] },
        }),
      ).tables[0]?.mapping.sumOver,
    ).toEqual(['NACE2007']);
    expect(() =>
      parseSsbSources(
        withTable({ ...base, mapping: { region: 'Kommune', time: 'Tid', keepLevels: ['kommune'] } }),
      ),
    ).toThrow('mapping names Kommune, which the query does not select');
    expect(() => parseSsbSources(withTable({ ...base, splitAlong: ['OrgForm'] }))).toThrow(
      'splitAlong names OrgForm, which the query does not select',
    );
  });
});

describe('the shipped data/sources/ssb.json', () => {
  const sources = loadSsbSources();
  const enabled = sources.tables.filter((t) => t.enabled);

  it('parses, with every enabled table', () => {
    expect(enabled.map((t) => t.id)).toEqual([
      '07459',
      '07984',
      '13470',
      '11618',
      '03321',
      '09391',
      '11713',
      '12989',
    ]);
  });

  it('has no placeholder in an enabled table', () => {
    for (const raw of shipped.tables.filter((t) => t.enabled === true)) {
      const text = JSON.stringify({ ...raw, verified: undefined });
      expect(text, String(raw.id)).not.toMatch(/UNVERIFIED|PLACEHOLDER|TODO|FIXME|XXX/);
      expect(JSON.stringify(raw.mapping), String(raw.id)).not.toMatch(/unverified/i);
    }
  });

  it('guesses no code in an unverified table: only "*", labels and totals', () => {
    for (const t of sources.tables.filter((x) => x.verified === 'unverified')) {
      const literal = t.query.selection
        .flatMap((s) => ('valueCodes' in s ? s.valueCodes : []))
        .filter((c) => c !== '*');
      expect(literal, t.id).toEqual([]);
      expect(t.mapping.filter, t.id).toBeUndefined();
    }
  });

  it('states the new tables by meaning and checks their titles', () => {
    const byId = (id: string) => sources.tables.find((t) => t.id === id);
    expect(byId('11713')).toMatchObject({
      otherVariables: 'total',
      expectTitle: 'fylkesfordelt nasjonalregnskap|nasjonalregnskap',
    });
    expect(byId('11713')?.query.selection[1]).toEqual({
      variableCode: 'ContentsCode',
      label: '^bruttoprodukt i basisverdi(?!.*(faste|volum))',
    });
    expect(byId('12989')).toMatchObject({ otherVariables: 'total', expectTitle: 'nyetabl|etablering' });
    expect(byId('12989')?.note).toContain('08316');
    expect(byId('07459')).toMatchObject({ otherVariables: 'eliminate', expectTitle: null });
    expect(byId('07459')?.query.selection.map((s) => s.variableCode)).toEqual([
      'Region',
      'ContentsCode',
      'Tid',
    ]);
  });
});
