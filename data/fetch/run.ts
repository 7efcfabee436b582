/**
 * `npm run data:fetch` as a function: fetch the tables of data/sources/ssb.json and the KLASS lists,
 * then write them all at once into data/raw/ssb_api/ — or, on any failure, write nothing and explain
 * in Norwegian that the shipped data set stays in use.
 */
import type { SsbSources, SsbTableSource } from '../sources/ssb-sources';
import { loadSsbSources } from '../sources/ssb-sources';
import type { HttpClientOptions } from './http';
import { HttpClient, OfflineError } from './http';
import { fetchKlass } from './klass';
import type { FetchIndex } from './output';
import { INDEX_FILE, readIndex, VerifyFailed, writeFolderAtomically } from './output';
import { RateLimiter, realSleep } from './ratelimit';
import { QueryResolutionError } from './resolve-query';
import { fetchSsbTable, planSsbTable } from './ssb';

export const DEFAULT_OUT_DIR = 'data/raw/ssb_api';

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
  http?: Partial<HttpClientOptions>;
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
}

export interface FetchSummary {
  outDir: string;
  tables: { id: string; cells: number; pages: number; updated: string | null }[];
  klass: string[];
  files: string[];
  requests: number;
  retries: number;
  /** Tables left out because their query did not resolve against their metadata (nothing downloaded for them). */
  skipped: { id: string; reason: string }[];
  /** `checkOnly`: what each table's fetch would send. */
  plans: { id: string; title: string; cells: number; pages: number; notes: string[] }[];
}

/** A fetch that failed; `message` is the Norwegian text for the user. Nothing was written. */
export class FetchFailed extends Error {
  constructor(
    message: string,
    readonly offline: boolean,
    readonly original: unknown
  ) {
    super(message);
    this.name = 'FetchFailed';
  }
}

const KEEP_SHIPPED = 'Dashboardet bruker fortsatt det leverte datasettet.';

/** Replace the origin (and prepend the path) of `url` with `base`: https://data.ssb.no/api/x → http://127.0.0.1:9/api/x. */
export function rebaseUrl(url: string, base: string | null | undefined): string {
  if (!base) return url;
  const u = new URL(url);
  const b = new URL(base);
  return `${b.origin}${b.pathname.replace(/\/+$/, '')}${u.pathname}${u.search}`;
}

