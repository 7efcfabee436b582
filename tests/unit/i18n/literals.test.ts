/**
 * Every word a reader sees in a component comes from the catalogues (src/lib/i18n), so a new string
 * cannot ship in bokmål only. Scans the templates of src/**\/*.svelte for text and for the attributes
 * a reader or a screen reader meets, and lists what is written in place.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

/** Names that are the same in every language. */
const ALLOWED = new Set(['Regionpuls', 'PNG', 'SVG', 'CSV', 'SQL', 'https://']);
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label']);
/** Text inside these is code or style, not words for the reader. */
const NOT_TEXT = new Set(['style', 'script', 'svelte:head']);

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? svelteFiles(join(dir, e.name)) : e.name.endsWith('.svelte') ? [join(dir, e.name)] : [],
  );
}

interface Node {
  type?: string;
  name?: string;
  data?: string;
  value?: unknown;
  [key: string]: unknown;
}

/** The literal words in one component's template, as «file: text». */
export function literalsIn(file: string, source: string): string[] {
  const found: string[] = [];
  const isWords = (text: string) => /\p{L}/u.test(text) && !ALLOWED.has(text.trim());
  const walk = (node: unknown, inside: string): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, inside));
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'Text' && !NOT_TEXT.has(inside) && isWords(n.data ?? ''))
      found.push(`${file}: ${n.data!.trim()}`);
    if (n.type === 'Attribute' && READ_ATTRIBUTES.has(n.name ?? '') && Array.isArray(n.value))
      for (const part of n.value as Node[])
        if (part.type === 'Text' && isWords(part.data ?? '')) found.push(`${file}: ${n.name}="${part.data}"`);
    for (const [key, child] of Object.entries(n)) {
      // Expressions are code; attribute values were judged above.
      if (key === 'expression' || key === 'value' || key === 'metadata') continue;
      walk(child, n.type === 'RegularElement' || n.type?.startsWith('Svelte') ? (n.name ?? inside) : inside);
    }
  };
  walk(parse(source, { modern: true }).fragment, '');
  return found;
}

describe('visible text comes from the catalogues', () => {
  it('no component writes words in its template', () => {
    const files = svelteFiles('src');
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((f) => literalsIn(f, readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('finds text, read attributes and words inside blocks, and skips expressions and allowed names', () => {
    const source = `<script>let a = 'Hei';</script>
<h1>Regionpuls</h1>
{#if a}<p>Laster …</p>{/if}
<input placeholder="f.eks. 3103" aria-label={a} class="wide" />
<p>{a} – {'Tekst i uttrykk'}</p>
<style>p { color: red; }</style>`;
    expect(literalsIn('x.svelte', source)).toEqual([
      'x.svelte: Laster …',
      'x.svelte: placeholder="f.eks. 3103"',
    ]);
  });
});
