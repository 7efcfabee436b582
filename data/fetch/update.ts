/**
 * `npm run data:fetch` from SSB to the dashboard in one step: fetch, prove that the pipeline can build
 * from the new folder (a trial build into a throw-away folder) before it replaces data/raw/ssb_api, then
 * build static/data from it. A fetch the pipeline cannot place (a kommune change after 2025, a code of an
 * unknown year) is refused with the build's reason, and both data/raw/ssb_api and static/data stay as they
 * were — so `npm start` keeps working on whatever it used before.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Manifest } from '../../src/lib/schema';
import { buildData } from '../build';
import { VerifyFailed } from './output';
import type { FetchOptions, FetchSummary } from './run';
import { DEFAULT_OUT_DIR, runFetch } from './run';

export interface UpdateOptions extends Omit<FetchOptions, 'verify'> {
  /** Where the dashboard data are built (default static/data). */
  outputDir?: string;
  /** Fixed build time (tests). */
  builtAt?: Date;
}

export interface UpdateResult {
  summary: FetchSummary;
  manifest: Manifest;
}

/**
 * Fetch, verify by a trial build, swap in, build.
 * @throws FetchFailed (Norwegian message) when fetching fails or the trial build refuses the data;
 *   nothing is changed then.
 */
export async function fetchAndBuild(opts: UpdateOptions = {}): Promise<UpdateResult> {
  const builtAt = opts.builtAt;
  const verify = async (candidateDir: string): Promise<void> => {
    const trial = await mkdtemp(join(tmpdir(), 'regionpuls-trial-build-'));
    try {
      await buildData({ fetchedDir: candidateDir, outputDir: join(trial, 'data'), builtAt });
    } catch (e) {
      throw new VerifyFailed(
        `Dataene ble hentet, men bygget avviste dem: ${e instanceof Error ? e.message : String(e)}.`,
        e,
      );
    } finally {
      await rm(trial, { recursive: true, force: true });
    }
  };
  const summary = await runFetch({ ...opts, verify });
  const manifest = await buildData({
    fetchedDir: opts.outDir ?? DEFAULT_OUT_DIR,
    outputDir: opts.outputDir,
    builtAt,
  });
  return { summary, manifest };
}
