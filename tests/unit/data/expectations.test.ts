/**
 * Damaged raw files must stop the build, naming the file and (where there is one) the line; harmless
 * changes (line endings, a byte-order mark, blank lines) must not. A corpus of mutations of every raw
 * CSV the pipeline reads, generated with a fixed seed, each checked for the outcome its kind requires.
 * Then a real build from a damaged copy of data/raw: it fails, and the output folder is left as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  checkRawText,
  rawCsvFiles,
  readRecords,
  recordOf,
  PUBLISHED,
  type FileRecord,
} from '../../../data/expectations';
import { RAW, rawPath } from '../../../data/paths';
import { readText, splitCells } from '../../../data/parse/text';

const run = promisify(execFile);

/** Deterministic pseudo-random numbers (mulberry32), so a failing mutation can be reproduced. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Mutation {
  kind: string;
  text: string;
  /** 'pass': the file must be accepted as it means the same; 'fail': it must be refused. */
  expect: 'pass' | 'fail';
}

const delimiterOf = (record: FileRecord, lines: string[]) =>
  lines[record.headerLine - 1]!.includes('\t')
    ? '\t'
    : lines[record.headerLine - 1]!.includes(';')
      ? ';'
      : ',';

/**
 * Mutations of one file (its data lines are lines[headerLine..]): about 90 for a small file, 20 for the
 * eight population exports and the commuting matrix, which take ~50–200 ms to read each time.
 */
function mutationsOf(file: string, text: string, record: FileRecord, next: () => number): Mutation[] {
  const rounds = record.rows > 20_000 ? 1 : 8;
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const first = record.headerLine; // index of the first data line
  const pick = () => first + Math.floor(next() * (lines.length - first));
  const d = delimiterOf(record, lines);
  const join = (ls: string[]) => `${ls.join('\n')}\n`;
  const header = splitCells(lines[record.headerLine - 1]!, d);
  const numeric = Object.keys(record.totals).map((c) => header.indexOf(c));
  /** A data line whose numeric cell is non-zero, and that cell's index. */
  const numericCell = (): [number, number] | null => {
    for (let tries = 0; tries < 200; tries++) {
      const at = pick();
      const cells = splitCells(lines[at]!, d);
      const col = numeric[Math.floor(next() * numeric.length)]!;
      if (/^-?\d+(\.\d+)?$/.test(cells[col] ?? '') && Number(cells[col]) !== 0) return [at, col];
    }
    return null;
  };
  const editCell = (at: number, col: number, value: (cell: string) => string) => {
    const cells = splitCells(lines[at]!, d);
    const quoted = lines[at]!.split(d).length === cells.length && lines[at]!.includes('"');
    cells[col] = value(cells[col]!);
    const out = [...lines];
    out[at] = quoted ? cells.map((c) => `"${c}"`).join(d) : cells.join(d);
    return join(out);
  };

  const out: Mutation[] = [
    { kind: 'CRLF line endings', text: `${lines.join('\r\n')}\r\n`, expect: 'pass' },
    { kind: 'byte-order mark', text: `\uFEFF${join(lines)}`, expect: 'pass' },
    { kind: 'blank lines at the end', text: `${join(lines)}\n\n`, expect: 'pass' },
    { kind: 'no final newline', text: lines.join('\n'), expect: 'pass' },
    { kind: 'cut to the header', text: join(lines.slice(0, record.headerLine)), expect: 'fail' },
    { kind: 'empty file', text: '', expect: 'fail' },
    {
      kind: 'header renamed',
      text: join(
        lines.map((l, i) => (i === record.headerLine - 1 ? l.replace(/[A-Za-zæøå]+/, 'kolonne') : l)),
      ),
      expect: 'fail',
    },
    {
      kind: 'delimiter changed',
      text: join(lines.map((l) => l.split(d).join(d === ',' ? ';' : ','))),
      expect: 'fail',
    },
  ];
  for (let i = 0; i < rounds; i++) {
    const at = pick();
    out.push({ kind: 'a data line deleted', text: join(lines.filter((_, j) => j !== at)), expect: 'fail' });
    const dup = pick();
    out.push({
      kind: 'a data line repeated',
      text: join([...lines.slice(0, dup + 1), lines[dup]!, ...lines.slice(dup + 1)]),
      expect: 'fail',
    });
    const cut = Math.floor((0.3 + 0.6 * next()) * text.length);
    if (!/\n\s*$/.test(text.slice(0, cut)))
      out.push({ kind: 'cut in the middle of a line', text: text.slice(0, cut), expect: 'fail' });
    const blank = pick();
    out.push({
      kind: 'a blank line inserted',
      text: join([...lines.slice(0, blank), '', ...lines.slice(blank)]),
      expect: 'pass',
    });
  }
  if (numeric.length > 0) {
    for (let i = 0; i < rounds; i++) {
      const cell = numericCell();
      if (!cell) break;
      const [at, col] = cell;
      out.push({
        kind: 'a number ×10',
        text: editCell(at, col, (c) => String(Number(c) * 10)),
        expect: 'fail',
      });
      out.push({
        kind: 'a number +1',
        text: editCell(at, col, (c) => String(Number(c) + 1)),
        expect: 'fail',
      });
      out.push({ kind: 'a number made missing (..)', text: editCell(at, col, () => '..'), expect: 'fail' });
      out.push({ kind: 'a number made text', text: editCell(at, col, () => 'n/a'), expect: 'fail' });
      out.push({
        kind: 'a number with a thousands separator',
        text: editCell(at, col, (c) => `${c} 000`),
        expect: 'fail',
      });
      out.push({
        kind: 'a number with a decimal comma',
        text: editCell(at, col, (c) => `${c},5`),
        expect: 'fail',
      });
    }
  }
  if (numeric.length > 1) {
    const [a, b] = [numeric[0]!, numeric[1]!];
    const [ca, cb] = [header[a]!, header[b]!];
    if (record.totals[ca] !== record.totals[cb]) {
      const swapped = lines.map((l, i) => {
        if (i < record.headerLine) return l;
        const cells = splitCells(l, d);
        [cells[a], cells[b]] = [cells[b]!, cells[a]!];
        return cells.map((c) => (c.includes(d) ? `"${c}"` : c)).join(d);
      });
      out.push({ kind: 'two number columns swapped', text: join(swapped), expect: 'fail' });
    }
  }
  return out;
}

