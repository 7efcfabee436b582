/** Every built HTML page under a folder. Plain JavaScript: svelte.config.js imports it. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * @param {string} dir
 * @returns {AsyncGenerator<string>}
 */
export async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}
