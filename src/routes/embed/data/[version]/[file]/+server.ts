/**
 * The data of this build, again under its version: `embed/data/<version>/<file>`. Prerendered into
 * static files, so the pinned copy sits beside the live one in every build (see
 * src/lib/embed/versioned-data.server.ts for why and how older versions stay hosted). Any other
 * version or file is a 404, which an archived embed turns into a plain "not hosted" message.
 */
import { error } from '@sveltejs/kit';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_DIR } from '$lib/server/db';
import { CONTENT_TYPES, currentManifest, versionFiles } from '$lib/embed/versioned-data.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () => {
  const manifest = await currentManifest();
  return versionFiles(manifest).map((file) => ({ version: manifest.version, file }));
};

export const GET: RequestHandler = async ({ params }) => {
  const manifest = await currentManifest();
  if (params.version !== manifest.version || !versionFiles(manifest).includes(params.file))
    error(404, 'not hosted');
  const bytes = await readFile(join(DATA_DIR, params.file));
  const type = CONTENT_TYPES[params.file.split('.').pop() ?? ''] ?? 'application/octet-stream';
  return new Response(new Uint8Array(bytes), { headers: { 'content-type': type } });
};
