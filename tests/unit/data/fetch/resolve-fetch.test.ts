/**
 * Queries resolved against metadata, end to end through runFetch and the fake SSB: the real ssb.json
 * 12989 entry against SYNTHETIC metadata (whose data answers carry no numbers, every cell ".."), and
 * label selections on the real 05300 fixture (whose values are SSB's). A query that does not resolve
 * stops before any data request and leaves the output folder byte-for-byte as it was.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readFetchedData } from '../../../../data/fetch/read-fetched';
import type { FetchOptions } from '../../../../data/fetch/run';
import { FetchFailed, runFetch } from '../../../../data/fetch/run';
import type { TableMeta } from '../../../../data/fetch/ssb';
import { decodeJsonStatDataset } from '../../../../data/parse/jsonstat';
import type { SsbSources, SsbTableSource } from '../../../../data/sources/ssb-sources';
import { loadSsbSources } from '../../../../data/sources/ssb-sources';
import { toObservations } from '../../../../data/sources/to-observations';
import type { FakeTable } from '../../../fixtures/fake-ssb-server';
import {
  hashFolder,
  metadataOf,
  readFixture,
  recordingSleep,
  sliceDataset,
} from '../../../fixtures/fake-ssb-server';
import { entry05300, fetchWorkspace, RESOLVED_12989 } from '../../../fixtures/fetch-workspace';

type Obj = Record<string, unknown>;
const shipped = loadSsbSources();
const real12989 = shipped.tables.find((t) => t.id === '12989') as SsbTableSource;
const FIXTURE_05300 = 'ssb_05300_jsonstat2_statbank_client_fixture.json';
const data05300 = readFixture(FIXTURE_05300) as Obj;

/** The real 05300 metadata plus elimination flags that the test sets (05300's own document has none). */
function metadata05300WithFlags(flags: Record<string, boolean>): Obj {
  const meta = metadataOf(data05300);
  const dims = meta.dimension as Record<string, Obj>;
  return {
    ...meta,
    dimension: Object.fromEntries(
      Object.entries(dims).map(([id, d]) => [
        id,
        id in flags ? { ...d, extension: { elimination: flags[id] } } : d,
      ]),
    ),
  };
}

// No mapping filter: the query pins Kulturtilbud by its label.
const label05300 = entry05300(
  [
    { variableCode: 'Avstand1', valueCodes: ['*'] },
    { variableCode: 'Kulturtilbud', label: '^folkebibliotek' },
    { variableCode: 'ContentsCode', label: '^avstand til nærmeste' },
    { variableCode: 'Tid', valueCodes: ['*'] },
  ],
  { expectTitle: '^05300: avstand' },
);

const env = fetchWorkspace('resolve');
async function start(tables: Record<string, FakeTable>): Promise<void> {
  await env.serve({ maxCells: 100, tables });
}

function options(tables: SsbTableSource[]): FetchOptions {
  const { sleep } = recordingSleep();
  const sources: SsbSources = { ...shipped, tables };
  return {
    sources,
    outDir: env.outDir,
    baseUrl: env.ssb.origin,
    klass: false,
    now: () => new Date('2025-06-01T12:00:00Z'),
    log: (l) => env.logs.push(l),
    http: { sleep, random: () => 0.5 },
  };
}

const posts = (): number => env.ssb.requests.filter((r) => r.method === 'POST').length;

async function seedOutput(): Promise<string> {
  await mkdir(env.outDir, { recursive: true });
  await writeFile(join(env.outDir, '07459.json'), '{"kept": true}\n');
  await writeFile(join(env.outDir, 'index.json'), '{"updated_at": "x", "tables": {}, "klass": {}}\n');
  return hashFolder(env.outDir);
}

