import { describe, expect, it } from 'vitest';
import { ariaSort } from '../../../src/lib/html/aria-sort';

describe('aria-sort of a column header', () => {
  it('names the direction of the sorted column only', () => {
    expect(ariaSort('name', 'name', false)).toBe('ascending');
    expect(ariaSort(2024, 2024, true)).toBe('descending');
    expect(ariaSort(2024, 2023, true)).toBe('none');
    expect(ariaSort<string | number>('name', 2024, false)).toBe('none');
  });
});
