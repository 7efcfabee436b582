import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFolderAtomically } from '../../../../data/fetch/output';
import { readFetchedData } from '../../../../data/fetch/read-fetched';
import type { FetchOptions } from '../../../../data/fetch/run';
import { FetchFailed, rebaseUrl, runFetch } from '../../../../data/fetch/run';
import type { TableMeta } from '../../../../data/fetch/ssb';
import { codesOn } from '../../../../data/later-years';
import { decodeJsonStatDataset } from '../../../../data/parse/jsonstat';
import type { SsbSources } from '../../../../data/sources/ssb-sources';
import {
  closedPort,
  hashFolder,
  metadataOf,
  readFixture,
  recordingSleep,
} from '../../../fixtures/fake-ssb-server';
import { entry05300, fetchWorkspace } from '../../../fixtures/fetch-workspace';

// ssb.json-shaped sources for the fixture table; base URLs stay SSB's and are rebased onto the fake.
const sources: SsbSources = {
  pxwebapi: {
    baseUrl: 'https://data.ssb.no/api/pxwebapi/v2',
    lang: 'no',
    outputFormat: 'json-stat2',
    maxCellsPerRequest: 800_000,
    maxRequestsPerMinute: 30,
  },
  klass: {
    baseUrl: 'https://data.ssb.no/api/klass/v1',
    requests: [
      {
        name: 'klass-131-changes',
        classification: '131',
        endpoint: 'changes',
        params: { from: '2005-01-01' },
      },
    ],
  },
  tables: [
    entry05300(
      [
        { variableCode: 'Avstand1', valueCodes: ['*'] },
        { variableCode: 'Kulturtilbud', valueCodes: ['*'] },
        { variableCode: 'ContentsCode', valueCodes: ['Avstand'] },
        { variableCode: 'Tid', valueCodes: ['*'] },
      ],
      {
        mapping: { region: 'Avstand1', time: 'Tid', keepLevels: ['fylke'], filter: { Kulturtilbud: ['07'] } },
      },
    ),
  ],
};

const fixedNow = (): Date => new Date('2025-06-01T12:00:00Z');
const env = fetchWorkspace('fetch', { ssb: { maxCells: 100 } });

function options(extra: Partial<FetchOptions> = {}): FetchOptions {
  const { sleep } = recordingSleep();
  return {
    sources,
    outDir: env.outDir,
    baseUrl: env.ssb.origin,
    maxCells: 100,
    now: fixedNow,
    log: (l) => env.logs.push(l),
    http: {
      sleep,
      random: () => 0.5,
      retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 100, maxRetryAfterMs: 5_000 },
    },
    ...extra,
  };
}

async function seedOutput(): Promise<void> {
  await mkdir(join(env.outDir, 'nested'), { recursive: true });
  await writeFile(join(env.outDir, '05300.json'), '{"old": true}\n');
  await writeFile(join(env.outDir, '07459.json'), '{"kept": true}\n');
  await writeFile(join(env.outDir, 'nested', 'note.txt'), 'unchanged\n');
  await writeFile(
    join(env.outDir, 'index.json'),
    JSON.stringify({
      updated_at: 'x',
      tables: {
        '07459': {
          indicator: 'befolkning',
          data: '07459.json',
          meta: '07459.meta.json',
          updated: null,
          retrieved_at: 'x',
        },
      },
      klass: {},
    }),
  );
}

