/**
 * `npm run data:fetch` end to end (data/fetch/update.ts): the fake SSB on 127.0.0.1 serves a SYNTHETIC
 * 07459-shaped table (tests/fixtures/fetched, invented numbers), the real ssb.json 07459 entry fetches it,
 * a trial build proves the pipeline can place it, and static/data is rebuilt from it. A fetch the build
 * refuses changes neither data/raw/ssb_api nor static/data.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FetchFailed } from '../../../../data/fetch/run';
import { fetchAndBuild, type UpdateOptions } from '../../../../data/fetch/update';
import { loadSsbSources, type SsbTableSource } from '../../../../data/sources/ssb-sources';
import type { Manifest } from '../../../../src/lib/schema';
import { hashFolder, metadataOf, recordingSleep } from '../../../fixtures/fake-ssb-server';
import { buildOptions, fetchWorkspace } from '../../../fixtures/fetch-workspace';

const SYNTHETIC_07459 = join(
  import.meta.dirname,
  '../../../fixtures/fetched/ssb_api.SYNTHETIC/07459.SYNTHETIC.json',
);
const shipped = loadSsbSources();
// The SYNTHETIC numbers cannot match SSB's real national totals, which the shipped entry checks (knownValues).
const entry07459 = { ...(shipped.tables.find((t) => t.id === '07459') as SsbTableSource), knownValues: [] };

const env = fetchWorkspace('update');

async function serve(text: string): Promise<void> {
  const data = JSON.parse(text) as unknown;
  await env.serve({ tables: { '07459': { metadata: metadataOf(data), data } } });
}

function options(): UpdateOptions {
  const { sleep } = recordingSleep();
  return {
    sources: { ...shipped, tables: [entry07459] },
    ...buildOptions(env),
    http: { sleep, random: () => 0.5 },
  };
}

describe('fetchAndBuild', () => {
  it('fetches through the fake SSB, trial-builds, and rebuilds the dashboard data from the fetched rows', async () => {
    await serve(await readFile(SYNTHETIC_07459, 'utf-8'));
    const { summary, manifest } = await fetchAndBuild(options());
    expect(summary.tables).toEqual([
      { id: '07459', cells: expect.any(Number) as number, pages: 1, updated: '2025-02-20T07:00:00Z' },
    ]);
    expect(env.ssb.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)).toEqual([
      'GET /api/pxwebapi/v2/tables/07459/metadata',
      'POST /api/pxwebapi/v2/tables/07459/data',
    ]);
    expect(manifest.indicators.befolkning).toMatchObject({
      origin: 'fetched',
      years: [1986, 2026],
      retrieved_at: '2025-03-04T09:15:00.000Z',
    });
    expect(manifest.indicators.sysselsatte?.origin).toBe('snapshot');
    const written = JSON.parse(await readFile(join(env.outputDir, 'manifest.json'), 'utf-8')) as Manifest;
    expect(written.version).toBe(manifest.version);
    expect(written.indicators.befolkning?.sources[0]).toMatchObject({
      table_id: '07459',
      file: expect.stringMatching(/07459\.json$/) as string,
    });
  }, 180_000);

  it('refuses data the build cannot place, and changes neither the fetched folder nor static/data', async () => {
    // The SYNTHETIC table relabelled to 2026: no KLASS list here confirms that year's kommune codes.
    await serve((await readFile(SYNTHETIC_07459, 'utf-8')).replaceAll('"2024"', '"2026"'));
    const opts = options();
    await mkdir(opts.outDir as string, { recursive: true });
    await writeFile(
      join(opts.outDir as string, 'index.json'),
      '{"updated_at": "x", "tables": {}, "klass": {}}\n',
    );
    await mkdir(opts.outputDir as string, { recursive: true });
    await writeFile(join(opts.outputDir as string, 'manifest.json'), '{"version": "previous"}\n');
    const before = [await hashFolder(opts.outDir as string), await hashFolder(opts.outputDir as string)];

    const err = await fetchAndBuild(opts).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchFailed);
    expect((err as FetchFailed).message).toMatch(
      /^Dataene ble hentet, men bygget avviste dem: fetched data are numbered as of 2026, after the shipped classification \(last version 1 January 2025\), .* Ingenting i .*ssb_api er endret\. Dashboardet bruker fortsatt det leverte datasettet\.$/,
    );
    expect([await hashFolder(opts.outDir as string), await hashFolder(opts.outputDir as string)]).toEqual(
      before,
    );
  }, 180_000);
});
