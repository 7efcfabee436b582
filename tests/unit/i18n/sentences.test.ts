/**
 * Sentences a reader sees are written in the catalogues (src/lib/i18n), never built in bokmål inside a
 * module. Scans the string literals and template texts of the TypeScript modules under src/lib and
 * src/routes (comments are not literals, so they may say anything) for Norwegian sentences: two or
 * more words with a Norwegian letter or a common Norwegian function word. The modules that still build
 * such sentences are listed in STILL_IN_BOKMAL, so a new one fails here, and one that is fixed must
 * leave the list.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The catalogues and the data's own words are where words belong. */
const WORDS_LIVE_HERE = /^src\/lib\/i18n\//;
/**
 * Modules still building bokmål sentences (README «Accessibility» says which texts these are):
 * manifest.ts runs in plain Node too (the pipeline, the SQL server), where the language rune does not
 * exist; file-format.ts is the targets file's JSON Schema, written for developers in English with
 * Norwegian examples.
 */
const STILL_IN_BOKMAL = new Set<string>(['src/lib/manifest.ts', 'src/lib/targets/file-format.ts']);

const NORWEGIAN =
  /[æøåÆØÅ]|\b(?:og|ikke|ikkje|er|må|med|til|fra|frå|som|har|kan|av|på|ei|et|eit|mangler|manglar)\b/;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? tsFiles(join(dir, e.name))
      : /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/** The Norwegian sentences written in one module's code, as «file: text». */
export function sentencesIn(file: string, source: string): string[] {
  const found: string[] = [];
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const check = (text: string) => {
    const words = text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
    // First-paint scripts are code in a string, not words.
    if (/^\(function\(/.test(text)) return;
    if (words.length >= 2 && NORWEGIAN.test(text)) found.push(`${file}: ${text.trim()}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) check(node.text);
    else if (ts.isTemplateExpression(node)) {
      check([node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' … '));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('sentences in modules', () => {
  const files = [...tsFiles('src/lib'), ...tsFiles('src/routes')].filter((f) => !WORDS_LIVE_HERE.test(f));

  it('finds a sentence built in place (the check can fail)', () => {
    expect(sentencesIn('x.ts', 'const m = `${where}: «${key}» må være tekst`;')).toHaveLength(1);
    expect(sentencesIn('x.ts', "// Mål som ikke kan måles\nconst key = 'per_year';")).toEqual([]);
  });

  it('no module builds a Norwegian sentence outside the catalogues', () => {
    const found = files
      .filter((f) => !STILL_IN_BOKMAL.has(f))
      .flatMap((f) => sentencesIn(f, readFileSync(f, 'utf-8')));
    expect(found).toEqual([]);
  });

  it('every module listed as still in bokmål still is (fixed ones leave the list)', () => {
    for (const f of STILL_IN_BOKMAL) expect(sentencesIn(f, readFileSync(f, 'utf-8')), f).not.toEqual([]);
  });
});
