/**
 * The table under the chart: one row per region, one column per year, holding exactly the charted
 * numbers. Sorting is by name or by any year; missing values sort last in both directions.
 */
import type { SeriesRow } from '../sql/series';

export interface TableRow {
  code: string;
  name: string;
  cells: Map<number, { y: number | null; status: string; source: string }>;
}

export type SortKey = 'name' | number;

export function tableRows(
  rows: readonly SeriesRow[],
  order: readonly string[],
  names: ReadonlyMap<string, string>,
): { years: number[]; rows: TableRow[] } {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const byCode = new Map<string, TableRow>(
    order.map((code) => [code, { code, name: names.get(code) ?? code, cells: new Map() }]),
  );
  for (const r of rows)
    byCode.get(r.region_code)?.cells.set(r.year, { y: r.y, status: r.status, source: r.source });
  return { years, rows: [...byCode.values()] };
}

export function sortRows(rows: readonly TableRow[], key: SortKey, descending: boolean): TableRow[] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (key === 'name') return sign * a.name.localeCompare(b.name, 'nb');
    const va = a.cells.get(key)?.y ?? null;
    const vb = b.cells.get(key)?.y ?? null;
    if (va === null && vb === null) return 0;
    if (va === null) return 1;
    if (vb === null) return -1;
    return sign * (va - vb);
  });
}
