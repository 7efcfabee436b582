/** The server's answer cache: least recently used out, by entries and by bytes, always terminating. */
import { describe, expect, it } from 'vitest';
import { AnswerCache } from '../../../server/answer-cache';

const sized = (n: number) => Promise.resolve({ bytes: n });
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('AnswerCache', () => {
  it('evicts the least recently used by entry count', async () => {
    const cache = new AnswerCache<{ bytes: number }>(2, 1e9, (v) => v.bytes);
    cache.set('a', sized(1));
    cache.set('b', sized(1));
    cache.get('a');
    cache.set('c', sized(1));
    await settle();
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
  });

  it('evicts by bytes as answers arrive, down to an empty cache for one answer over the budget', async () => {
    const cache = new AnswerCache<{ bytes: number }>(100, 10, (v) => v.bytes);
    cache.set('a', sized(4));
    cache.set('b', sized(4));
    await settle();
    expect([cache.size, cache.bytes]).toEqual([2, 8]);
    cache.set('c', sized(4));
    await settle();
    expect([cache.size, cache.bytes]).toEqual([2, 8]);
    expect(cache.get('a')).toBeUndefined();
    cache.set('huge', sized(50));
    await settle();
    expect([cache.size, cache.bytes]).toEqual([0, 0]);
  });

  it('drops a failed answer, and ignores an answer evicted while in flight', async () => {
    const cache = new AnswerCache<{ bytes: number }>(1, 100, (v) => v.bytes);
    const failed = Promise.reject(new Error('no'));
    failed.catch(() => undefined);
    cache.set('x', failed);
    await settle();
    expect(cache.size).toBe(0);
    let finish!: (v: { bytes: number }) => void;
    cache.set('slow', new Promise((r) => (finish = r)));
    cache.set('fast', sized(3));
    finish({ bytes: 50 });
    await settle();
    expect([cache.size, cache.bytes]).toEqual([1, 3]);
  });

  it('keeps nothing when the cache is off', async () => {
    const cache = new AnswerCache<{ bytes: number }>(0, 100, (v) => v.bytes);
    cache.set('a', sized(1));
    await settle();
    expect(cache.size).toBe(0);
  });
});