describe('the real ssb.json 12989 entry against SYNTHETIC 12989-like metadata', () => {
  beforeEach(() => start({ '12989': { metadata: readFixture('synthetic_12989_metadata.SYNTHETIC.json') } }));

  it('POSTs the resolved query and records it, with each decision, in the sidecar', async () => {
    const summary = await runFetch(options([real12989]));
    const [post] = env.ssb.requests.filter((r) => r.method === 'POST');
    const resolved = { selection: RESOLVED_12989 };
    expect(JSON.parse(post?.body ?? '{}')).toEqual(resolved);
    expect(summary.tables).toEqual([{ id: '12989', cells: 12, pages: 1, updated: '2025-01-01T00:00:00Z' }]);

    const meta = JSON.parse(await readFile(join(env.outDir, '12989.meta.json'), 'utf-8')) as TableMeta;
    expect(meta.query).toEqual(real12989.query);
    expect(meta.resolved_query).toEqual(resolved);
    expect(meta.resolution).toEqual([
      'ContentsCode: label /nyetablerte foretak/ → NyeForetak (Nyetablerte foretak)',
      'NACE2007: not in the query, elimination=false → total 00-99 (Alle næringer), by its label',
      'OrgForm: not in the query, total selected explicitly → Alle (Alle organisasjonsformer), by the metadata eliminationValueCode (elimination=true, but the metadata does not say what SSB would sum)',
      'AntSyss: not in the query, elimination=false → total 999 (Med og uten sysselsatte), by its conventional total code',
    ]);
    expect(meta.pages).toEqual([resolved]);
    expect(env.logs).toContain(
      '  OrgForm: not in the query, total selected explicitly → Alle (Alle organisasjonsformer), by the metadata eliminationValueCode (elimination=true, but the metadata does not say what SSB would sum)',
    );
    expect(env.logs.findIndex((l) => l.includes('OrgForm: not in the query'))).toBeLessThan(
      env.logs.findIndex((l) => l.includes('celler i')),
    );
  });

  it('maps the stored (already resolved) response with the ssb.json entry, no filter needed', async () => {
    await runFetch(options([real12989]));
    const data = await readFetchedData(env.outDir, shipped);
    const obs = data?.observations ?? [];
    // The synthetic answer holds no numbers: 4 regions × 3 years, all missing with SSB's "..".
    expect(obs).toHaveLength(12);
    expect(new Set(obs.map((o) => `${o.region_level} ${o.status} ${o.ssb_status}`))).toEqual(
      new Set(['land missing ..', 'fylke missing ..', 'kommune missing ..']),
    );
  });

  it('stops before any data request when a left-out variable cannot be eliminated, and writes nothing', async () => {
    const before = await seedOutput();
    const err = await runFetch(options([{ ...real12989, otherVariables: 'eliminate' }])).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(FetchFailed);
    const msg = (err as FetchFailed).message;
    expect(msg).toMatch(
      /^Henting fra SSB feilet \(tabell 12989\): variabelen NACE2007 «næring \(SN2007\)» er ikke med i spørringen og kan ikke utelates \(elimination=false i metadata\)\. Kategoriene: 00-99 «Alle næringer», /,
    );
    expect(msg).toContain('Legg til {"variableCode": "NACE2007", "total": true}');
    expect(msg).toContain(
      `Ingenting i ${env.outDir} er endret. Rett data/sources/ssb.json, eller hent de andre tabellene med --table. Dashboardet bruker fortsatt det leverte datasettet.`,
    );
    expect(env.ssb.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)).toEqual([
      'GET /api/pxwebapi/v2/tables/12989/metadata',
    ]);
    expect(await hashFolder(env.outDir)).toBe(before);
    expect(await readdir(env.work)).toEqual(['ssb_api']);
  });

  it('stops before any data request when the title does not match expectTitle', async () => {
    const before = await seedOutput();
    const err = await runFetch(
      options([{ ...real12989, expectTitle: 'fylkesfordelt nasjonalregnskap' }]),
    ).catch((e: unknown) => e);
    expect((err as FetchFailed).message).toMatch(
      /^Henting fra SSB feilet \(tabell 12989\): tabell 12989 heter «12989: SYNTETISK Nyetablerte foretak, .*», ventet \/fylkesfordelt nasjonalregnskap\/i/,
    );
    expect(posts()).toBe(0);
    expect(await hashFolder(env.outDir)).toBe(before);
  });

  it('stops before any data request when a label matches several contents', async () => {
    const entry = {
      ...real12989,
      query: {
        selection: real12989.query.selection.map((s) =>
          s.variableCode === 'ContentsCode' ? { variableCode: 'ContentsCode', label: 'foretak' } : s,
        ),
      },
    };
    const err = await runFetch(options([entry])).catch((e: unknown) => e);
    expect((err as FetchFailed).message).toContain(
      'ContentsCode «statistikkvariabel»: 2 kategorier passer /foretak/i: NyeForetak «Nyetablerte foretak», AktiveForetak «Aktive foretak»',
    );
    expect(posts()).toBe(0);
  });
});

