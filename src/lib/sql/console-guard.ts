/**
 * What the SQL console lets through: one statement that only reads the loaded tables. The text is the
 * user's own (typed on the page, never taken from a URL or a file), so it is not built from whitelisted
 * parts like the query builders' SQL; instead it is checked here, and refused with a Norwegian sentence
 * saying why, before it reaches DuckDB. The engine then runs it inside a transaction that is rolled
 * back, so even a write that slipped through would leave nothing behind.
 *
 * The check reads the text as DuckDB's tokenizer would for the parts that matter: comments and quoted
 * strings and identifiers are skipped, so `SELECT 'drop'` passes and `SELECT 1; DROP TABLE x` does not.
 */
import { t } from '../i18n';

export const CONSOLE_LIMITS = {
  /** Characters of SQL text. */
  chars: 20_000,
  /** Rows shown and exported; the rest are counted as «flere rader». */
  rows: 1_000,
} as const;

export type ConsoleCheck = { ok: true; sql: string } | { ok: false; message: string };

/** Statements that may start a read: DuckDB's query forms. */
const READS = new Set([
  'select',
  'with',
  'from',
  'values',
  'table',
  'describe',
  'summarize',
  'show',
  'pivot',
  'unpivot',
]);

/** Words that change data, schema, settings or the session, or reach outside the loaded tables. */
const WRITES = new Set([
  'insert',
  'update',
  'delete',
  'merge',
  'upsert',
  'create',
  'drop',
  'alter',
  'truncate',
  'replace',
  'attach',
  'detach',
  'install',
  'load',
  'copy',
  'export',
  'import',
  'set',
  'reset',
  'pragma',
  'call',
  'checkpoint',
  'vacuum',
  'use',
  'begin',
  'commit',
  'rollback',
  'abort',
  'start',
  'transaction',
  'grant',
  'revoke',
  'prepare',
  'execute',
  'deallocate',
  'comment',
  'analyze',
]);

/** Functions that read files or URLs, run SQL from a string, or reveal the environment. */
const FORBIDDEN_FUNCTION =
  /^(read_\w+|\w+_scan|glob|sniff_csv|query|query_table|getenv|current_setting|duckdb_\w+|which_secret|load_\w+|httpfs\w*|from_json\w*)$/;

interface Token {
  kind: 'word' | 'string' | 'symbol';
  text: string;
}

/** Words, quoted strings and symbols outside comments; quoted identifiers become words. */
function tokens(sql: string): Token[] | string {
  const out: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (/\s/.test(c)) i++;
    else if (sql.startsWith('--', i)) {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end + 1;
    } else if (sql.startsWith('/*', i)) {
      const end = sql.indexOf('*/', i + 2);
      if (end < 0) return t.sqlGuard.unclosedComment;
      i = end + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= sql.length) return c === "'" ? t.sqlGuard.unclosedString : t.sqlGuard.unclosedName;
        if (sql[j] === c && sql[j + 1] === c) {
          text += c;
          j += 2;
        } else if (sql[j] === c) break;
        else text += sql[j++];
      }
      out.push({ kind: c === "'" ? 'string' : 'word', text: c === "'" ? text : text.toLowerCase() });
      i = j + 1;
    } else if (c === '$' && /\$\w*\$/.test(sql.slice(i, i + 40))) {
      return t.sqlGuard.dollar;
    } else if (/[\p{L}_]/u.test(c)) {
      const m = /^[\p{L}\p{N}_]+/u.exec(sql.slice(i))!;
      out.push({ kind: 'word', text: m[0].toLowerCase() });
      i += m[0].length;
    } else {
      out.push({ kind: 'symbol', text: c });
      i++;
    }
  }
  return out;
}

export function checkConsoleSql(text: string): ConsoleCheck {
  if (text.length > CONSOLE_LIMITS.chars)
    return {
      ok: false,
      message: t.sqlGuard.tooLong(text.length, CONSOLE_LIMITS.chars),
    };
  const list = tokens(text);
  if (typeof list === 'string') return { ok: false, message: t.sqlGuard.unreadable(list) };
  // One trailing semicolon is allowed; any other ends a statement and starts another.
  while (list.at(-1)?.text === ';') list.pop();
  if (list.length === 0) return { ok: false, message: t.sqlGuard.empty };
  if (list.some((tok) => tok.kind === 'symbol' && tok.text === ';'))
    return { ok: false, message: t.sqlGuard.oneAtATime };
  const first = list[0]!;
  if (first.kind !== 'word' || !READS.has(first.text))
    return {
      ok: false,
      message: t.sqlGuard.readOnlyStart(first.text),
    };
  for (let i = 0; i < list.length; i++) {
    const tok = list[i]!;
    if (tok.kind !== 'word') continue;
    if (
      WRITES.has(tok.text) &&
      list[i - 1]?.text !== '.' &&
      !(tok.text === 'replace' && list[i + 1]?.text === '(')
    )
      return {
        ok: false,
        message: t.sqlGuard.noWrites(tok.text.toUpperCase()),
      };
    if (FORBIDDEN_FUNCTION.test(tok.text) && list[i + 1]?.text === '(')
      return {
        ok: false,
        message: t.sqlGuard.noFunction(tok.text),
      };
    // DuckDB reads a file named in quotes after FROM or JOIN («FROM 'data.csv'»).
    if ((tok.text === 'from' || tok.text === 'join') && list[i + 1]?.kind === 'string')
      return {
        ok: false,
        message: t.sqlGuard.noFiles(list[i + 1]!.text, tok.text.toUpperCase()),
      };
  }
  return { ok: true, sql: text.trim().replace(/;+\s*$/, '') };
}
