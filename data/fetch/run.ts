/**
 * `npm run data:fetch` as a function: fetch the tables of data/sources/ssb.json and the KLASS lists,
 * then write them all at once into data/raw/ssb_api/ — or, on any failure, write nothing and explain
 * in Norwegian that the shipped data set stays in use.
 */
import { basename, dirname, join, resolve } from 'node:path';
import type { SsbSources, SsbTableSource } from '../sources/ssb-sources';
import { loadSsbSources } from '../sources/ssb-sources';
import type { HttpClientInput } from './http';
import { HttpClient } from './http';
import { clearCached, readCached, writeCached } from './cache';
import { checkKnownValues } from './known-values';
import { fetchKlass } from './klass';
import type { FetchIndex } from './output';
import { INDEX_FILE, readIndex, writeFolderAtomically } from './output';
import { RateLimiter, realSleep } from './ratelimit';
import { fetchSsbTable, planSsbTable } from './ssb';
import {
  allSkipped,
  describeWait,
  FetchFailed,
  runFailed,
  tableSkip,
  writeFailed,
  type SkipKind,
} from './failures';

export { FetchFailed, type SkipKind };
import type { TableListEntry } from './table-list';
import { describeTable, searchTables } from './table-list';

export const DEFAULT_OUT_DIR = 'data/raw/ssb_api';
/** Tables fetched by a run that did not finish wait here, so the next run resumes (outside data/raw: not an input). */
export const DEFAULT_CACHE_DIR = 'data/.fetch-cache';

export interface FetchOptions {
  /** Output folder (default data/raw/ssb_api). */
  outDir?: string;
  /** Table ids to fetch (`--table`); default: every enabled table in ssb.json. */
  tables?: string[];
  /** Fetch the KLASS lists too; default: only when no `tables` are named. */
  klass?: boolean;
  /** Send every request to this origin (and path prefix) instead of data.ssb.no, e.g. a test server. */
  baseUrl?: string | null;
  /** Override ssb.json's cells-per-request limit. */
  maxCells?: number;
  sources?: SsbSources;
  http?: HttpClientInput;
  now?: () => Date;
  log?: (line: string) => void;
  /**
   * Called with the complete new folder before it replaces the output folder; if it throws, nothing is
   * replaced. `npm run data:fetch` builds the dashboard data from it here, so a fetch the pipeline cannot
   * place never reaches data/raw/ssb_api.
   */
  verify?: (candidateDir: string) => Promise<void>;
  /**
   * Only read each table's metadata and resolve, size and page its query (`--check`): no data request,
   * no KLASS request, nothing written. The plans are in the summary.
   */
  checkOnly?: boolean;
  /**
   * Folder of tables already fetched by an unfinished run (default data/.fetch-cache; null: none). A table
   * found there with the same query and less than `cacheMaxAgeMs` old is not fetched again; the folder is
   * emptied of the tables a run writes.
   */
  cacheDir?: string | null;
  cacheMaxAgeMs?: number;
  /** Ignore the cache (`--fresh`). */
  fresh?: boolean;
  /** With `checkOnly`: also search SSB's table list for these words (`--search`); hits are in `summary.found`. */
  search?: string;
  /** How long one request may wait out 503/429/dropped connections in total (`--max-wait`); default 10 minutes. */
  maxWaitMs?: number;
}

export interface FetchSummary {
  outDir: string;
  tables: { id: string; cells: number; pages: number; updated: string | null }[];
  klass: string[];
  files: string[];
  requests: number;
  retries: number;
  /** Tables left out because their query did not resolve against their metadata (nothing downloaded for them). */
  skipped: { id: string; reason: string; kind: SkipKind }[];
  /** Tables taken from the cache of an unfinished earlier run instead of being fetched again. */
  cached: string[];
  /** `search`: tables of SSB's table list matching the words. */
  found: TableListEntry[];
  /** `checkOnly`: what each table's fetch would send. */
  plans: { id: string; title: string; cells: number; pages: number; notes: string[] }[];
}

