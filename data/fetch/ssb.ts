/**
 * Fetch one SSB statbank table through PxWebApi v2: read its metadata (to resolve the configured query
 * to exact codes and size it), POST the query as JSON page by page, and merge the pages into one
 * JSON-stat 2.0 dataset with a provenance record. POST rather than GET: SSB's GET URLs fail beyond
 * about 2 100 characters.
 */
import { createHash } from 'node:crypto';
import { decodeJsonStatDataset, type JsonStatDataset } from '../parse/jsonstat';
import type { ConfiguredQuery, PxQuery, SsbTableSource } from '../sources/ssb-sources';
import type { HttpClient } from './http';
import { mergeJsonStat2Pages } from './merge';
import { estimateCells, planPages } from './pager';
import { QueryResolutionError, resolveQuery } from './resolve-query';

export interface PxApiSettings {
  baseUrl: string;
  lang: string;
  outputFormat: string;
  maxCellsPerRequest: number;
}

/** The sidecar `<table>.meta.json`: where the data came from, exactly. */
export interface TableMeta {
  table: string;
  indicator: string;
  title: string;
  unit: string;
  source: string;
  licence: string;
  /** The data endpoint every page was POSTed to. */
  url: string;
  metadata_url: string;
  /** The query as configured in ssb.json (codes, labels, totals). */
  query: ConfiguredQuery;
  /** The query after resolving it against the table's metadata: what the pages were cut from. */
  resolved_query?: PxQuery;
  /** One line per decision taken while resolving ("ContentsCode: label /…/ → X (…)", "Kjonn eliminated …"). */
  resolution?: string[];
  /** The exact POST bodies sent, one per page. */
  pages: PxQuery[];
  estimated_cells: number;
  cells: number;
  /** SSB's `updated` stamp of the data (latest over pages). */
  updated: string | null;
  retrieved_at: string;
  sha256: string;
  verified: string;
  note: string;
}

export interface FetchedTable {
  id: string;
  /** JSON-stat 2.0 text as stored: SSB's bytes for a single page, the merged dataset otherwise. */
  text: string;
  meta: TableMeta;
}

/** SSB answered 200, but not with the table asked for or not with a dataset this fetcher can read. */
export class TableResponseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TableResponseError';
  }
}

/** Decode a response of this table, turning a shape error into a TableResponseError (that table fails alone). */
function decodeOrFail(json: unknown, where: string, structureOnly = false): JsonStatDataset {
  try {
    return decodeJsonStatDataset(json, { structureOnly });
  } catch (e) {
    throw new TableResponseError(
      `${where}: svaret fra SSB kunne ikke leses som JSON-stat 2.0 (${e instanceof Error ? e.message : String(e)})`,
    );
  }
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/** What a table's fetch will send, known from its metadata alone. */
export interface TablePlan {
  id: string;
  /** SSB's title of the table (metadata `label`). */
  title: string;
  url: string;
  metadataUrl: string;
  query: PxQuery;
  notes: string[];
  estimated: number;
  pages: PxQuery[];
  /** The decoded metadata, for the data step. */
  metadata: JsonStatDataset;
}

/**
 * Read a table's metadata and resolve, size and page its query — everything short of downloading data.
 * Each resolution note goes to `log`.
 * @throws QueryResolutionError when the query does not fit the metadata; Error from the HTTP layer.
 */
export async function planSsbTable(
  client: HttpClient,
  entry: SsbTableSource,
  api: PxApiSettings,
  log: (line: string) => void = () => {},
): Promise<TablePlan> {
  const base = `${trimSlash(api.baseUrl)}/tables/${encodeURIComponent(entry.id)}`;
  const metadataUrl = `${base}/metadata?lang=${encodeURIComponent(api.lang)}`;
  const url = `${base}/data?lang=${encodeURIComponent(api.lang)}&outputFormat=${encodeURIComponent(api.outputFormat)}`;
  const where = `tabell ${entry.id}`;
  const { json: metaJson } = await client.json({
    url: metadataUrl,
    method: 'GET',
    what: `metadata for tabell ${entry.id}`,
  });
  const metadata = decodeOrFail(metaJson, where, true);
  const { query, notes } = resolveQuery(entry, metadata);
  for (const note of notes) log(`  ${note}`);
  let estimated: number;
  let pages: PxQuery[];
  try {
    estimated = estimateCells(query, metadata, where);
    pages = planPages(query, metadata, api.maxCellsPerRequest, entry.splitAlong, where);
  } catch (e) {
    // A value code the table lacks, or a query too big to page: a fault of this entry, so this table alone fails.
    throw new QueryResolutionError(
      `${e instanceof Error ? e.message : String(e)}; rett query i data/sources/ssb.json`,
    );
  }
  return { id: entry.id, title: metadata.label, url, metadataUrl, query, notes, estimated, pages, metadata };
}

/**
 * Fetch a table with its configured query, resolved against the table's metadata and paged under
 * `maxCellsPerRequest`. Each resolution note goes to `log` before the first data request.
 * @throws QueryResolutionError before any data request when the query does not fit the metadata;
 *   Error when the response is not the table asked for, or from the HTTP layer.
 */
export async function fetchSsbTable(
  client: HttpClient,
  entry: SsbTableSource,
  api: PxApiSettings,
  now: () => Date = () => new Date(),
  log: (line: string) => void = () => {},
): Promise<FetchedTable> {
  const {
    url,
    metadataUrl,
    query,
    notes,
    pages,
    estimated,
    metadata: meta,
  } = await planSsbTable(client, entry, api, log);
  const where = `tabell ${entry.id}`;

  const raws: unknown[] = [];
  let singleText = '';
  for (const [i, page] of pages.entries()) {
    const { json, text } = await client.json({
      url,
      method: 'POST',
      body: JSON.stringify({ selection: page.selection }),
      headers: { 'content-type': 'application/json; charset=utf-8' },
      what: `data for tabell ${entry.id}${pages.length > 1 ? ` (del ${i + 1} av ${pages.length})` : ''}`,
    });
    const ds = decodeOrFail(json, where);
    if (ds.tableId !== null && ds.tableId !== entry.id)
      throw new TableResponseError(`${where}: svaret gjelder tabell ${ds.tableId}`);
    raws.push(json);
    singleText = text;
  }
  let text: string;
  try {
    text = pages.length === 1 ? singleText : JSON.stringify(mergeJsonStat2Pages(raws));
  } catch (e) {
    throw new TableResponseError(
      `${where}: sidene fra SSB passer ikke sammen (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  const merged = decodeJsonStatDataset(JSON.parse(text) as unknown);
  return {
    id: entry.id,
    text,
    meta: {
      table: entry.id,
      indicator: entry.indicator,
      title: merged.label || entry.title,
      unit: entry.unit,
      source: 'Statistisk sentralbyrå (SSB), statistikkbanken via PxWebApi v2',
      licence: 'NLOD 2.0 / CC BY 4.0 («Kilde: SSB»)',
      url,
      metadata_url: metadataUrl,
      query: entry.query,
      resolved_query: query,
      resolution: notes,
      pages,
      estimated_cells: estimated,
      cells: merged.values.length,
      updated: merged.updated ?? meta.updated,
      retrieved_at: now().toISOString(),
      sha256: createHash('sha256').update(text).digest('hex'),
      verified: entry.verified,
      note: entry.note,
    },
  };
}
