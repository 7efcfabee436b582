/**
 * `aria-sort` for a column header: a screen reader announces which column orders the table and in
 * which direction; the other sortable columns say `none`.
 */
export function ariaSort<K>(sorted: K, column: K, descending: boolean): 'ascending' | 'descending' | 'none' {
  return sorted === column ? (descending ? 'descending' : 'ascending') : 'none';
}
