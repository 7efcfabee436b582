/**
 * A user's own file: the forms councils really save (Excel's Norwegian semicolon CSV in Windows-1252 with
 * decimal commas, UTF-8 with BOM, SSB's «K-3103 Moss» labels, Parquet) are read to the right values, and
 * a corpus of ≥ 200 malformed files is refused, each with a Norwegian sentence naming the file and where.
 * The figures in the valid files are SYNTHETIC (made up for the test); the regions are the real catalogue.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openMemoryDuckDb } from '../../../src/lib/db/node-duckdb';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LIMITS, readUserFile, type CodeHistory, type UserRegion } from '../../../src/lib/userdata/read';
import type { CodeHistoryFile } from '../../../src/lib/schema';
import { openNodeDb } from '../../../src/lib/db/node';
import { loadCatalogue } from '../../../src/lib/series/load';
import { setLang } from '../../../src/lib/i18n';

let regions: UserRegion[];
/** The real old kommune numbers the pipeline writes (static/data/kommunekoder.json). */
let history: CodeHistory;
beforeAll(async () => {
  history = (JSON.parse(readFileSync('static/data/kommunekoder.json', 'utf-8')) as CodeHistoryFile).codes;
  const db = await openNodeDb('static/data');
  regions = (await loadCatalogue(db.engine)).regions.map((r) => ({
    code: r.code,
    name: r.name,
    level: r.level,
  }));
  db.close();
});

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Windows-1252 for the Norwegian letters (what Excel writes for «CSV (semikolondelt)»). */
const cp1252 = (s: string) =>
  Uint8Array.from(s, (c) => ({ æ: 0xe6, ø: 0xf8, å: 0xe5, Æ: 0xc6, Ø: 0xd8, Å: 0xc5 })[c] ?? c.charCodeAt(0));