describe('runFetch against a local fake SSB', () => {
  it('pages a query over the cell limit (POST per page) and stores the merged dataset with provenance', async () => {
    const summary = await runFetch(options());
    const posts = env.ssb.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.path)).toEqual(
      Array(5).fill('/api/pxwebapi/v2/tables/05300/data?lang=no&outputFormat=json-stat2'),
    );
    const tid = (body: string): string[] =>
      (JSON.parse(body) as { selection: { variableCode: string; valueCodes: string[] }[] }).selection.find(
        (s) => s.variableCode === 'Tid',
      )?.valueCodes ?? [];
    expect(posts.map((r) => tid(r.body))).toEqual([
      ['1991', '1994'],
      ['1997', '2000'],
      ['2004', '2008'],
      ['2012', '2016'],
      ['2021'],
    ]);
    expect(env.ssb.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)[0]).toBe(
      'GET /api/pxwebapi/v2/tables/05300/metadata',
    );
    expect(summary.tables).toEqual([{ id: '05300', cells: 432, pages: 5, updated: '2022-05-24T06:00:00Z' }]);
    expect(summary.files).toEqual([
      '05300.json',
      '05300.meta.json',
      'index.json',
      'klass-131-changes.json',
      'klass-131-changes.meta.json',
    ]);

    const stored = decodeJsonStatDataset(JSON.parse(await readFile(join(env.outDir, '05300.json'), 'utf-8')));
    const original = decodeJsonStatDataset(readFixture('ssb_05300_jsonstat2_statbank_client_fixture.json'));
    expect(stored.values).toEqual(original.values);
    expect(stored.status.size).toBe(28);
    expect(stored.values[62]).toBe(15);

    const meta = JSON.parse(await readFile(join(env.outDir, '05300.meta.json'), 'utf-8')) as TableMeta;
    expect(meta).toMatchObject({
      table: '05300',
      updated: '2022-05-24T06:00:00Z',
      retrieved_at: '2025-06-01T12:00:00.000Z',
      url: `${env.ssb.origin}/api/pxwebapi/v2/tables/05300/data?lang=no&outputFormat=json-stat2`,
      query: sources.tables[0]?.query,
      // Code selections need no resolving: the query sent is the one configured, with nothing to note.
      resolved_query: sources.tables[0]?.query,
      resolution: [],
      estimated_cells: 432,
      cells: 432,
    });
    expect(meta.pages).toHaveLength(5);
    const klass = JSON.parse(await readFile(join(env.outDir, 'klass-131-changes.json'), 'utf-8')) as {
      codeChanges: unknown[];
    };
    expect(klass.codeChanges).toHaveLength(1);
    expect(env.ssb.requests.at(-1)?.path).toBe('/api/klass/v1/classifications/131/changes?from=2005-01-01');
  });

  it('reads the fetched folder back as observations (readFetchedData)', async () => {
    expect(await readFetchedData(env.outDir, sources)).toBeNull();
    await runFetch(options());
    const data = await readFetchedData(env.outDir, sources);
    const obs = data?.observations ?? [];
    expect(obs).toHaveLength(6 * 9);
    const at = (code: string, year: number): unknown =>
      obs.find((o) => o.region_code === code && o.year === year);
    expect(at('01', 2021)).toMatchObject({
      indicator: 'test_avstand',
      value: 15,
      status: 'reported',
      table_id: '05300',
    });
    expect(at('02', 2021)).toMatchObject({ value: null, status: 'missing', ssb_status: '.' });
    expect(at('06', 1991)).toMatchObject({ value: null, status: 'missing', ssb_status: '..' });
    expect(data?.meta['05300']?.updated).toBe('2022-05-24T06:00:00Z');
    expect(Object.keys(data?.klass ?? {})).toEqual(['klass-131-changes']);
  });

  it('needs the paging: one request for all 432 cells is refused by the fake (limit 100)', async () => {
    const err = await runFetch(options({ maxCells: 800_000 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchFailed);
    expect((err as FetchFailed).message).toMatch(
      /^Henting fra SSB feilet \(tabell 05300\): SSB svarte HTTP 400 «Too many cells selected»: SSB avviste spørringen/,
    );
  });

  it('retries 429 and 500 on the data request and still writes the table', async () => {
    env.ssb.failNext({ kind: '429', retryAfter: '1' }, { method: 'POST' });
    env.ssb.failNext({ kind: '500' }, { method: 'POST' });
    const { sleep, waits } = recordingSleep();
    const summary = await runFetch(
      options({
        klass: false,
        http: {
          sleep,
          random: () => 0.5,
          retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 100, maxRetryAfterMs: 5_000 },
        },
      }),
    );
    expect(summary.retries).toBe(2);
    expect(summary.requests).toBe(1 + 5 + 2);
    expect(waits).toEqual([1_000, 15]);
    expect(env.logs.filter((l) => l.includes('venter'))).toEqual([
      '  SSB svarer 429 (for mange forespørsler; SSB teller dem over 60 s) og ber oss vente 1,0 s (Retry-After): venter 1,0 s på data for tabell 05300 (del 1 av 5) før forsøk 2 (ventet 1,0 s av høyst 10 min)',
      '  SSB svarer HTTP 500: venter 0,0 s på data for tabell 05300 (del 1 av 5) før forsøk 3 (ventet 1,0 s av høyst 10 min)',
    ]);
  });

  it('keeps other tables in the folder when fetching one table', async () => {
    await seedOutput();
    await runFetch(options({ tables: ['05300'] }));
    expect(await readFile(join(env.outDir, '07459.json'), 'utf-8')).toBe('{"kept": true}\n');
    expect(await readFile(join(env.outDir, 'nested', 'note.txt'), 'utf-8')).toBe('unchanged\n');
    const index = JSON.parse(await readFile(join(env.outDir, 'index.json'), 'utf-8')) as {
      tables: Record<string, unknown>;
      klass: Record<string, unknown>;
    };
    expect(Object.keys(index.tables).sort()).toEqual(['05300', '07459']);
    expect(index.klass).toEqual({});
    expect(env.ssb.requests.some((r) => r.path.includes('/klass/'))).toBe(false);
  });
});

