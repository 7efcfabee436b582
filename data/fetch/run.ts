/**
 * `npm run data:fetch` as a function: fetch the tables of data/sources/ssb.json and the KLASS lists,
 * then write them all at once into data/raw/ssb_api/ — or, on any failure, write nothing and explain
 * in Norwegian that the shipped data set stays in use.
 */
import { basename, dirname, join, resolve } from 'node:path';
import type { SsbSources, SsbTableSource } from '../sources/ssb-sources';
import { loadSsbSources } from '../sources/ssb-sources';
import type { HttpClientInput, RetryInfo } from './http';
import { HttpClient } from './http';
import { HttpStatusError, OfflineError, WaitBudgetExhausted } from './http-errors';
import { clearCached, readCached, writeCached } from './cache';
import { checkKnownValues, KnownValueMismatch } from './known-values';
import { fetchKlass } from './klass';
import type { FetchIndex } from './output';
import { INDEX_FILE, readIndex, VerifyFailed, writeFolderAtomically } from './output';
import { RateLimiter, realSleep } from './ratelimit';
import { QueryResolutionError } from './resolve-query';
import { fetchSsbTable, planSsbTable, TableResponseError } from './ssb';
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

/** Why a table was left out; each class is handled alone, the other tables are fetched. */
export type SkipKind = 'query' | 'not-found' | 'bad-request' | 'known-value' | 'response';

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

/** A fetch that failed; `message` is the Norwegian text for the user. Nothing was written. */
export class FetchFailed extends Error {
  constructor(
    message: string,
    readonly offline: boolean,
    readonly original: unknown,
  ) {
    super(message);
    this.name = 'FetchFailed';
  }
}

const KEEP_SHIPPED = 'Dashboardet bruker fortsatt det leverte datasettet.';

const seconds = (ms: number): string =>
  ms >= 60_000
    ? `${Math.floor(ms / 60_000)} min${ms % 60_000 >= 1000 ? ` ${Math.round((ms % 60_000) / 1000)} s` : ''}`
    : `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0).replace('.', ',')} s`;

/** «SSB svarer 503 …: venter 30 s på metadata for tabell 07459 (ventet 1 min av høyst 10 min)». */
export function describeWait(r: RetryInfo): string {
  const why =
    r.status === 503
      ? 'SSB svarer 503 (tabellen eller tjenesten er midlertidig utilgjengelig; SSB oppdaterer tabeller rundt kl. 05 og 11.30 og har mest trafikk rundt kl. 08)'
      : r.status === 429
        ? `SSB svarer 429 (for mange forespørsler; SSB teller dem over 60 s)${r.retryAfterMs !== null ? ` og ber oss vente ${seconds(r.retryAfterMs)} (Retry-After)` : ''}`
        : r.status !== null
          ? `SSB svarer HTTP ${r.status}`
          : `forbindelsen til SSB feilet (${r.reason})`;
  return `${why}: venter ${seconds(r.delayMs)} på ${r.what ?? r.url} før forsøk ${r.attempt + 1} (ventet ${seconds(r.waitedMs)} av høyst ${seconds(r.budgetMs)})`;
}

/** A 4xx answer about one table, in words: SSB's own message and what it usually means. */
function describeRefusal(e: HttpStatusError): { kind: SkipKind; reason: string } {
  if (e.status === 404)
    return {
      kind: 'not-found',
      reason: `SSB svarte 404 «${e.ssbMessage}»: tabellen finnes ikke (feil tabellnummer i data/sources/ssb.json, eller SSB har lagt den ned)`,
    };
  return {
    kind: 'bad-request',
    reason: `SSB svarte HTTP ${e.status} «${e.ssbMessage}»: SSB avviste spørringen (ukjent kode, en variabel som må velges, eller for mange celler)`,
  };
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
        let skip: { kind: SkipKind; reason: string } | null = null;
        if (e instanceof QueryResolutionError) skip = { kind: 'query', reason: e.message };
        else if (e instanceof HttpStatusError && !e.transient) skip = describeRefusal(e);
        else if (e instanceof KnownValueMismatch) skip = { kind: 'known-value', reason: e.message };
        else if (e instanceof TableResponseError) skip = { kind: 'response', reason: e.message };
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
    if (e instanceof OfflineError)
      throw new FetchFailed(`${e.message}. Ingenting i ${outDir} er endret. ${KEEP_SHIPPED}`, true, e);
    if (e instanceof WaitBudgetExhausted) {
      const kept = useCache ? summary.tables.length + summary.cached.length : 0;
      const resume =
        kept > 0
          ? ` ${kept} tabell(er) er hentet og ligger i ${cacheDir}; kjør samme kommando igjen senere, så fortsetter den derfra.`
          : ' Kjør samme kommando igjen senere.';
      throw new FetchFailed(
        `SSB svarte ikke innen ventegrensen (${current}): ${e.message}. SSB er trolig midlertidig utilgjengelig (tabeller oppdateres rundt kl. 05 og 11.30).${resume} Ventegrensen kan økes med --max-wait <sekunder>. Ingenting i ${outDir} er endret. ${KEEP_SHIPPED}`,
        false,
        e,
      );
    }
    // A QueryResolutionError never gets here: the table loop skips that table and goes on.
    const reason = e instanceof Error ? e.message : String(e);
    throw new FetchFailed(
      `Henting fra SSB feilet (${current}): ${reason}. Ingenting i ${outDir} er endret. ${KEEP_SHIPPED}`,
      false,
      e,
    );
  }
  if (opts.checkOnly) {
    // A check never writes: the skipped tables and their reasons are the answer, not an error.
    summary.requests = client.attempts;
    summary.retries = client.retries;
    return summary;
  }
  if (summary.tables.length === 0 && summary.skipped.length > 0) {
    summary.requests = client.attempts;
    const reasons = summary.skipped.map((k) =>
      summary.skipped.length === 1 ? `(tabell ${k.id}): ${k.reason}` : `tabell ${k.id}: ${k.reason}`,
    );
    const what =
      summary.skipped.length === 1
        ? reasons[0]
        : `for alle ${summary.skipped.length} tabellene: ${reasons.join(' | ')}`;
    throw new FetchFailed(
      `Henting fra SSB feilet ${what}. Ingenting i ${outDir} er endret. Rett data/sources/ssb.json, eller hent de andre tabellene med --table. ${KEEP_SHIPPED}`,
      false,
      null,
    );
  }
  index.updated_at = now().toISOString();
  files.set(INDEX_FILE, `${JSON.stringify(index, null, 2)}\n`);
  try {
    await writeFolderAtomically(outDir, files, opts.verify);
  } catch (e) {
    if (e instanceof VerifyFailed)
      throw new FetchFailed(
        `${e.message} Ingenting i ${outDir} er endret. ${KEEP_SHIPPED}`,
        false,
        e.original,
      );
    throw new FetchFailed(
      `Kunne ikke skrive ${outDir}: ${e instanceof Error ? e.message : String(e)}. ${KEEP_SHIPPED}`,
      false,
      e,
    );
  }
  summary.files = [...files.keys()].sort();
  if (useCache) await clearCached(cacheDir, [...summary.tables.map((x) => x.id), ...summary.cached]);
  summary.requests = client.attempts;
  summary.retries = client.retries;
  return summary;
}