describe('raw file expectations', () => {
  const records = readRecords();

  it('the record matches every shipped file, and the published figures hold', () => {
    expect(rawCsvFiles()).toHaveLength(31);
    for (const file of rawCsvFiles()) expect(recordOf(file), file).toEqual(records[file]);
    expect(PUBLISHED.length).toBeGreaterThanOrEqual(13);
  });

  it('names the file, the line and the published figure when a known value is wrong', () => {
    const file = RAW.employment11618;
    const text = readText(rawPath(file)).text.replace(
      '"3401",2022,13301,8046,8663',
      '"3401",2022,13301,8663,8046',
    );
    expect(() => checkRawText(file, text, records[file]!)).toThrow(
      /^ssb\/employment_all_kommuner_11618_03321\/sysselsatte_arbeidssted_bosted_11618_kommune_2017_2022\.csv line \d+: sysselsatte_arbeidssted for kommunenummer 3401, year 2022 is "8046", expected 8663 as published/,
    );
  });

  it('a corpus of ≥ 1 000 mutations: each damaged file is refused naming the file, each harmless change accepted', () => {
    const next = random(20261202);
    const tally = new Map<string, { tried: number; ok: number }>();
    const wrong: string[] = [];
    for (const file of rawCsvFiles()) {
      const { text } = readText(rawPath(file));
      for (const m of mutationsOf(file, text, records[file]!, next)) {
        const t = tally.get(m.kind) ?? { tried: 0, ok: 0 };
        t.tried++;
        let error: string | null = null;
        try {
          checkRawText(file, m.text, records[file]!);
        } catch (e) {
          error = e instanceof Error ? e.message : String(e);
        }
        const ok = m.expect === 'pass' ? error === null : error !== null && error.startsWith(file);
        if (ok) t.ok++;
        else wrong.push(`${file}: ${m.kind}: ${error ?? 'accepted'}`);
        tally.set(m.kind, t);
      }
    }
    const total = [...tally.values()].reduce((s, t) => s + t.tried, 0);
    console.log(
      `mutation corpus: ${total} files, ${[...tally].map(([k, t]) => `${k} ${t.ok}/${t.tried}`).join('; ')}`,
    );
    expect(wrong).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(1000);
  }, 300_000);
});

describe('a build from damaged inputs', () => {
  let raw: string;
  let out: string;
  beforeAll(() => {
    raw = mkdtempSync(join(tmpdir(), 'regionpuls-raw-'));
    out = mkdtempSync(join(tmpdir(), 'regionpuls-out-'));
    cpSync('data/raw', raw, { recursive: true });
    cpSync('static/data', out, { recursive: true });
  });
  afterAll(() => {
    rmSync(raw, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it('fails with exit 1 naming the file, and leaves the output folder as it was', async () => {
    const file = RAW.employment11618;
    const [header] = readFileSync(join(raw, file), 'utf8').split('\n');
    writeFileSync(join(raw, file), `${header}\n`);
    const before = readFileSync(join(out, 'manifest.json'), 'utf8');
    const error = await run('npx', ['tsx', 'data/build.ts'], {
      env: { ...process.env, REGIONPULS_RAW_DIR: raw, REGIONPULS_OUTPUT_DIR: out },
    }).catch((e: { code: number; stderr: string }) => e);
    expect((error as { code: number }).code).toBe(1);
    expect((error as { stderr: string }).stderr).toContain(
      `data: build failed: ${file}: 0 data rows (last on line 1), expected 2338`,
    );
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before);
    expect(readFileSync(join(out, 'observations.parquet'))).toEqual(
      readFileSync('static/data/observations.parquet'),
    );
  }, 60_000);
});
