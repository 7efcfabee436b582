/**
 * Search SSB's table list by words (`npm run data:fetch -- --check --search "nyetablerte foretak"`):
 * PxWebApi v2 `GET /tables?query=…&lang=…&pageSize=…`, answered as `{ tables: [{ id, label, firstPeriod,
 * lastPeriod, updated, variableNames }], page }`. Read-only, like the rest of `--check`: to find the
 * table id for ssb.json without guessing.
 */
import type { HttpClient } from './http';

/** One table of the list, the fields we show. */
export interface TableListEntry {
  id: string;
  label: string;
  firstPeriod: string | null;
  lastPeriod: string | null;
  updated: string | null;
  variableNames: string[];
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const strOrNull = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The tables of a `/tables` answer. @throws Error when the answer has no `tables` list. */
export function parseTableList(json: unknown): TableListEntry[] {
  if (!isObj(json) || !Array.isArray(json.tables))
    throw new Error('tabellisten fra SSB har ingen "tables"-liste');
  return json.tables.filter(isObj).map((t) => ({
    id: String(t.id ?? ''),
    label: String(t.label ?? ''),
    firstPeriod: strOrNull(t.firstPeriod),
    lastPeriod: strOrNull(t.lastPeriod),
    updated: strOrNull(t.updated),
    variableNames: Array.isArray(t.variableNames) ? t.variableNames.map(String) : [],
  }));
}

/** «12989 «Nyetablerte foretak …» 2008–2023, oppdatert 2024-06-12, variabler Region, NACE2007, Tid». */
export function describeTable(t: TableListEntry): string {
  const span = t.firstPeriod || t.lastPeriod ? ` ${t.firstPeriod ?? '?'}–${t.lastPeriod ?? '?'}` : '';
  const vars = t.variableNames.length ? `, variabler ${t.variableNames.join(', ')}` : '';
  return `${t.id} «${t.label}»${span}${t.updated ? `, oppdatert ${t.updated.slice(0, 10)}` : ''}${vars}`;
}

/** Search the table list by words. */
export async function searchTables(
  client: HttpClient,
  baseUrl: string,
  lang: string,
  words: string,
  pageSize = 50,
): Promise<TableListEntry[]> {
  const qs = new URLSearchParams({ query: words, lang, pageSize: String(pageSize) });
  const { json } = await client.json({
    url: `${baseUrl.replace(/\/+$/, '')}/tables?${qs.toString()}`,
    method: 'GET',
    what: `tabellisten (søk «${words}»)`,
  });
  return parseTableList(json);
}