describe('KLASS answers in KLASS’s own keys', () => {
  it('the fake’s /codes answer is read by the build’s code list reader', async () => {
    const withCodes = {
      ...sources,
      klass: {
        ...sources.klass,
        requests: [
          {
            name: 'klass-131-codes',
            classification: '131',
            endpoint: 'codes' as const,
            params: { from: '2005-01-01' },
          },
        ],
      },
    };
    await runFetch(options({ sources: withCodes }));
    const answer = JSON.parse(await readFile(join(env.outDir, 'klass-131-codes.json'), 'utf-8')) as {
      codes: Parameters<typeof codesOn>[0];
    };
    expect(codesOn(answer.codes, 2025, 'kommune')).toEqual(new Map([['3103', 'Moss']]));
    expect(codesOn(answer.codes, 2023, 'kommune')).toEqual(new Map());
  });
});

describe('one table’s fault fails that table alone', () => {
  it('a value code the table does not have skips it before any data request; the other table is written', async () => {
    await env.serve({
      maxCells: 100,
      tables: { '12989': { metadata: readFixture('synthetic_12989_metadata.SYNTHETIC.json') } },
    });
    const bad = {
      ...(sources.tables[0] as SsbSources['tables'][number]),
      id: '12989',
      indicator: 'test_nye',
      query: {
        selection: [
          { variableCode: 'Region', valueCodes: ['*'] },
          { variableCode: 'ContentsCode', valueCodes: ['Finnes-ikke'] },
          { variableCode: 'Tid', valueCodes: ['*'] },
        ],
      },
      otherVariables: 'total' as const,
      mapping: { region: 'Region', time: 'Tid', keepLevels: ['kommune' as const] },
    };
    const summary = await runFetch(
      options({
        sources: { ...sources, tables: [bad, sources.tables[0] as SsbSources['tables'][number]] },
        klass: false,
      }),
    );
    expect(summary.skipped).toEqual([
      {
        id: '12989',
        kind: 'query',
        reason:
          'tabell 12989 ContentsCode: value code Finnes-ikke does not exist; rett query i data/sources/ssb.json',
      },
    ]);
    expect(summary.tables.map((t) => t.id)).toEqual(['05300']);
    expect(env.ssb.requests.some((r) => r.method === 'POST' && r.path.includes('12989'))).toBe(false);
    expect((await readdir(env.outDir)).sort()).toEqual(['05300.json', '05300.meta.json', 'index.json']);
  });

  it('a weekly table (SSB’s real 03024 answer, time codes 2025U01 …) is refused alone: the dashboard needs years', async () => {
    const real03024 = readFixture('ssb_03024_v2_data_post_lang_no.json');
    await env.serve({
      maxCells: 100,
      tables: { '03024': { metadata: metadataOf(real03024), data: real03024 } },
    });
    const weekly = {
      ...(sources.tables[0] as SsbSources['tables'][number]),
      id: '03024',
      indicator: 'test_laks',
      query: {
        selection: [
          { variableCode: 'VareGrupper2', valueCodes: ['01'] },
          { variableCode: 'ContentsCode', valueCodes: ['Vekt'] },
          { variableCode: 'Tid', valueCodes: ['*'] },
        ],
      },
      mapping: { region: 'VareGrupper2', time: 'Tid', keepLevels: ['fylke' as const] },
    };
    const summary = await runFetch(
      options({
        sources: { ...sources, tables: [weekly, sources.tables[0] as SsbSources['tables'][number]] },
        klass: false,
      }),
    );
    expect(summary.skipped[0]).toMatchObject({ id: '03024', kind: 'query' });
    expect(summary.skipped[0]?.reason).toMatch(
      /^tidsvariabelen Tid «uke» har koder som ikke er årstall \(2025U01, 2025U02, 2025U03, 2025U04, 2025U05, …\)/,
    );
    expect(summary.tables.map((t) => t.id)).toEqual(['05300']);
  });
});