function chooseTables(sources: SsbSources, ids: string[] | undefined): SsbTableSource[] {
  if (!ids || ids.length === 0) return sources.tables.filter((t) => t.enabled);
  return ids.map((id) => {
    const t = sources.tables.find((x) => x.id === id);
    if (!t) throw new FetchFailed(`Ukjent tabell ${id}. Tabellene i data/sources/ssb.json: ${sources.tables.map((x) => x.id).join(', ')}.`, false, null);
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
  const tables = chooseTables(sources, opts.tables);
  const withKlass = opts.klass ?? !(opts.tables && opts.tables.length > 0);
  const limiter = opts.http?.limiter ?? new RateLimiter(sources.pxwebapi.maxRequestsPerMinute, 60_000, Date.now, realSleep);
  const client = new HttpClient({
    onRetry: (r) => log(`  ${r.reason} — prøver igjen om ${(r.delayMs / 1000).toFixed(1)} s (forsøk ${r.attempt + 1})`),
    ...opts.http,
    limiter
  });
  const api = { ...sources.pxwebapi, baseUrl: rebaseUrl(sources.pxwebapi.baseUrl, opts.baseUrl), maxCellsPerRequest: opts.maxCells ?? sources.pxwebapi.maxCellsPerRequest };
  const klassBase = rebaseUrl(sources.klass.baseUrl, opts.baseUrl);

  const files = new Map<string, string>();
  const index: FetchIndex = await readIndex(outDir);
  const summary: FetchSummary = { outDir, tables: [], klass: [], files: [], requests: 0, retries: 0, skipped: [], plans: [] };
  let current = '';
  try {
    for (const t of tables) {
      current = `tabell ${t.id}`;
      log(`${opts.checkOnly ? 'Sjekker' : 'Henter'} SSB-tabell ${t.id} (${t.indicator})${t.verified === 'unverified' ? ' — spørringen er ikke verifisert mot SSB, sjekkes mot tabellens metadata (se note i ssb.json)' : ''} …`);
      let r;
      try {
        if (opts.checkOnly) {
          const plan = await planSsbTable(client, t, api, log);
          summary.plans.push({ id: t.id, title: plan.title, cells: plan.estimated, pages: plan.pages.length, notes: plan.notes });
          log(`  «${plan.title}»: ~${plan.estimated} celler i ${plan.pages.length} forespørsel(er)`);
          continue;
        }
        r = await fetchSsbTable(client, t, api, now, log);
      } catch (e) {
        // A query that does not fit its table is a problem of that entry in ssb.json: the other tables are still worth having.
        if (!(e instanceof QueryResolutionError)) throw e;
        summary.skipped.push({ id: t.id, reason: e.message });
        log(`  Hopper over tabell ${t.id}: ${e.message}`);
        continue;
      }
      files.set(`${t.id}.json`, r.text);
      files.set(`${t.id}.meta.json`, `${JSON.stringify(r.meta, null, 2)}\n`);
      index.tables[t.id] = { indicator: t.indicator, data: `${t.id}.json`, meta: `${t.id}.meta.json`, updated: r.meta.updated, retrieved_at: r.meta.retrieved_at };
      summary.tables.push({ id: t.id, cells: r.meta.cells, pages: r.meta.pages.length, updated: r.meta.updated });
      log(`  ${r.meta.cells} celler i ${r.meta.pages.length} forespørsel(er), oppdatert ${r.meta.updated ?? 'ukjent'}`);
    }
    if (withKlass && !opts.checkOnly) {
      for (const k of sources.klass.requests) {
        current = `KLASS ${k.name}`;
        log(`Henter ${k.name} …`);
        const r = await fetchKlass(client, klassBase, k, now);
        files.set(`${k.name}.json`, r.text);
        files.set(`${k.name}.meta.json`, `${JSON.stringify(r.meta, null, 2)}\n`);
        index.klass[k.name] = { data: `${k.name}.json`, meta: `${k.name}.meta.json`, retrieved_at: r.meta.retrieved_at };
        summary.klass.push(k.name);
      }
    }
  } catch (e) {
    summary.requests = client.attempts;
    if (e instanceof OfflineError) throw new FetchFailed(`${e.message}. Ingenting i ${outDir} er endret. ${KEEP_SHIPPED}`, true, e);
    // A QueryResolutionError never gets here: the table loop skips that table and goes on.
    const reason = e instanceof Error ? e.message : String(e);
    throw new FetchFailed(`Henting fra SSB feilet (${current}): ${reason}. Ingenting i ${outDir} er endret. ${KEEP_SHIPPED}`, false, e);
  }
  if (opts.checkOnly) {
    // A check never writes: the skipped tables and their reasons are the answer, not an error.
    summary.requests = client.attempts;
    summary.retries = client.retries;
    return summary;
  }
  if (summary.tables.length === 0 && summary.skipped.length > 0) {
    summary.requests = client.attempts;
    const reasons = summary.skipped.map((k) => (summary.skipped.length === 1 ? `(tabell ${k.id}): ${k.reason}` : `tabell ${k.id}: ${k.reason}`));
    const what = summary.skipped.length === 1 ? reasons[0] : `for alle ${summary.skipped.length} tabellene: ${reasons.join(' | ')}`;
    throw new FetchFailed(`Henting fra SSB feilet ${what}. Ingenting i ${outDir} er endret. Rett data/sources/ssb.json, eller hent de andre tabellene med --table. ${KEEP_SHIPPED}`, false, null);
  }
  index.updated_at = now().toISOString();
  files.set(INDEX_FILE, `${JSON.stringify(index, null, 2)}\n`);
  try {
    await writeFolderAtomically(outDir, files, opts.verify);
  } catch (e) {
    if (e instanceof VerifyFailed) throw new FetchFailed(`${e.message} Ingenting i ${outDir} er endret. ${KEEP_SHIPPED}`, false, e.original);
    throw new FetchFailed(`Kunne ikke skrive ${outDir}: ${e instanceof Error ? e.message : String(e)}. ${KEEP_SHIPPED}`, false, e);
  }
  summary.files = [...files.keys()].sort();
  summary.requests = client.attempts;
  summary.retries = client.retries;
  return summary;
}
