/**
 * SVG snapshots, as Plot's own test suite keeps them: a chart spec is rendered in Node (linkedom), its
 * markup normalised (numbers rounded to 0.01 px so floating-point noise does not count), and compared
 * with the SVG committed under tests/charts/snapshots. A missing snapshot is written and the test passes;
 * a different one is written beside it as `<name>.changed.svg` for review, and the test fails. Accept a
 * change by replacing the snapshot with the `.changed.svg` file.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

const DIR = join(import.meta.dirname, 'snapshots');

export function render(options: Plot.PlotOptions): Element {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element;
}

/** The figure's markup with numbers at 0.01 precision and one element per line, for readable diffs. */
export function normalise(figure: Element): string {
  // Plot numbers its markers with a counter shared by every chart drawn before: renumber per figure.
  const ids = new Map<string, string>();
  return figure.outerHTML
    .replace(
      /plot-marker-\d+/g,
      (id) => ids.get(id) ?? (ids.set(id, `plot-marker-${ids.size + 1}`), ids.get(id)!),
    )
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/></g, '>\n<')
    .concat('\n');
}

/** Compares with the committed snapshot; returns null when equal, else a message naming both files. */
export function matchSnapshot(name: string, figure: Element): string | null {
  const actual = normalise(figure);
  const file = join(DIR, `${name}.svg`);
  const changed = join(DIR, `${name}.changed.svg`);
  if (!existsSync(file)) {
    writeFileSync(file, actual);
    return null;
  }
  if (readFileSync(file, 'utf8') === actual) {
    rmSync(changed, { force: true });
    return null;
  }
  writeFileSync(changed, actual);
  return `${name}: the chart differs from tests/charts/snapshots/${name}.svg; review ${name}.changed.svg and replace the snapshot if the change is intended`;
}