describe('--check --search', () => {
  it('searches SSB’s table list by words, reads no data and writes nothing', async () => {
    const summary = await runFetch(options({ checkOnly: true, search: 'avstand nærmeste' }));
    expect(summary.found.map((t) => t.id)).toEqual(['05300']);
    expect(summary.plans).toEqual([]);
    expect(env.ssb.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/pxwebapi/v2/tables?query=avstand+n%C3%A6rmeste&lang=no&pageSize=50',
    ]);
    expect(env.logs[0]).toBe('Tabeller hos SSB som passer «avstand nærmeste»: 1');
    await expect(readdir(env.outDir)).rejects.toThrow();
  });

  it('the CLI prints the hits and exits 0, having written nothing', async () => {
    const result = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        [
          '--import',
          'tsx',
          'data/fetch/cli.ts',
          '--check',
          '--search',
          'avstand',
          '--base-url',
          env.ssb.origin,
          '--out',
          env.outDir,
        ],
        { cwd: join(import.meta.dirname, '../../../..') },
        (_e, stdout) => resolve({ code: child.exitCode, stdout }),
      );
    });
    expect(result.stdout).toContain(
      'FUNNET 05300 «05300: Avstand til nærmeste lokale/sted (prosent), etter avstand, kulturtilbud, statistikkvariabel og år» 2008–2024',
    );
    expect(result.stdout).toContain('Sjekket 0 tabell(er)');
    expect(result.code).toBe(0);
    expect(await readdir(env.work)).toEqual([]);
  }, 20_000);
});

describe('a failed fetch leaves the output folder byte-for-byte unchanged', () => {
  it('when the data requests keep failing', async () => {
    await seedOutput();
    const before = await hashFolder(env.outDir);
    env.ssb.failNext({ kind: '500' }, { method: 'POST', times: 99 });
    const err = await runFetch(options()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchFailed);
    expect((err as FetchFailed).message).toBe(
      `SSB svarte ikke innen ventegrensen (tabell 05300): data for tabell 05300 (del 1 av 5): ga opp etter 0 s venting (grense 600 s): HTTP 500 fra ${env.ssb.origin}/api/pxwebapi/v2/tables/05300/data?lang=no&outputFormat=json-stat2: {"title":"Internal Server Error"}. ` +
        `SSB er trolig midlertidig utilgjengelig (tabeller oppdateres rundt kl. 05 og 11.30). Kjør samme kommando igjen senere. Ventegrensen kan økes med --max-wait <sekunder>. Ingenting i ${env.outDir} er endret. Dashboardet bruker fortsatt det leverte datasettet.`,
    );
    expect(await hashFolder(env.outDir)).toBe(before);
    expect((await readdir(env.work)).sort()).toEqual(['ssb_api']);
  });

  it('when the last request (KLASS) fails after the table succeeded', async () => {
    await seedOutput();
    const before = await hashFolder(env.outDir);
    env.ssb.failNext({ kind: 'status', status: 404 }, { pathIncludes: '/klass/' });
    await expect(runFetch(options())).rejects.toThrow(
      /^Henting fra SSB feilet \(KLASS klass-131-changes\): HTTP 404/,
    );
    expect(env.ssb.requests.filter((r) => r.method === 'POST')).toHaveLength(5);
    expect(await hashFolder(env.outDir)).toBe(before);
    // The table fetched before the failure waits in the resume cache beside the folder, not in it.
    expect((await readdir(env.work)).sort()).toEqual(['.ssb_api-cache', 'ssb_api']);
    expect((await readdir(join(env.work, '.ssb_api-cache'))).sort()).toEqual([
      '05300.json',
      '05300.key',
      '05300.meta.json',
    ]);
  });
});

