/**
 * Builds the site variants the benchmark serves, each in a throw-away copy of the app so the
 * working tree's build/ (used by the browser tests, and edited by others) is never touched:
 *
 *   real-wasm      the shipped data, DuckDB-wasm (what users get)
 *   syn1m-wasm     SYNTHETIC 1M rows, DuckDB-wasm: can a tab load it?
 *   syn1m-server   SYNTHETIC 1M rows, server engine
 *   syn10m-server  SYNTHETIC 10M rows, server engine
 *
 * A site is built from the data it serves, as a real deployment would be: the page prerenders its
 * default view and the whole catalogue from static/data at build time, so a synthetic site gets
 * synthetic data in static/data and a synthetic default view (the app's DEFAULT_VIEW names real
 * regions, and the prerender fails without them). That one line is patched in the copy only.
 * Synthetic builds leave out the static report page per region (src/routes/[[lang=lang]]/region): at 10 000
 * regions its prerender ran for over 10 minutes (each page ranks every comparable region), and at
 * 100 000 it would be 100 000 pages. They prerender /, /targets and /embed without crawling.
 * Built sites are kept in bench/data/sites/ and reused while sources and data are unchanged.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface Variant {
  id: string;
  /** Folder whose files become the copy's static/data. */
  dataDir: string;
  engine: 'wasm' | 'server';
  /** For synthetic data: the default view to prerender instead of the app's (real) one. */
  defaultView?: { indicator: string; regions: string[] };
  /** Prerender only the entry pages (/, /targets, /embed): no page per region. */
  entryPagesOnly?: boolean;
}

/** Where the server engine is, seen from the page: same origin, proxied by bench/serve.ts. */
export const BENCH_SERVER_PATH = 'sql/';
const ROOT = resolve('.');
const SITES = resolve('bench/data/sites');
/** What the app needs to build; everything else (tests, data pipeline, bench) stays out. */
const APP_FILES = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json', 'package.json'];

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** A hash of the app's sources, the variant and its data's manifest: same hash, same site. */
function fingerprint(variant: Variant): string {
  const hash = createHash('sha256').update(JSON.stringify(variant));
  const sources = APP_FILES.flatMap((f) =>
    statSync(join(ROOT, f)).isDirectory() ? walk(join(ROOT, f)) : [join(ROOT, f)],
  )
    .filter((f) => !f.startsWith(join(ROOT, 'static', 'data')))
    .sort();
  for (const file of sources) hash.update(file).update(readFileSync(file));
  hash.update(readFileSync(join(variant.dataDir, 'manifest.json')));
  return hash.digest('hex').slice(0, 16);
}

function patchDefaultView(configFile: string, view: NonNullable<Variant['defaultView']>): void {
  const text = readFileSync(configFile, 'utf8');
  const block = /export const DEFAULT_VIEW: ViewConfig = \{[\s\S]*?\n\};/;
  const found = block.exec(text)?.[0];
  const fields = /\n {2}indicator: [^\n]*,\n {2}regions: [^\n]*,\n/;
  if (!found || !fields.test(found))
    throw new Error(
      `bench: cannot find DEFAULT_VIEW's indicator and regions in ${configFile}; update bench/site.ts`,
    );
  // Only the indicator and regions change: the app's other defaults (and fields added later) stay.
  const patched = found.replace(
    fields,
    `\n  indicator: ${JSON.stringify(view.indicator)},\n  regions: ${JSON.stringify(view.regions)},\n`,
  );
  writeFileSync(configFile, text.replace(found, patched));
}

/** Drops the per-region pages and wraps the app's svelte.config.js (imported unchanged) in the copy. */
function limitPrerender(work: string): void {
  rmSync(join(work, 'src', 'routes', '[[lang=lang]]', 'region'), { recursive: true, force: true });
  renameSync(join(work, 'svelte.config.js'), join(work, 'svelte.config.app.js'));
  writeFileSync(
    join(work, 'svelte.config.js'),
    `// Written by bench/site.ts for a SYNTHETIC benchmark build: no per-region pages, no crawl.
import config from './svelte.config.app.js';
const prerender = { ...(config.kit?.prerender ?? {}), entries: ['/', '/targets', '/embed'], crawl: false, handleHttpError: 'warn', handleUnseenRoutes: 'ignore' };
export default { ...config, kit: { ...config.kit, prerender } };
`,
  );
}

export interface BuiltSite {
  dir: string;
  reused: boolean;
  buildMs: number;
}

/** Builds `variant` unless an identical build is in bench/data/sites; returns the site folder. */
export function buildSite(
  variant: Variant,
  options: { force?: boolean; log?: (s: string) => void } = {},
): BuiltSite {
  const log = options.log ?? console.log;
  const out = join(SITES, variant.id);
  const stamp = fingerprint(variant);
  const stampFile = join(out, '.bench-stamp');
  if (!options.force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp)
    return { dir: out, reused: true, buildMs: 0 };

  const started = performance.now();
  const work = mkdtempSync(join(tmpdir(), `regionpuls-bench-${variant.id}-`));
  try {
    for (const f of APP_FILES) {
      cpSync(join(ROOT, f), join(work, f), {
        recursive: true,
        filter: (src) => !src.startsWith(join(ROOT, 'static', 'data')),
      });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
    cpSync(variant.dataDir, join(work, 'static', 'data'), { recursive: true });
    if (variant.defaultView) patchDefaultView(join(work, 'src', 'lib', 'config.ts'), variant.defaultView);
    if (variant.entryPagesOnly) limitPrerender(work);
    const env = {
      ...process.env,
      VITE_REGIONPULS_ENGINE: variant.engine,
      VITE_REGIONPULS_SERVER: variant.engine === 'server' ? BENCH_SERVER_PATH : '',
    };
    try {
      execFileSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
        cwd: work,
        env,
        stdio: 'pipe',
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (e) {
      const err = e as { stdout?: Buffer; stderr?: Buffer };
      const tail = `${err.stdout?.toString() ?? ''}${err.stderr?.toString() ?? ''}`
        .split('\n')
        .slice(-30)
        .join('\n');
      throw new Error(`bench: build of ${variant.id} failed:\n${tail}`);
    }
    rmSync(out, { recursive: true, force: true });
    mkdirSync(SITES, { recursive: true });
    // The crawl-free prerender only warns on a failed page: a site without its entry pages would
    // measure nothing, so say why here.
    for (const page of ['index.html', 'embed.html'])
      if (!existsSync(join(work, 'build', page)))
        throw new Error(`bench: the build of ${variant.id} has no ${page} (its prerender failed)`);
    renameSync(join(work, 'build'), out);
    writeFileSync(stampFile, stamp);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const buildMs = Math.round(performance.now() - started);
  log(`built ${variant.id} in ${(buildMs / 1000).toFixed(1)} s`);
  return { dir: out, reused: false, buildMs };
}