/** Replace the origin (and prepend the path) of `url` with `base`: https://data.ssb.no/api/x → http://127.0.0.1:9/api/x. */
export function rebaseUrl(url: string, base: string | null | undefined): string {
  if (!base) return url;
  const u = new URL(url);
  const b = new URL(base);
  return `${b.origin}${b.pathname.replace(/\/+$/, '')}${u.pathname}${u.search}`;
}

/** data/.fetch-cache for the default folder; beside any other output folder (`.<name>-cache`), so tests and `--out` stay self-contained. */
export function defaultCacheDir(outDir: string): string {
  return resolve(outDir) === resolve(DEFAULT_OUT_DIR)
    ? DEFAULT_CACHE_DIR
    : join(dirname(outDir), `.${basename(outDir)}-cache`);
}

function chooseTables(sources: SsbSources, ids: string[] | undefined): SsbTableSource[] {
  if (!ids || ids.length === 0) return sources.tables.filter((t) => t.enabled);
  return ids.map((id) => {
    const t = sources.tables.find((x) => x.id === id);
    if (!t)
      throw new FetchFailed(
        `Ukjent tabell ${id}. Tabellene i data/sources/ssb.json: ${sources.tables.map((x) => x.id).join(', ')}.`,
        false,
        null,
      );
    return t;
  });
}

/**
 * Fetch everything, then write it atomically.
 * @throws FetchFailed with a user-facing message; the output folder is then byte-for-byte unchanged.
 */
