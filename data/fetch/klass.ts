/**
 * Fetch SSB KLASS classification lists and change lists (131 kommuner, 104 fylker, 108 økonomiske
 * regioner) as JSON, so the pipeline can carry every year's codes to 2024 borders with the same
 * change list SSB publishes.
 */
import { createHash } from 'node:crypto';
import type { KlassRequest } from '../sources/ssb-sources';
import type { HttpClient } from './http';

export interface KlassMeta {
  name: string;
  classification: string;
  endpoint: string;
  params: Record<string, string>;
  url: string;
  source: string;
  retrieved_at: string;
  sha256: string;
}

export interface FetchedKlass {
  name: string;
  text: string;
  meta: KlassMeta;
}

/** URL of a KLASS request, e.g. …/classifications/131/changes?from=2005-01-01. */
export function klassUrl(baseUrl: string, req: KlassRequest): string {
  const qs = new URLSearchParams(req.params).toString();
  return `${baseUrl.replace(/\/+$/, '')}/classifications/${encodeURIComponent(req.classification)}/${req.endpoint}${qs ? `?${qs}` : ''}`;
}

/**
 * Fetch one KLASS list as JSON (KLASS serves XML unless JSON is asked for).
 * @throws Error when the answer is not a JSON object.
 */
export async function fetchKlass(
  client: HttpClient,
  baseUrl: string,
  req: KlassRequest,
  now: () => Date = () => new Date(),
): Promise<FetchedKlass> {
  const url = klassUrl(baseUrl, req);
  const { json, text } = await client.json({
    url,
    method: 'GET',
    headers: { accept: 'application/json' },
    what: `KLASS-listen ${req.name}`,
  });
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new Error(`KLASS ${req.name}: svaret er ikke et JSON-objekt`);
  return {
    name: req.name,
    text,
    meta: {
      name: req.name,
      classification: req.classification,
      endpoint: req.endpoint,
      params: req.params,
      url,
      source: 'Statistisk sentralbyrå (SSB), KLASS API v1',
      retrieved_at: now().toISOString(),
      sha256: createHash('sha256').update(text).digest('hex'),
    },
  };
}
