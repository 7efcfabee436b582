import { describe, expect, it } from 'vitest';
import { mergeJsonStat2Pages } from '../../../../data/fetch/merge';
import { estimateCells, planPages, resolveValueCodes } from '../../../../data/fetch/pager';
import { RateLimiter } from '../../../../data/fetch/ratelimit';
import { decodeJsonStatDataset } from '../../../../data/parse/jsonstat';
import type { PxQuery } from '../../../../data/sources/ssb-sources';
import { readFixture, sliceDataset } from '../../../fixtures/fake-ssb-server';

const raw = readFixture('ssb_05300_jsonstat2_statbank_client_fixture.json');
const meta = decodeJsonStatDataset(raw, { structureOnly: true });
const full = decodeJsonStatDataset(raw);
const YEARS = ['1991', '1994', '1997', '2000', '2004', '2008', '2012', '2016', '2021'];
const all: PxQuery = {
  selection: [
    { variableCode: 'Avstand1', valueCodes: ['*'] },
    { variableCode: 'Kulturtilbud', valueCodes: ['*'] },
    { variableCode: 'ContentsCode', valueCodes: ['Avstand'] },
    { variableCode: 'Tid', valueCodes: ['*'] },
  ],
};
const tidOf = (q: PxQuery): string[] => q.selection.find((s) => s.variableCode === 'Tid')?.valueCodes ?? [];

describe('resolveValueCodes (PxWebApi v2 selection expressions)', () => {
  it('resolves wildcards, masks, top/bottom, from/to/range on the time variable', () => {
    expect(resolveValueCodes(['*'], YEARS, true)).toEqual(YEARS);
    expect(resolveValueCodes(['20??'], YEARS, true)).toEqual([
      '2000',
      '2004',
      '2008',
      '2012',
      '2016',
      '2021',
    ]);
    expect(resolveValueCodes(['top(2)'], YEARS, true)).toEqual(['2016', '2021']);
    expect(resolveValueCodes(['top(2,1)'], YEARS, true)).toEqual(['2012', '2016']);
    expect(resolveValueCodes(['bottom(2)'], YEARS, true)).toEqual(['1991', '1994']);
    expect(resolveValueCodes(['from(2012)'], YEARS, true)).toEqual(['2012', '2016', '2021']);
    expect(resolveValueCodes(['to(1994)'], YEARS, true)).toEqual(['1991', '1994']);
    expect(resolveValueCodes(['range(1997,2004)', '2021'], YEARS, true)).toEqual([
      '1997',
      '2000',
      '2004',
      '2021',
    ]);
    // For other variables `top` counts from the first code.
    expect(resolveValueCodes(['top(2)'], ['01', '02', '03'], false)).toEqual(['01', '02']);
    expect(() => resolveValueCodes(['1990'], YEARS, true, 'tabell 05300 Tid')).toThrow(
      'tabell 05300 Tid: value code 1990 does not exist',
    );
  });
});

describe('estimateCells and planPages', () => {
  it('estimates cells from the metadata; variables left out count as eliminated', () => {
    expect(estimateCells(all, meta)).toBe(432);
    expect(
      estimateCells({ selection: all.selection.filter((s) => s.variableCode !== 'Kulturtilbud') }, meta),
    ).toBe(54);
    expect(() =>
      estimateCells({ selection: [{ variableCode: 'Region', valueCodes: ['*'] }] }, meta, 'tabell 05300'),
    ).toThrow(
      'tabell 05300: variable Region is not in the table (has Avstand1, Kulturtilbud, ContentsCode, Tid)',
    );
  });

  it('keeps a query under the limit in one page', () => {
    expect(planPages(all, meta, 432, ['Tid'])).toEqual([all]);
  });

  it('splits along Tid so each page stays under the limit', () => {
    const pages = planPages(all, meta, 100, ['Tid']);
    expect(pages.map(tidOf)).toEqual([
      ['1991', '1994'],
      ['1997', '2000'],
      ['2004', '2008'],
      ['2012', '2016'],
      ['2021'],
    ]);
    expect(pages.every((p) => estimateCells(p, meta) <= 100)).toBe(true);
  });

  it('splits along a second dimension when one value of the first is still too big', () => {
    const pages = planPages(all, meta, 40, ['Tid', 'Avstand1']);
    expect(pages).toHaveLength(18);
    expect(pages[0]?.selection.find((s) => s.variableCode === 'Avstand1')?.valueCodes).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
    ]);
    expect(pages[1]?.selection.find((s) => s.variableCode === 'Avstand1')?.valueCodes).toEqual(['06']);
    expect(pages.reduce((n, p) => n + estimateCells(p, meta), 0)).toBe(432);
    expect(() => planPages(all, meta, 40, ['Tid'])).toThrow(
      '~48 cells exceed the limit of 40 and cannot be split along Tid',
    );
  });
});

describe('mergeJsonStat2Pages', () => {
  it('merges the pages of a split query back into the original dataset', () => {
    const pages = planPages(all, meta, 100, ['Tid']).map((p) => sliceDataset(raw, { Tid: tidOf(p) }));
    expect(pages.map((p) => (p.value as unknown[]).length)).toEqual([96, 96, 96, 96, 48]);
    const merged = decodeJsonStatDataset(mergeJsonStat2Pages(pages));
    expect(merged.size).toEqual([6, 8, 1, 9]);
    expect(merged.values).toEqual(full.values);
    expect([...merged.status.entries()].sort((a, b) => a[0] - b[0])).toEqual(
      [...full.status.entries()].sort((a, b) => a[0] - b[0]),
    );
    expect(merged.tableId).toBe('05300');
    expect(merged.updated).toBe('2022-05-24T06:00:00Z');
  });

  it('refuses pages that overlap', () => {
    const page = sliceDataset(raw, { Tid: ['1991'] });
    expect(() => mergeJsonStat2Pages([page, page])).toThrow('comes in two pages');
  });
});

describe('RateLimiter', () => {
  it('lets 3 requests through per sliding window and makes further ones wait for the oldest to expire', async () => {
    let clock = 0;
    const waits: number[] = [];
    const limiter = new RateLimiter(
      3,
      60_000,
      () => clock,
      async (ms) => {
        waits.push(ms);
        clock += ms;
      },
    );
    const waited: number[] = [];
    for (let i = 0; i < 5; i++) {
      waited.push(await limiter.acquire());
      clock += 1_000;
    }
    // t=0, 1 000, 2 000 pass; t=3 000 waits until t=60 000; t=61 000 passes (t=1 000 has expired).
    expect(waited).toEqual([0, 0, 0, 57_000, 0]);
    // At t=62 000 the window holds 60 000 and 61 000: one more passes, the next waits until 120 000.
    expect(await limiter.acquire()).toBe(0);
    expect(await limiter.acquire()).toBe(58_000);
    expect(waits).toEqual([57_000, 58_000]);
    expect(limiter.waitedMs).toBe(115_000);
  });
});
