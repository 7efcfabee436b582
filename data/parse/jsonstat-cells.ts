/**
 * Reading a decoded JSON-stat dataset cell by cell: the row-major index of a cell, every cell as a
 * tidy row, and which dimension is time. Decoding itself is in jsonstat.ts.
 */
import type { JsonStatDataset, JsonStatDimension, JsonStatRow } from './jsonstat';

/** Row-major index of the cell at these category positions (one per dimension). */
export function cellIndex(ds: JsonStatDataset, positions: readonly number[]): number {
  let index = 0;
  ds.size.forEach((s, d) => {
    const p = positions[d] ?? -1;
    if (p < 0 || p >= s) throw new Error(`JSON-stat: position ${p} outside dimension ${ds.ids[d]}`);
    index = index * s + p;
  });
  return index;
}

/** Every cell as a tidy row, lazily: a full SSB table can hold 800 000 cells. */
export function* jsonStatRows(ds: JsonStatDataset): Generator<JsonStatRow> {
  const n = ds.values.length;
  const pos = ds.size.map(() => 0);
  for (let i = 0; i < n; i++) {
    const codes: Record<string, string> = {};
    const labels: Record<string, string> = {};
    ds.dimensions.forEach((dim, d) => {
      const cat = dim.categories[pos[d] ?? 0];
      if (cat) {
        codes[dim.id] = cat.code;
        labels[dim.id] = cat.label;
      }
    });
    yield { index: i, codes, labels, value: ds.values[i] ?? null, status: ds.status.get(i) ?? null };
    // Advance the mixed-radix counter, last dimension fastest.
    for (let d = pos.length - 1; d >= 0; d--) {
      const next = (pos[d] ?? 0) + 1;
      if (next < (ds.size[d] ?? 0)) {
        pos[d] = next;
        break;
      }
      pos[d] = 0;
    }
  }
}

/** The dimension with `role.time`, else one named like a time variable ("Tid", "time", "year"). */
export function timeDimension(ds: JsonStatDataset): JsonStatDimension | null {
  return (
    ds.dimensions.find((d) => d.role === 'time') ??
    ds.dimensions.find((d) => /^(tid|time|year|år)$/i.test(d.id)) ??
    null
  );
}