describe('writeFolderAtomically', () => {
  it('leaves the folder unchanged and no temporary folder behind when a write fails half-way', async () => {
    await seedOutput();
    const before = await hashFolder(env.outDir);
    const files = new Map([
      ['05300.json', '{"new": true}'],
      ['../escape.json', 'refused'],
    ]);
    await expect(writeFolderAtomically(env.outDir, files)).rejects.toThrow('unsafe file name ../escape.json');
    expect(await hashFolder(env.outDir)).toBe(before);
    expect(await readdir(env.work)).toEqual(['ssb_api']);
  });

  it('replaces changed files and keeps the rest', async () => {
    await seedOutput();
    await writeFolderAtomically(env.outDir, new Map([['05300.json', '{"new": true}']]));
    expect(await readFile(join(env.outDir, '05300.json'), 'utf-8')).toBe('{"new": true}');
    expect(await readFile(join(env.outDir, 'nested', 'note.txt'), 'utf-8')).toBe('unchanged\n');
    expect(await readdir(env.work)).toEqual(['ssb_api']);
  });
});

describe('offline', () => {
  it('fails fast (no retries, no waiting) with the Norwegian message and writes nothing', async () => {
    const port = await closedPort();
    const { sleep, waits } = recordingSleep();
    const err = await runFetch({ ...options(), baseUrl: `http://127.0.0.1:${port}`, http: { sleep } }).catch(
      (e: unknown) => e,
    );
    expect(waits).toEqual([]);
    expect(err).toBeInstanceOf(FetchFailed);
    expect((err as FetchFailed).offline).toBe(true);
    expect((err as FetchFailed).message).toBe(
      `Kunne ikke nå SSB (127.0.0.1:${port}): connect ECONNREFUSED 127.0.0.1:${port}. Ingenting i ${env.outDir} er endret. Dashboardet bruker fortsatt det leverte datasettet.`,
    );
    expect(await readdir(env.work)).toEqual([]);
  });

  it('the CLI exits with code 1 and the message on stderr', async () => {
    const port = await closedPort();
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        [
          '--import',
          'tsx',
          'data/fetch/cli.ts',
          '--base-url',
          `http://127.0.0.1:${port}`,
          '--out',
          env.outDir,
        ],
        { cwd: join(import.meta.dirname, '../../../..') },
        (_e, _out, stderr) => resolve({ code: child.exitCode, stderr }),
      );
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Kunne ikke nå SSB (127.0.0.1:${port}): connect ECONNREFUSED`);
    expect(result.stderr).toContain('Dashboardet bruker fortsatt det leverte datasettet.');
    expect(await readdir(env.work)).toEqual([]);
  }, 20_000);
});

describe('rebaseUrl', () => {
  it('moves SSB URLs onto a test server, keeping path and query', () => {
    expect(rebaseUrl('https://data.ssb.no/api/pxwebapi/v2', 'http://127.0.0.1:8080')).toBe(
      'http://127.0.0.1:8080/api/pxwebapi/v2',
    );
    expect(rebaseUrl('https://data.ssb.no/api/klass/v1?x=1', 'http://127.0.0.1:8080/prefix/')).toBe(
      'http://127.0.0.1:8080/prefix/api/klass/v1?x=1',
    );
    expect(rebaseUrl('https://data.ssb.no/api/klass/v1', null)).toBe('https://data.ssb.no/api/klass/v1');
  });
});
