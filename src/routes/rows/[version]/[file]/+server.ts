/**
 * The engine-free engine's files for this build (src/lib/db/local-files.ts): `rows/<version>/catalogue.json`
 * and `rows/<version>/<indicator>.json`, written at build time from the shipped Parquet in static/data
 * (src/lib/server/rows.ts). Versioned, so a page never mixes files of two data builds.
 */
import { error } from '@sveltejs/kit';
import { rowsFiles } from '$lib/server/rows';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () => {
  const { version, files } = await rowsFiles();
  return [...files.keys()].map((file) => ({ version, file }));
};

export const GET: RequestHandler = async ({ params }) => {
  const { version, files } = await rowsFiles();
  const text = files.get(params.file);
  if (params.version !== version || text === undefined) error(404, 'not built');
  return new Response(text, { headers: { 'content-type': 'application/json' } });
};
