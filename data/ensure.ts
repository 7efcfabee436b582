/**
 * `npm run data:ensure`: build static/data only when it is missing or older than what it is built from
 * (data/raw, data/regions, the pipeline's own .ts files). Prints one line saying what it did.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAP_FILES, TABLE_NAMES } from '../src/lib/schema';
import { DATA_DIR, OUTPUT_DIR, RAW_DIR, REGIONS_DIR, REPO_ROOT } from './paths';
import { buildData } from './build';

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory())
      return dir === DATA_DIR && (e.name === 'raw' || e.name === 'regions') ? [] : filesUnder(path, keep);
    return keep(path) ? [path] : [];
  });
}

/** Why a rebuild is needed, or null when static/data is current. */
export function staleReason(outputDir = OUTPUT_DIR): string | null {
  const outputs = [
    'manifest.json',
    'targets.json',
    ...Object.values(MAP_FILES),
    ...TABLE_NAMES.map((t) => `${t}.parquet`),
  ];
  const missing = outputs.filter((f) => !existsSync(join(outputDir, f)));
  if (missing.length) return `${missing.join(', ')} missing`;
  const builtAt = statSync(join(outputDir, 'manifest.json')).mtimeMs;
  const inputs = [
    ...filesUnder(RAW_DIR, () => true),
    ...filesUnder(REGIONS_DIR, () => true),
    ...filesUnder(DATA_DIR, (p) => p.endsWith('.ts') || p.endsWith('targets.csv')),
  ];
  const newer = inputs.find((p) => statSync(p).mtimeMs > builtAt);
  if (newer) return `${relative(REPO_ROOT, newer)} is newer than the build`;
  // Deleting data/raw/ssb_api (back to the snapshot) leaves no newer file behind: compare origins instead.
  const manifest = JSON.parse(readFileSync(join(outputDir, 'manifest.json'), 'utf-8')) as {
    indicators?: Record<string, { origin?: string }>;
  };
  const usedFetched = Object.values(manifest.indicators ?? {}).some((i) => i.origin === 'fetched');
  if (usedFetched && !existsSync(join(RAW_DIR, 'ssb_api', 'index.json')))
    return 'the build used fetched data that is no longer in data/raw/ssb_api';
  return null;
}

async function main(): Promise<void> {
  const reason = staleReason();
  if (!reason) {
    const { version } = JSON.parse(readFileSync(join(OUTPUT_DIR, 'manifest.json'), 'utf-8')) as {
      version: string;
    };
    console.log(`data:ensure: static/data is up to date (version ${version}), nothing to do`);
    return;
  }
  const started = Date.now();
  const manifest = await buildData();
  console.log(
    `data:ensure: rebuilt static/data (version ${manifest.version}) in ${((Date.now() - started) / 1000).toFixed(1)} s because ${reason}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    console.error(`data:ensure: build failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
