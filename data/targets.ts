/**
 * data/targets.csv → static/data/targets.json: the shipped growth targets, validated with the same
 * parser the app uses for imported files, and checked against the built regions and indicators so a
 * typo in a region code fails the build instead of showing an empty target.
 */
import { readFileSync } from 'node:fs';
import { splitCells, splitLines } from './parse/text';
import { regionParts } from '../src/lib/targets/model';
import { parseTarget } from '../src/lib/targets/target-file';
import type { Target } from '../src/lib/targets/model';

export const TARGETS_FILE = 'data/targets.csv';

/** Parses the CSV (comment lines start with #); every row through `parseTarget`. */
export function readTargetsCsv(path = TARGETS_FILE): Target[] {
  const lines = splitLines(readFileSync(path, 'utf-8'))
    .map((line, i) => ({ line, no: i + 1 }))
    .filter((l) => l.line.trim() !== '' && !l.line.startsWith('#'));
  const [head, ...rows] = lines;
  if (!head) throw new Error(`${path}: no header line`);
  const header = splitCells(head.line, ',');
  return rows.map(({ line, no }) => {
    const cells = splitCells(line, ',');
    if (cells.length !== header.length)
      throw new Error(`${path}:${no}: ${cells.length} cells, header has ${header.length}`);
    const raw: Record<string, unknown> = Object.fromEntries(header.map((h, i) => [h, cells[i]]));
    for (const key of ['base_year', 'end_year', 'amount']) raw[key] = Number(raw[key]);
    raw.illustration = raw.illustration === 'true';
    return parseTarget(raw, `${path}:${no}`);
  });
}

/** Checks every target's region and indicator against the built data; returns the targets. */
export function checkTargets(
  targets: Target[],
  regionCodes: ReadonlySet<string>,
  indicatorIds: ReadonlySet<string>,
  path = TARGETS_FILE,
): Target[] {
  const ids = new Set<string>();
  for (const t of targets) {
    for (const code of regionParts(t.region))
      if (!regionCodes.has(code)) throw new Error(`${path}: target ${t.id}: unknown region code ${code}`);
    if (!indicatorIds.has(t.indicator))
      throw new Error(`${path}: target ${t.id}: unknown indicator ${t.indicator}`);
    if (ids.has(t.id)) throw new Error(`${path}: target id ${t.id} is used twice`);
    ids.add(t.id);
  }
  return targets;
}

/** targets.json in the import/export file format, so the app reads it with the same parser. */
export function targetsJson(targets: Target[]): string {
  return `${JSON.stringify({ regionpuls_targets: 1, targets }, null, 1)}\n`;
}