export async function runFetch(opts: FetchOptions = {}): Promise<FetchSummary> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const now = opts.now ?? (() => new Date());
  const outDir = opts.outDir ?? DEFAULT_OUT_DIR;
  const sources = opts.sources ?? loadSsbSources();
  // A search alone checks no tables: it is for finding a table id, not for checking ssb.json.
  const tables = opts.search && !opts.tables?.length ? [] : chooseTables(sources, opts.tables);
  const withKlass = opts.klass ?? !(opts.tables && opts.tables.length > 0);
  const limiter =
    opts.http?.limiter ?? new RateLimiter(sources.pxwebapi.maxRequestsPerMinute, 60_000, Date.now, realSleep);
  const client = new HttpClient({
    onRetry: (r) => log(`  ${describeWait(r)}`),
    ...opts.http,
    retry: { ...opts.http?.retry, ...(opts.maxWaitMs !== undefined ? { waitBudgetMs: opts.maxWaitMs } : {}) },
    limiter,
  });
  const cacheDir = opts.cacheDir === undefined ? defaultCacheDir(outDir) : opts.cacheDir;
  const useCache = cacheDir !== null && !opts.checkOnly;
  const api = {
    ...sources.pxwebapi,
    baseUrl: rebaseUrl(sources.pxwebapi.baseUrl, opts.baseUrl),
    maxCellsPerRequest: opts.maxCells ?? sources.pxwebapi.maxCellsPerRequest,
  };
  const klassBase = rebaseUrl(sources.klass.baseUrl, opts.baseUrl);

  const files = new Map<string, string>();
  const index: FetchIndex = await readIndex(outDir);
  const summary: FetchSummary = {
    outDir,
    tables: [],
    klass: [],
    files: [],
    requests: 0,
    retries: 0,
    skipped: [],
    cached: [],
    found: [],
    plans: [],
  };
  let current = '';
  try {
    if (opts.search) {
      current = `søk i tabellisten`;
      summary.found = await searchTables(client, api.baseUrl, api.lang, opts.search);
      log(`Tabeller hos SSB som passer «${opts.search}»: ${summary.found.length}`);
      for (const t of summary.found) log(`  ${describeTable(t)}`);
    }
    for (const t of tables) {
      current = `tabell ${t.id}`;
      log(
        `${opts.checkOnly ? 'Sjekker' : 'Henter'} SSB-tabell ${t.id} (${t.indicator})${t.verified === 'unverified' ? ' — spørringen er ikke verifisert mot SSB, sjekkes mot tabellens metadata (se note i ssb.json)' : ''} …`,
      );
      let r;
      try {
        if (opts.checkOnly) {
          const plan = await planSsbTable(client, t, api, log);
          summary.plans.push({
            id: t.id,
            title: plan.title,
            cells: plan.estimated,
            pages: plan.pages.length,
            notes: plan.notes,
          });
          log(`  «${plan.title}»: ~${plan.estimated} celler i ${plan.pages.length} forespørsel(er)`);
          continue;
        }
        r = useCache && !opts.fresh ? await readCached(cacheDir, t, api, now(), opts.cacheMaxAgeMs) : null;
        if (r) {
          summary.cached.push(t.id);
          log(`  tatt fra mellomlageret ${cacheDir} (hentet ${r.meta.retrieved_at}); hentes ikke på nytt`);
        } else {
          r = await fetchSsbTable(client, t, api, now, log);
          for (const line of checkKnownValues(r, t)) log(`  ${line}`);
          if (useCache) await writeCached(cacheDir, t, api, r);
        }
      } catch (e) {
        // Everything about this one table — its query, its id, its numbers — fails this table alone; the
        // others are still worth having. What is left (offline, SSB down past the wait budget) stops the run.
        const skip = tableSkip(e);
        if (!skip) throw e;
        summary.skipped.push({ id: t.id, ...skip });
        log(`  Hopper over tabell ${t.id}: ${skip.reason}`);
        continue;
      }
      files.set(`${t.id}.json`, r.text);
      files.set(`${t.id}.meta.json`, `${JSON.stringify(r.meta, null, 2)}\n`);
      index.tables[t.id] = {
        indicator: t.indicator,
        data: `${t.id}.json`,
        meta: `${t.id}.meta.json`,
        updated: r.meta.updated,
        retrieved_at: r.meta.retrieved_at,
      };
      summary.tables.push({
        id: t.id,
        cells: r.meta.cells,
        pages: r.meta.pages.length,
        updated: r.meta.updated,
      });
      log(
        `  ${r.meta.cells} celler i ${r.meta.pages.length} forespørsel(er), oppdatert ${r.meta.updated ?? 'ukjent'}`,
      );
    }
    if (withKlass && !opts.checkOnly) {
      for (const k of sources.klass.requests) {
        current = `KLASS ${k.name}`;
        log(`Henter ${k.name} …`);
        const r = await fetchKlass(client, klassBase, k, now);
        files.set(`${k.name}.json`, r.text);
        files.set(`${k.name}.meta.json`, `${JSON.stringify(r.meta, null, 2)}\n`);
        index.klass[k.name] = {
          data: `${k.name}.json`,
          meta: `${k.name}.meta.json`,
          retrieved_at: r.meta.retrieved_at,
        };
        summary.klass.push(k.name);
      }
    }
  } catch (e) {
    summary.requests = client.attempts;
    const kept = useCache ? summary.tables.length + summary.cached.length : 0;
    throw runFailed(e, { outDir, current, kept, cacheDir });
  }
  if (opts.checkOnly) {
    // A check never writes: the skipped tables and their reasons are the answer, not an error.
    summary.requests = client.attempts;
    summary.retries = client.retries;
    return summary;
  }
  if (summary.tables.length === 0 && summary.skipped.length > 0) {
    summary.requests = client.attempts;
    throw allSkipped(summary.skipped, outDir);
  }
  index.updated_at = now().toISOString();
  files.set(INDEX_FILE, `${JSON.stringify(index, null, 2)}\n`);
  try {
    await writeFolderAtomically(outDir, files, opts.verify);
  } catch (e) {
    throw writeFailed(e, outDir);
  }
  summary.files = [...files.keys()].sort();
  if (useCache) await clearCached(cacheDir, [...summary.tables.map((x) => x.id), ...summary.cached]);
  summary.requests = client.attempts;
  summary.retries = client.retries;
  return summary;
}
