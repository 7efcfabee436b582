/**
 * Issue 16's acceptance test: a fake SSB that answers with the real PxWebApi v2 shapes, 404 for one table,
 * 400 for another, 503 for a while and 429 with Retry-After, still yields a build with every other table
 * fetched — and a run that SSB outlasts resumes from the tables it already has.
 *
 * Served: 07459 (the SYNTHETIC 07459-shaped dataset of tests/fixtures/fetched, invented numbers, dense `value`
 * with a `status` object), 13470 (SYNTHETIC 13470-shaped metadata; its data request gets PxWebApi's 400), and
 * 11118 from SSB's real v2 metadata and data (metadata without `value`, data dimensions in another order than
 * the metadata's). 07984 is not served: the fake answers 404 like PxWebApi does for an unknown table. Fake
 * clock: every wait is recorded, none is slept.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FetchFailed, runFetch } from '../../../../data/fetch/run';
import { fetchAndBuild, type UpdateOptions } from '../../../../data/fetch/update';
import { decodeJsonStatDataset } from '../../../../data/parse/jsonstat';
import { loadSsbSources, type SsbTableSource } from '../../../../data/sources/ssb-sources';
import { metadataOf, readFixture, recordingSleep } from '../../../fixtures/fake-ssb-server';
import { buildOptions, fetchWorkspace } from '../../../fixtures/fetch-workspace';

const SYNTHETIC_07459 = join(
  import.meta.dirname,
  '../../../fixtures/fetched/ssb_api.SYNTHETIC/07459.SYNTHETIC.json',
);
const shipped = loadSsbSources();
// The SYNTHETIC 07459 numbers cannot match SSB's real totals, which the shipped entries check (knownValues): not here.
const byId = (id: string): SsbTableSource => ({
  ...(shipped.tables.find((t) => t.id === id) as SsbTableSource),
  knownValues: [],
});

/** A test-only entry for SSB's real 11118 answers; its indicator is not in the catalogue, so the build passes it by. */
const entry11118: SsbTableSource = {
  id: '11118',
  indicator: 'test_kpi',
  title: 'Konsumprisindeks for varer og tjenester',
  unit: 'indeks',
  enabled: true,
  priority: 1,
  query: {
    selection: [
      { variableCode: 'Leveringssektor', valueCodes: ['*'] },
      { variableCode: 'ContentsCode', valueCodes: ['LevIndAar', 'Aarsendring'] },
      { variableCode: 'Tid', valueCodes: ['2023'] },
    ],
  },
  otherVariables: 'eliminate',
  expectTitle: 'konsumprisindeks',
  splitAlong: [],
  mapping: {
    region: 'Leveringssektor',
    time: 'Tid',
    keepLevels: ['kommune'],
    filter: { ContentsCode: ['LevIndAar'] },
  },
  verified: 'public-code-v2',
  note: 'test',
};

const env = fetchWorkspace('acceptance', {
  ssb: async () => {
    const data07459 = JSON.parse(await readFile(SYNTHETIC_07459, 'utf-8')) as unknown;
    return {
      tables: {
        '07459': { metadata: metadataOf(data07459), data: data07459 },
        '13470': { metadata: metadataOf(readFixture('synthetic_13470_shaped_jsonstat2.SYNTHETIC.json')) },
        '11118': {
          metadata: readFixture('ssb_11118_v2beta_metadata_from_ssb_beta_guide.json'),
          data: readFixture('ssb_11118_v2beta_data_defaultselection_from_ssb_beta_guide.json'),
        },
      },
    };
  },
});

function options(sleep: (ms: number) => Promise<void>, extra: Partial<UpdateOptions> = {}): UpdateOptions {
  return {
    sources: { ...shipped, tables: [byId('07459'), byId('07984'), byId('13470')] },
    ...buildOptions(env),
    maxWaitMs: 120_000,
    http: { sleep, random: () => 1 },
    ...extra,
  };
}