describe('valid files', () => {
  it("Excel's semicolon CSV in Windows-1252 with decimal commas and a space as thousands separator", async () => {
    const r = await readUserFile(
      'mål.csv',
      cp1252(
        'Kommune;År;Verdi;Indikator\r\nMoss;2020;1 234,5;Ledige lokaler\r\nRåde;2020;..;Ledige lokaler\r\n3114;2021;-7;Ledige lokaler\r\n',
      ),
      regions,
    );
    expect(r).toEqual({
      ok: true,
      carried: [],
      data: {
        file: 'mål.csv',
        indicators: ['Ledige lokaler'],
        rows: [
          { indicator: 'Ledige lokaler', region_code: '3103', year: 2020, value: 1234.5 },
          { indicator: 'Ledige lokaler', region_code: '3112', year: 2020, value: null },
          { indicator: 'Ledige lokaler', region_code: '3114', year: 2021, value: -7 },
        ],
      },
    });
  });

  it("UTF-8 with BOM, comma separated, SSB's labels, quoted fields, the file name as the indicator", async () => {
    const r = await readUserFile(
      'bredbånd.csv',
      utf8(
        '\uFEFFregion,year,value\n"K-3103 Moss",2022,97.5\n"3401 Kongsvinger",2022,88\nkongsvingerregionen,2022,90.1\n',
      ),
      regions,
    );
    expect(r.ok && r.data.rows.map((x) => [x.indicator, x.region_code, x.value])).toEqual([
      ['bredbånd', '3103', 97.5],
      ['bredbånd', '3401', 88],
      ['bredbånd', 'kongsvingerregionen', 90.1],
    ]);
  });

  it('Parquet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'regionpuls-user-'));
    try {
      const { con, close } = await openMemoryDuckDb();
      await con.run(
        `COPY (SELECT * FROM (VALUES ('3103', 2020, 1.5), ('3112', 2021, 2.5)) t(kommunenummer, year, verdi)) TO '${join(dir, 'x.parquet')}' (FORMAT parquet)`,
      );
      close();
      const r = await readUserFile(
        'x.parquet',
        new Uint8Array(readFileSync(join(dir, 'x.parquet'))),
        regions,
      );
      expect(r.ok && r.data.rows).toEqual([
        { indicator: 'x', region_code: '3103', year: 2020, value: 1.5 },
        { indicator: 'x', region_code: '3112', year: 2021, value: 2.5 },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Malformed variants of one small valid file, each with what the message must say. */
function corpus(): { name: string; bytes: Uint8Array; says: RegExp }[] {
  const good = [
    'kommune;år;verdi',
    'Moss;2020;10',
    'Råde;2020;11',
    'Våler (Østfold);2020;12',
    '3401;2021;13',
  ];
  const out: { name: string; bytes: Uint8Array; says: RegExp }[] = [];
  const add = (name: string, lines: string[] | string, says: RegExp) =>
    out.push({ name, bytes: typeof lines === 'string' ? utf8(lines) : utf8(`${lines.join('\n')}\n`), says });
  const values = [
    'abc',
    '12,5,3',
    '1e5x',
    '--1',
    '12.5.6',
    '½',
    '1/2',
    'NaN',
    'Infinity',
    '0x10',
    '12 %',
    'kr 10',
    '∞',
    '١٢',
    '12..5',
    '1,2,3',
    'tolv',
    '10 10x',
    '#VERDI!',
    '#DIV/0!',
  ];
  const years = [
    '20',
    '202',
    '20200',
    '1899',
    '2101',
    'år',
    '2020.5',
    '2020-01-01',
    '',
    'MMXX',
    '-2020',
    '２０２０',
  ];
  const places = [
    'Atlantis',
    '9999',
    '0000',
    'K-9999',
    'Våler',
    'Moss kommune x',
    'DROP TABLE regions',
    '<script>',
    '3103x',
    'Osloo',
    'Oslo/Bærum x',
    '03 01',
    'Trondheim kommune',
  ];
  for (let row = 1; row <= 4; row++) {
    for (const v of values)
      add(
        `verdi-${row}-${v}.csv`,
        good.map((l, i) => (i === row ? l.replace(/;[^;]*$/, `;${v}`) : l)),
        new RegExp(
          `linje ${row + 1}, kolonne «verdi»: «${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}» er ikke et tall`,
        ),
      );
    for (const y of years)
      add(
        `år-${row}-${y}.csv`,
        good.map((l, i) => (i === row ? l.replace(/;[^;]*;/, `;${y};`) : l)),
        new RegExp(`linje ${row + 1}, kolonne «år»: «.*» er ikke et årstall`),
      );
    for (const p of places)
      add(
        `sted-${row}-${p}.csv`,
        good.map((l, i) => (i === row ? l.replace(/^[^;]*/, p) : l)),
        new RegExp(
          `linje ${row + 1}, kolonne «kommune»: «.*»:? (er ingen kommune|kan være flere regioner|nummeret)`,
        ),
      );
    add(
      `kolonner-${row}.csv`,
      good.map((l, i) => (i === row ? `${l};ekstra` : l)),
      new RegExp(`linje ${row + 1} har 4 kolonner, overskriften har 3`),
    );
    add(`dublett-${row}.csv`, [...good, good[row]!], new RegExp(`linje 6: .* står også på linje ${row + 1}`));
  }
  for (const h of ['sted;år;verdi', 'kommune;aargang;verdi', 'kommune;år;beløp', 'a;b;c'])
    add(`overskrift-${h}.csv`, [h, ...good.slice(1)], /linje 1 mangler kolonnen/);
  add('tom.csv', '', /filen er tom/);
  add('bare-overskrift.csv', ['kommune;år;verdi'], /ingen rader med tall/);
  add('to-kolonner.csv', ['kommune;verdi', 'Moss;10'], /linje 1 må ha minst tre kolonner/);
  add('anførsel.csv', ['kommune;år;verdi', '"Moss;2020;10'], /linje 2: et anførselstegn/);
  out.push({
    name: 'binær.csv',
    bytes: Uint8Array.from([0x00, 0x01, 0x02, 0xff, 0x00]),
    says: /verken tekst \(CSV\) eller Parquet/,
  });
  out.push({
    name: 'skadet.parquet',
    bytes: utf8('PAR1 this is not parquet at all'),
    says: /ser ut som Parquet, men kan ikke leses/,
  });
  out.push({ name: 'stor.csv', bytes: new Uint8Array(LIMITS.bytes + 1).fill(0x41), says: /mer enn de 5 MB/ });
  const many = [
    'kommune;år;verdi;indikator',
    ...Array.from({ length: 21 }, (_, i) => `Moss;2020;1;indikator ${i}`),
  ];
  add('mange-indikatorer.csv', many, /21 indikatorer er flere enn de 20/);
  const errorsGalore = ['kommune;år;verdi', ...Array.from({ length: 30 }, () => 'Atlantis;2020;x')];
  add('mange-feil.csv', errorsGalore, /og \d+ feil til/);
  return out;
}

describe('malformed files', () => {
  it('≥ 200 malformed files are each refused, naming the file and what is wrong', async () => {
    const files = corpus();
    expect(files.length).toBeGreaterThanOrEqual(200);
    const wrong: string[] = [];
    for (const f of files) {
      const r = await readUserFile(f.name, f.bytes, regions);
      if (r.ok) wrong.push(`${f.name}: accepted`);
      else if (!r.errors.every((e) => e.startsWith(`${f.name}: `)) || !r.errors.some((e) => f.says.test(e)))
        wrong.push(`${f.name}: ${r.errors.join(' | ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('an ambiguous name asks for the number', async () => {
    const r = await readUserFile('v.csv', utf8('kommune;år;verdi\nVåler;2020;1\n'), regions);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toBe(
      'v.csv: linje 2, kolonne «kommune»: «Våler» kan være flere regioner (Våler (Innlandet) 3419, Våler (Østfold) 3114); bruk nummeret',
    );
  });

  it("a name after a number must be that region's, in the reader's language", async () => {
    const file = utf8('kommune;år;verdi\n3103 Fredrikstad;2020;1\n');
    const r = await readUserFile('n.csv', file, regions);
    expect(!r.ok && r.errors[0]).toBe(
      'n.csv: linje 2, kolonne «kommune»: «3103 Fredrikstad»: nummeret 3103 er Moss, ikke «Fredrikstad»',
    );
    setLang('en');
    try {
      const en = await readUserFile('n.csv', file, regions);
      expect(!en.ok && en.errors[0]).toContain(
        '«3103 Fredrikstad»: the number 3103 is Moss, not «Fredrikstad»',
      );
    } finally {
      setLang('nb');
    }
  });
});

describe('old kommune numbers and names, at 2024 borders', () => {
  it('carries a renumbering (3002 Moss 2020–2023, 0712 Larvik 2018–2019) to its 2024 kommune, and says so', async () => {
    const r = await readUserFile(
      'gamle.csv',
      utf8(
        'kommune;år;verdi\n3002 Moss;2021;10\n3103;2024;11\n0712;2019;5\nHaram;2015;2\nVåler (Viken);2022;4\n',
      ),
      regions,
      history,
    );
    expect(r.ok && r.data.rows).toEqual([
      { indicator: 'gamle', region_code: '3103', year: 2021, value: 10 },
      { indicator: 'gamle', region_code: '3103', year: 2024, value: 11 },
      { indicator: 'gamle', region_code: '3909', year: 2019, value: 5 },
      // A name of today (Haram, 1580 since 2024) is today's kommune; only old names are carried.
      { indicator: 'gamle', region_code: '1580', year: 2015, value: 2 },
      { indicator: 'gamle', region_code: '3114', year: 2022, value: 4 },
    ]);
    expect(r.ok && r.carried).toEqual([
      '3002 Moss → 3103 Moss',
      '0712 Larvik → 3909 Larvik',
      '3018 Våler (Viken) → 3114 Våler (Østfold)',
    ]);
  });

  it("refuses a part of a merged kommune and a split one, naming today's kommune", async () => {
    const r = await readUserFile(
      'deler.csv',
      utf8('kommune;år;verdi\n0136;2015;1\nRygge;2016;1\n1507 Ålesund;2021;3\n3002 Fredrikstad;2021;1\n'),
      regions,
      history,
    );
    expect(!r.ok && r.errors).toEqual([
      'deler.csv: linje 2, kolonne «kommune»: «0136 Rygge» (2002–2019) er bare en del av dagens 3103 Moss; gi tallet for hele 3103 Moss med dagens nummer',
      'deler.csv: linje 3, kolonne «kommune»: «0136 Rygge» (2002–2019) er bare en del av dagens 3103 Moss; gi tallet for hele 3103 Moss med dagens nummer',
      'deler.csv: linje 4, kolonne «kommune»: «1507 Ålesund» (2020–2023) ble delt mellom 1508 Ålesund og 1580 Haram; egne tall kan ikke deles på dagens kommuner, så bruk dagens nummer',
      'deler.csv: linje 5, kolonne «kommune»: «3002 Fredrikstad»: nummeret 3002 var Moss, ikke «Fredrikstad»',
    ]);
  });

  it('names the same year twice when an old and a new number both give it', async () => {
    const r = await readUserFile(
      'dobbel.csv',
      utf8('kommune;år;verdi\n3002;2021;1\n3103;2021;2\n'),
      regions,
      history,
    );
    expect(!r.ok && r.errors).toEqual(['dobbel.csv: linje 3: Moss 2021 for «dobbel» står også på linje 2']);
  });

  it('without the list of old numbers, an old number is unknown as before', async () => {
    const r = await readUserFile('uten.csv', utf8('kommune;år;verdi\n3002;2021;1\n'), regions);
    expect(r.ok).toBe(false);
  });
});
