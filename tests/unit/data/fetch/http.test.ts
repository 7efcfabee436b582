import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RetryInfo } from '../../../../data/fetch/http';
import { HttpClient } from '../../../../data/fetch/http';
import {
  ConnectionError,
  HttpStatusError,
  OfflineError,
  parseRetryAfter,
  WaitBudgetExhausted,
} from '../../../../data/fetch/http-errors';
import { RateLimiter, realSleep } from '../../../../data/fetch/ratelimit';
import type { FakeSsb } from '../../../fixtures/fake-ssb-server';
import { closedPort, recordingSleep, startFakeSsb } from '../../../fixtures/fake-ssb-server';

let ssb: FakeSsb;
beforeEach(async () => {
  ssb = await startFakeSsb();
});
afterEach(async () => {
  await ssb.close();
});

const metadataUrl = (): string => `${ssb.origin}/api/pxwebapi/v2/tables/05300/metadata?lang=no`;
const quickRetry = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 5_000, maxRetryAfterMs: 10_000 };

describe('HttpClient retries against a local fake SSB', () => {
  it('waits out a 429 (Retry-After: 2) and a 500, then succeeds on the third attempt', async () => {
    ssb.failNext({ kind: '429', retryAfter: '2' });
    ssb.failNext({ kind: '500' });
    const { sleep, waits } = recordingSleep();
    const client = new HttpClient({ sleep, random: () => 0.5, retry: quickRetry });
    const { json } = await client.json({ url: metadataUrl(), method: 'GET' });
    expect((json as { id: string[] }).id).toEqual(['Avstand1', 'Kulturtilbud', 'ContentsCode', 'Tid']);
    expect(client.attempts).toBe(3);
    expect(client.retries).toBe(2);
    expect(ssb.requests).toHaveLength(3);
    // 1st retry: Retry-After 2 s beats the back-off of 100·0.75 ms; 2nd: back-off 200·0.75 ms.
    expect(waits).toEqual([2_000, 150]);
  });

  it('really waits: the real sleep resolves only when its time has passed (on a fake clock)', async () => {
    vi.useFakeTimers();
    try {
      let done = false;
      const slept = realSleep(60).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(59);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await slept;
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('retries a connection dropped in the middle of the body', async () => {
    ssb.failNext({ kind: 'drop' });
    const { sleep, waits } = recordingSleep();
    const client = new HttpClient({ sleep, random: () => 0, retry: quickRetry });
    const { json } = await client.json({ url: metadataUrl(), method: 'GET' });
    expect((json as { size: number[] }).size).toEqual([6, 8, 1, 9]);
    expect(client.attempts).toBe(2);
    expect(client.retries).toBe(1);
    expect(waits).toEqual([50]);
  });

  it('a dropped connection is an error, never a short answer', async () => {
    ssb.failNext({ kind: 'drop' }, { times: 2 });
    const client = new HttpClient({
      sleep: recordingSleep().sleep,
      retry: { ...quickRetry, maxAttempts: 2 },
    });
    const err = await client.request({ url: metadataUrl(), method: 'GET' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitBudgetExhausted);
    expect((err as WaitBudgetExhausted).last).toBeInstanceOf(ConnectionError);
    expect(((err as WaitBudgetExhausted).last as ConnectionError).phase).toBe('response');
    expect(client.attempts).toBe(2);
  });

  it('gives up after maxAttempts on a persistent 503, and at once on a 400', async () => {
    ssb.failNext({ kind: 'status', status: 503 }, { times: 10 });
    const client = new HttpClient({
      sleep: recordingSleep().sleep,
      retry: { ...quickRetry, maxAttempts: 3 },
    });
    const err = await client.request({ url: metadataUrl(), method: 'GET' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitBudgetExhausted);
    expect(((err as WaitBudgetExhausted).last as HttpStatusError).status).toBe(503);
    expect(client.attempts).toBe(3);

    const fresh = await startFakeSsb();
    try {
      fresh.failNext({ kind: 'status', status: 400, body: { title: 'Too many cells selected' } });
      const c2 = new HttpClient({ sleep: recordingSleep().sleep, retry: quickRetry });
      await expect(
        c2.request({ url: `${fresh.origin}/api/pxwebapi/v2/tables/05300/metadata`, method: 'GET' }),
      ).rejects.toThrow(/^HTTP 400 fra .*Too many cells selected/);
      expect(c2.attempts).toBe(1);
    } finally {
      await fresh.close();
    }
  });

  it('does not wait for a Retry-After beyond its limit', async () => {
    ssb.failNext({ kind: '429', retryAfter: '3600' });
    const { sleep, waits } = recordingSleep();
    const client = new HttpClient({ sleep, retry: quickRetry });
    const err = await client.request({ url: metadataUrl(), method: 'GET' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitBudgetExhausted);
    expect(((err as WaitBudgetExhausted).last as HttpStatusError).retryAfterMs).toBe(3_600_000);
    expect(waits).toEqual([]);
  });

  it('waits out a 503 for longer than the 60 s rate window, within its budget, saying what it waits for', async () => {
    ssb.failNext({ kind: 'status', status: 503 }, { times: 6 });
    const { sleep, waits } = recordingSleep();
    const seen: RetryInfo[] = [];
    const client = new HttpClient({
      sleep,
      random: () => 1,
      onRetry: (r) => seen.push(r),
      retry: {
        maxAttempts: 100,
        waitBudgetMs: 300_000,
        baseDelayMs: 1_000,
        maxDelayMs: 30_000,
        maxRetryAfterMs: 300_000,
      },
    });
    const res = await client.request({
      url: metadataUrl(),
      method: 'GET',
      what: 'metadata for tabell 05300',
    });
    expect(res.status).toBe(200);
    // 1+2+4+8+16+30 s: 61 s in all, past SSB's 60 s window, and well under the 5-minute budget.
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000]);
    expect(seen.at(-1)).toMatchObject({
      status: 503,
      what: 'metadata for tabell 05300',
      waitedMs: 61_000,
      budgetMs: 300_000,
    });
  });

  it('stops when the wait budget is spent, and never waits for a Retry-After past it', async () => {
    ssb.failNext({ kind: 'status', status: 503 }, { times: 99 });
    const { sleep, waits } = recordingSleep();
    const client = new HttpClient({
      sleep,
      random: () => 1,
      retry: { maxAttempts: 100, waitBudgetMs: 5_000, baseDelayMs: 1_000, maxDelayMs: 30_000 },
    });
    const err = await client
      .request({ url: metadataUrl(), method: 'GET', what: 'metadata for tabell 05300' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitBudgetExhausted);
    expect(waits).toEqual([1_000, 2_000, 2_000]);
    expect((err as Error).message).toMatch(
      /^metadata for tabell 05300: ga opp etter 5 s venting \(grense 5 s\): HTTP 503/,
    );

    const other = await startFakeSsb();
    try {
      other.failNext({ kind: '429', retryAfter: '90' });
      const w2 = recordingSleep();
      const c2 = new HttpClient({ sleep: w2.sleep, retry: { waitBudgetMs: 60_000 } });
      await expect(
        c2.request({ url: `${other.origin}/api/pxwebapi/v2/tables/05300/metadata`, method: 'GET' }),
      ).rejects.toBeInstanceOf(WaitBudgetExhausted);
      expect(w2.waits).toEqual([]);
      other.failNext({ kind: '429', retryAfter: '45' });
      const w3 = recordingSleep();
      const c3 = new HttpClient({ sleep: w3.sleep, random: () => 0, retry: { waitBudgetMs: 60_000 } });
      expect(
        (await c3.request({ url: `${other.origin}/api/pxwebapi/v2/tables/05300/metadata`, method: 'GET' }))
          .status,
      ).toBe(200);
      expect(w3.waits).toEqual([45_000]);
    } finally {
      await other.close();
    }
  });

  it('times out a request that never answers, retries, then fails', async () => {
    ssb.failNext({ kind: 'hang' }, { times: 2 });
    const client = new HttpClient({
      sleep: recordingSleep().sleep,
      timeoutMs: 150,
      retry: { ...quickRetry, maxAttempts: 2 },
    });
    const err = await client.request({ url: metadataUrl(), method: 'GET' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitBudgetExhausted);
    expect(((err as WaitBudgetExhausted).last as ConnectionError).code).toBe('ETIMEDOUT');
    expect(client.attempts).toBe(2);
  });

  it('counts every attempt against the rate limiter', async () => {
    ssb.failNext({ kind: '500' });
    let clock = 0;
    const limiterWaits: number[] = [];
    const limiter = new RateLimiter(
      2,
      60_000,
      () => clock,
      async (ms) => {
        limiterWaits.push(ms);
        clock += ms;
      },
    );
    const client = new HttpClient({ sleep: recordingSleep().sleep, limiter, retry: quickRetry });
    await client.request({ url: metadataUrl(), method: 'GET' }); // 500, then 200: two slots
    await client.request({ url: metadataUrl(), method: 'GET' }); // third request in the same minute waits
    expect(limiterWaits).toEqual([60_000]);
    expect(client.attempts).toBe(3);
  });
});

describe('HttpClient offline', () => {
  it('fails fast on an unreachable server: one attempt, no back-off', async () => {
    const port = await closedPort();
    const { sleep, waits } = recordingSleep();
    // Default retry settings (5 attempts, 1 s base): fail-fast must not depend on them.
    const client = new HttpClient({ sleep });
    const err = await client
      .request({ url: `http://127.0.0.1:${port}/api/pxwebapi/v2/tables/07459/metadata`, method: 'GET' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfflineError);
    expect((err as OfflineError).message).toBe(
      `Kunne ikke nå SSB (127.0.0.1:${port}): connect ECONNREFUSED 127.0.0.1:${port}`,
    );
    expect(client.attempts).toBe(1);
    expect(waits).toEqual([]);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('7', 0)).toBe(7_000);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:30 GMT', 10_000)).toBe(20_000);
    expect(parseRetryAfter(undefined, 0)).toBeNull();
    expect(parseRetryAfter('soon', 0)).toBeNull();
  });
});
