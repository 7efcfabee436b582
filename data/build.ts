/**
 * `npm run data`: data/raw + data/regions -> static/data/{regions,observations,indicators}.parquet +
 * manifest.json. Parse in TypeScript (stage.ts), harmonise and aggregate in DuckDB (compute.ts), write
 * atomically (write.ts).
 */
import { pathToFileURL } from 'node:url';
import type { Manifest } from '../src/lib/schema';
import { OUTPUT_DIR, REGIONS_DIR } from './paths';
import { readInputs } from './inputs';
import { FETCHED_DIR } from './fetched';
import { checkTargets, readTargetsCsv, targetsJson } from './targets';
import { writeOutputs } from './write';
import { computeObservations } from './compute';
import { regionsOf, stageWithFetched } from './stage';
import { mapAndCentralityFiles } from './map-files';

export interface BuildOptions {
  outputDir?: string;
  groupingsDir?: string;
  /** Fixed timestamp for the manifest (tests compare two builds). */
  builtAt?: Date;
  /** Folder of `npm run data:fetch` output (default data/raw/ssb_api); null builds from the shipped files only. */
  fetchedDir?: string | null;
  /** The shipped growth targets (default data/targets.csv). */
  targetsFile?: string;
}

/** Build everything; returns the manifest written. */
export async function buildData(options: BuildOptions = {}): Promise<Manifest> {
  const shippedInputs = readInputs(options.groupingsDir ?? REGIONS_DIR);
  const { inputs, staged, catalogue, fetched } = await stageWithFetched(
    shippedInputs,
    options.fetchedDir === undefined ? FETCHED_DIR : options.fetchedDir,
  );
  const regions = regionsOf(shippedInputs);
  // Targets are checked against this build's regions and indicators and ship in the same data version.
  const targets = checkTargets(
    readTargetsCsv(options.targetsFile),
    new Set(regions.map((r) => r.code)),
    new Set(catalogue.map((c) => c.id)),
  );
  const db = await computeObservations(inputs, regions, staged, catalogue);
  try {
    return await writeOutputs(db.con, options.outputDir ?? OUTPUT_DIR, catalogue, options.builtAt, fetched, {
      'targets.json': targetsJson(targets),
      ...mapAndCentralityFiles(shippedInputs, regions),
    });
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const manifest = await buildData();
  const t = manifest.tables;
  console.log(
    `data: wrote static/data (version ${manifest.version}): ${t.regions.rows} regions, ${t.observations.rows} observations, ${t.indicators.rows} indicators in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const fetched = Object.entries(manifest.indicators).filter(([, i]) => i.origin === 'fetched');
  for (const [id, i] of fetched)
    console.log(
      `data: ${id} from SSB ${i.sources.map((s) => s.table_id).join(', ')} (fetched ${i.retrieved_at ?? '?'}), not the shipped snapshot`,
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    console.error(`data: build failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