describe('label selections on the real 05300 fixture', () => {
  it("pin Kulturtilbud and ContentsCode by label; the values are SSB's, mapped without mapping.filter", async () => {
    await start({
      '05300': {
        metadata: metadata05300WithFlags({ Kulturtilbud: false, ContentsCode: false }),
        data: data05300,
      },
    });
    await runFetch(options([label05300]));
    const meta = JSON.parse(await readFile(join(env.outDir, '05300.meta.json'), 'utf-8')) as TableMeta;
    expect(meta.resolution).toEqual([
      'Kulturtilbud: label /^folkebibliotek/ → 07 (Folkebibliotek)',
      'ContentsCode: label /^avstand til nærmeste/ → Avstand (Avstand til nærmeste lokale/sted)',
    ]);
    expect(meta.pages).toHaveLength(1);
    const stored = decodeJsonStatDataset(JSON.parse(await readFile(join(env.outDir, '05300.json'), 'utf-8')));
    expect(stored.values).toEqual(
      decodeJsonStatDataset(sliceDataset(data05300, { Kulturtilbud: ['07'] })).values,
    );
    const obs = toObservations(stored, label05300);
    expect(obs).toHaveLength(6 * 9);
    expect(obs.find((o) => o.region_code === '01' && o.year === 2021)).toMatchObject({
      value: 15,
      status: 'reported',
    });
  });

  it('leaving out a variable the metadata marks elimination=false is refused before the data request', async () => {
    await start({ '05300': { metadata: metadata05300WithFlags({ Kulturtilbud: false }), data: data05300 } });
    const entry = {
      ...label05300,
      query: { selection: label05300.query.selection.filter((s) => s.variableCode !== 'Kulturtilbud') },
    };
    const err = await runFetch(options([entry])).catch((e: unknown) => e);
    expect((err as FetchFailed).message).toContain(
      'variabelen Kulturtilbud «kulturtilbud» er ikke med i spørringen og kan ikke utelates',
    );
    expect((err as FetchFailed).message).toContain(
      'Kategoriene: 01 «Kino eller lokale med jevnlig spillefilmframvisning», 02 «Teater',
    );
    expect(posts()).toBe(0);
  });
});

describe('one table that does not resolve among others', () => {
  it('is skipped with its reason; the others are fetched and written', async () => {
    await start({
      '05300': { metadata: metadata05300WithFlags({}), data: data05300 },
      '12989': { metadata: readFixture('synthetic_12989_metadata.SYNTHETIC.json') },
    });
    const summary = await runFetch(
      options([{ ...real12989, expectTitle: 'fylkesfordelt nasjonalregnskap' }, label05300]),
    );
    expect(summary.tables.map((t) => t.id)).toEqual(['05300']);
    expect(summary.skipped).toHaveLength(1);
    expect(summary.skipped[0]?.id).toBe('12989');
    expect(summary.skipped[0]?.reason).toMatch(/^tabell 12989 heter «12989: SYNTETISK Nyetablerte foretak/);
    expect(env.logs.some((l) => l.startsWith('  Hopper over tabell 12989: tabell 12989 heter'))).toBe(true);
    // Nothing was downloaded for the skipped table; the other one is in the folder and its index.
    expect(env.ssb.requests.filter((r) => r.method === 'POST').map((r) => r.path.split('?')[0])).toEqual([
      '/api/pxwebapi/v2/tables/05300/data',
    ]);
    const index = JSON.parse(await readFile(join(env.outDir, 'index.json'), 'utf-8')) as {
      tables: Record<string, unknown>;
    };
    expect(Object.keys(index.tables)).toEqual(['05300']);
  });
});

describe('--check (checkOnly)', () => {
  it("reads only metadata, reports each table's plan or its reason, and writes nothing", async () => {
    await start({
      '05300': { metadata: metadata05300WithFlags({}), data: data05300 },
      '12989': { metadata: readFixture('synthetic_12989_metadata.SYNTHETIC.json') },
    });
    const before = await seedOutput();
    const summary = await runFetch({
      ...options([{ ...real12989, expectTitle: 'fylkesfordelt nasjonalregnskap' }, label05300]),
      checkOnly: true,
      klass: true,
    });
    expect(summary.plans).toEqual([
      {
        id: '05300',
        title: expect.stringMatching(/^05300: Avstand/) as string,
        cells: 54,
        pages: 1,
        notes: [
          'Kulturtilbud: label /^folkebibliotek/ → 07 (Folkebibliotek)',
          'ContentsCode: label /^avstand til nærmeste/ → Avstand (Avstand til nærmeste lokale/sted)',
        ],
      },
    ]);
    expect(summary.skipped.map((k) => k.id)).toEqual(['12989']);
    expect(summary.tables).toEqual([]);
    // Two metadata GETs; no data POST and no KLASS request, even with klass: true.
    expect(env.ssb.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)).toEqual([
      'GET /api/pxwebapi/v2/tables/12989/metadata',
      'GET /api/pxwebapi/v2/tables/05300/metadata',
    ]);
    expect(await hashFolder(env.outDir)).toBe(before);
  });
});
