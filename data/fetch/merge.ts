/**
 * Merge JSON-stat 2.0 pages (responses to the pages of one split query) back into one dataset, so
 * data/raw/ssb_api/ holds one file per table however many requests it took.
 */
import type { JsonStatDataset } from '../parse/jsonstat';
import { decodeJsonStatDataset } from '../parse/jsonstat';
import { jsonStatRows } from '../parse/jsonstat-cells';

type Obj = Record<string, unknown>;

interface MergedDimension {
  codes: string[];
  pos: Map<string, number>;
  labels: Record<string, string>;
  notes: Record<string, string[]>;
  units: Record<string, unknown>;
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function laterOf(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/**
 * Merge decoded-and-raw page pairs into one JSON-stat 2.0 dataset object. Categories keep the order in
 * which the pages bring them; dataset fields come from the first page; `updated` is the latest stamp.
 * @throws Error when pages disagree on dimensions, overlap, or do not fill the merged table.
 */
export function mergeJsonStat2Pages(rawPages: readonly unknown[]): Obj {
  if (rawPages.length === 0) throw new Error('merge: no pages');
  const pages: JsonStatDataset[] = rawPages.map((p) => decodeJsonStatDataset(p));
  const first = pages[0] as JsonStatDataset;
  const firstRaw = rawPages[0];
  if (!isObj(firstRaw)) throw new Error('merge: page is not an object');
  const dims: MergedDimension[] = first.ids.map(() => ({
    codes: [],
    pos: new Map(),
    labels: {},
    notes: {},
    units: {},
  }));
  let updated: string | null = null;
  for (const page of pages) {
    if (page.ids.join('\u0000') !== first.ids.join('\u0000'))
      throw new Error(
        `merge: pages have different dimensions (${page.ids.join(',')} vs ${first.ids.join(',')})`,
      );
    updated = laterOf(updated, page.updated);
    page.dimensions.forEach((dim, d) => {
      const m = dims[d] as MergedDimension;
      for (const c of dim.categories) {
        if (!m.pos.has(c.code)) {
          m.pos.set(c.code, m.codes.length);
          m.codes.push(c.code);
          m.labels[c.code] = c.label;
        }
        if (c.note.length > 0) m.notes[c.code] = [...new Set([...(m.notes[c.code] ?? []), ...c.note])];
        if (c.unit !== null) m.units[c.code] = c.unit;
      }
    });
  }
  const size = dims.map((m) => m.codes.length);
  const n = size.reduce((a, b) => a * b, 1);
  const values: (number | null)[] = new Array<number | null>(n).fill(null);
  const status: Record<string, string> = {};
  const filled = new Uint8Array(n);
  let count = 0;
  for (const page of pages) {
    for (const row of jsonStatRows(page)) {
      let index = 0;
      first.ids.forEach((id, d) => {
        index = index * (size[d] ?? 1) + ((dims[d] as MergedDimension).pos.get(row.codes[id] ?? '') ?? 0);
      });
      if (filled[index]) throw new Error(`merge: cell ${JSON.stringify(row.codes)} comes in two pages`);
      filled[index] = 1;
      count++;
      values[index] = row.value;
      if (row.status !== null) status[String(index)] = row.status;
    }
  }
  if (count !== n) throw new Error(`merge: pages fill ${count} of ${n} cells; they do not tile the table`);

  const rawDims = isObj(firstRaw.dimension) ? firstRaw.dimension : {};
  const dimension: Obj = {};
  first.ids.forEach((id, d) => {
    const m = dims[d] as MergedDimension;
    const base = isObj(rawDims[id]) ? rawDims[id] : {};
    const category: Obj = {
      index: Object.fromEntries(m.codes.map((c, i) => [c, i])),
      label: m.labels,
    };
    if (Object.keys(m.notes).length > 0) category.note = m.notes;
    if (Object.keys(m.units).length > 0) category.unit = m.units;
    dimension[id] = { ...base, category };
  });
  const merged: Obj = { ...firstRaw, id: first.ids, size, dimension, value: values };
  if (Object.keys(status).length > 0) merged.status = status;
  else delete merged.status;
  if (updated !== null) merged.updated = updated;
  return merged;
}