describe('a fetch against a misbehaving SSB with the real response shapes', () => {
  it('404 and 400 fail only their tables, 503 and 429 are waited out, and the build has every other table', async () => {
    env.ssb.failNext(
      { kind: 'status', status: 503, body: { title: 'Service Unavailable', status: 503 } },
      { method: 'GET', pathIncludes: '/07459/metadata', times: 3 },
    );
    env.ssb.failNext({ kind: '429', retryAfter: '30' }, { method: 'POST', pathIncludes: '/07459/data' });
    env.ssb.failNext(
      {
        kind: 'status',
        status: 400,
        body: {
          type: 'Parameter error',
          title: 'Non-existent value',
          detail: 'Value SysselsatteArb does not exist for variable ContentsCode',
          status: 400,
        },
      },
      { method: 'POST', pathIncludes: '/13470/data' },
    );
    const { sleep, waits } = recordingSleep();

    const { summary, manifest } = await fetchAndBuild(options(sleep));

    expect(summary.tables.map((t) => t.id)).toEqual(['07459']);
    expect(summary.skipped).toEqual([
      {
        id: '07984',
        kind: 'not-found',
        reason:
          'SSB svarte 404 «Non-existent table»: tabellen finnes ikke (feil tabellnummer i data/sources/ssb.json, eller SSB har lagt den ned)',
      },
      {
        id: '13470',
        kind: 'bad-request',
        reason:
          'SSB svarte HTTP 400 «Non-existent value: Value SysselsatteArb does not exist for variable ContentsCode»: SSB avviste spørringen (ukjent kode, en variabel som må velges, eller for mange celler)',
      },
    ]);
    // 503 three times (back-off 1, 2, 4 s), then Retry-After 30 s on the data request.
    expect(waits).toEqual([1_000, 2_000, 4_000, 30_000]);
    expect(env.logs.filter((l) => l.includes('venter'))).toEqual([
      '  SSB svarer 503 (tabellen eller tjenesten er midlertidig utilgjengelig; SSB oppdaterer tabeller rundt kl. 05 og 11.30 og har mest trafikk rundt kl. 08): venter 1,0 s på metadata for tabell 07459 før forsøk 2 (ventet 1,0 s av høyst 2 min)',
      '  SSB svarer 503 (tabellen eller tjenesten er midlertidig utilgjengelig; SSB oppdaterer tabeller rundt kl. 05 og 11.30 og har mest trafikk rundt kl. 08): venter 2,0 s på metadata for tabell 07459 før forsøk 3 (ventet 3,0 s av høyst 2 min)',
      '  SSB svarer 503 (tabellen eller tjenesten er midlertidig utilgjengelig; SSB oppdaterer tabeller rundt kl. 05 og 11.30 og har mest trafikk rundt kl. 08): venter 4,0 s på metadata for tabell 07459 før forsøk 4 (ventet 7,0 s av høyst 2 min)',
      '  SSB svarer 429 (for mange forespørsler; SSB teller dem over 60 s) og ber oss vente 30 s (Retry-After): venter 30 s på data for tabell 07459 før forsøk 2 (ventet 30 s av høyst 2 min)',
    ]);

    // The build placed the fetched 07459; the indicators of the failed tables stay on the snapshot.
    expect(manifest.indicators.befolkning).toMatchObject({ origin: 'fetched', years: [1986, 2026] });
    expect(manifest.indicators.sysselsatte?.origin).toBe('snapshot');
    const files = (await readdir(env.outDir)).sort();
    expect(files).toEqual(['07459.json', '07459.meta.json', 'index.json']);
    // Nothing is left in the resume cache once the run is written.
    expect(await readdir(env.work)).not.toContain('.ssb_api-cache');
  }, 180_000);

  it('a run SSB outlasts stops with a resume message, and the next run takes the fetched table from the cache', async () => {
    env.ssb.failNext({ kind: 'status', status: 503 }, { pathIncludes: '/11118/', times: 99 });
    const first = recordingSleep();
    const withKpi = { ...shipped, tables: [byId('07459'), entry11118] };
    const err = await runFetch({ ...options(first.sleep, { maxWaitMs: 5_000 }), sources: withKpi }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(FetchFailed);
    expect((err as FetchFailed).message).toMatch(
      /^SSB svarte ikke innen ventegrensen \(tabell 11118\): metadata for tabell 11118: ga opp etter 5 s venting \(grense 5 s\): HTTP 503 .* 1 tabell\(er\) er hentet og ligger i .*\.ssb_api-cache; kjør samme kommando igjen senere, så fortsetter den derfra\. Ventegrensen kan økes med --max-wait <sekunder>\. Ingenting i .*ssb_api er endret\./,
    );
    expect(first.waits.reduce((a, b) => a + b, 0)).toBe(5_000);
    await expect(readdir(env.outDir)).rejects.toThrow();

    env.ssb.requests.length = 0;
    env.ssb.clearFailures();
    const second = recordingSleep();
    const summary = await runFetch({ ...options(second.sleep), sources: withKpi });
    expect(summary.cached).toEqual(['07459']);
    expect(env.ssb.requests.some((r) => r.path.includes('/07459/'))).toBe(false);
    expect(summary.tables.map((t) => t.id)).toEqual(['07459', '11118']);
    expect(env.logs.some((l) => l.includes('tatt fra mellomlageret'))).toBe(true);

    // SSB's real 11118 answer (metadata without `value`, data in another dimension order) is stored as SSB sent it.
    const kpi = decodeJsonStatDataset(
      JSON.parse(await readFile(join(env.outDir, '11118.json'), 'utf-8')) as unknown,
    );
    expect(kpi.ids).toEqual(['Leveringssektor', 'Tid', 'ContentsCode']);
    expect(kpi.values.slice(0, 2)).toEqual([133.3, 5.8]);
  }, 180_000);
});
