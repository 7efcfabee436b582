/** The targets file's JSON Schema, written at build time from the one definition the import uses. */
import { targetsJsonSchema } from '$lib/targets/file-format';

export const prerender = true;

export function GET(): Response {
  return new Response(`${JSON.stringify(targetsJsonSchema(), null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json' },
  });
}
