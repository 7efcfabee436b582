/**
 * The built site's Content-Security-Policy. Static hosting gives no control over response headers, so
 * every built page carries the policy as a <meta http-equiv> tag, with each of its inline scripts (the
 * first-paint scripts from src/lib/html/inline-script.ts and SvelteKit's own start-up script) allowed
 * by its SHA-256, computed from the HTML as written. No script runs without a hash or a same-origin
 * file; nothing may be evaluated from a string ('wasm-unsafe-eval' only lets DuckDB compile its
 * WebAssembly). Plain JavaScript because svelte.config.js imports it before any TypeScript tooling runs.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { htmlFiles } from './html-files.js';
import { applyEarlyFirstChart } from './first-chart.js';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;
const META_NAME = 'content-security-policy';

/**
 * The CSP source for one inline script's text, exactly as the browser hashes it.
 * @param {string} body
 * @returns {string}
 */
export function scriptHash(body) {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/**
 * The bodies of a page's inline scripts (those without `src`), in document order.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScripts(html) {
  return [...html.matchAll(INLINE_SCRIPT)].map((m) => m[1] ?? '');
}

/**
 * The policy for a page whose inline scripts have these hashes.
 * @param {string[]} hashes
 * @returns {string}
 */
export function policy(hashes) {
  const scripts = ["'self'", "'wasm-unsafe-eval'", ...new Set(hashes)].join(' ');
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    // Plot and Svelte set style attributes; inline styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The page with its policy as the first element of <head>, so it governs every script after it. A page
 * that already carries one is returned unchanged (building twice over the same folder is harmless).
 * @param {string} html
 * @returns {string}
 */
export function withPolicy(html) {
  if (new RegExp(`<meta[^>]+http-equiv="${META_NAME}"`, 'i').test(html)) return html;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('Content-Security-Policy: a built page has no <head>');
  const content = policy(inlineScripts(html).map(scriptHash)).replaceAll('"', '&quot;');
  const meta = `<meta http-equiv="${META_NAME}" content="${content}">`;
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

/**
 * Adds the policy to every HTML page under `dir`; returns how many pages were written.
 * @param {string} dir
 * @returns {Promise<number>}
 */
export async function applyPolicy(dir) {
  let pages = 0;
  for await (const file of htmlFiles(dir)) {
    const html = await readFile(file, 'utf8');
    const next = withPolicy(html);
    if (next !== html) {
      await writeFile(file, next);
      pages++;
    }
  }
  return pages;
}

/**
 * The adapter, followed by the policy written into every page it produced in `dir`.
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @param {string} dir
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function withContentSecurityPolicy(adapter, dir) {
  return {
    ...adapter,
    name: `${adapter.name} + early first chart + content-security-policy`,
    async adapt(builder) {
      await adapter.adapt(builder);
      const manifest = join(builder.config.kit.outDir, 'output', 'client', '.vite', 'manifest.json');
      const early = await applyEarlyFirstChart(dir, manifest);
      builder.log.minor(`First chart started from <head> in ${early} pages`);
      const pages = await applyPolicy(dir);
      builder.log.minor(`Content-Security-Policy written into ${pages} pages`);
    },
  };
}
