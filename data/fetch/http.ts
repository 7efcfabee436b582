/**
 * HTTP for the SSB fetch: node:http/https, one overall timeout per request, retries with exponential
 * back-off and jitter on 429, 5xx, dropped connections and timeouts (Retry-After respected), and a
 * fast failure when the server cannot be reached at all: offline, the first connection error of a
 * session is final, so `npm run data:fetch` says so in milliseconds instead of retrying for minutes.
 *
 * Transient failures are waited out within a time budget per request (`retry.waitBudgetMs`, default
 * 10 minutes), not a small attempt count: SSB takes tables offline while it refreshes metadata (around
 * 05:00 and 11:30), is busy around 08:00, and counts its rate limit over 60 s — a 15 s budget outlasts none.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { attemptOnce } from './http-attempt';
import type { RateLimiter, Sleep } from './ratelimit';
import { realSleep } from './ratelimit';
import {
  ConnectionError,
  HttpStatusError,
  OfflineError,
  WaitBudgetExhausted,
  isRetryableStatus,
  parseRetryAfter,
} from './http-errors';

export interface HttpRequest {
  url: string;
  method: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  /** What the request is for, in Norwegian («metadata for tabell 07459»): the retry message names it. */
  what?: string;
}

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RetryOptions {
  /** Attempts per request, the first included (a safety cap; the wait budget usually ends retrying first). */
  maxAttempts: number;
  /** Total time one request may spend waiting between attempts before it fails (Retry-After included). */
  waitBudgetMs: number;
  /** Delay before the first retry; doubled for each further one. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this (or than what is left of the budget) is not waited for: the request fails instead. */
  maxRetryAfterMs: number;
}

export interface HttpClientOptions {
  /** Overall limit per attempt, from sending to the last byte. */
  timeoutMs: number;
  /** Limit for establishing the connection (DNS + TCP + TLS). */
  connectTimeoutMs: number;
  retry: RetryOptions;
  sleep: Sleep;
  /** Jitter source in [0, 1). */
  random: () => number;
  limiter: RateLimiter | null;
  userAgent: string;
  onRetry: ((info: RetryInfo) => void) | null;
}

/** One wait before a retry, for the log line that says what is being waited for. */
export interface RetryInfo {
  url: string;
  what: string | null;
  attempt: number;
  delayMs: number;
  reason: string;
  /** HTTP status that caused the wait, or null for a dropped connection / timeout. */
  status: number | null;
  /** The server's Retry-After, when it sent one. */
  retryAfterMs: number | null;
  /** Waited so far for this request, this wait included, and the budget. */
  waitedMs: number;
  budgetMs: number;
}

/** Options as callers give them: any subset, the retry settings too. */
export type HttpClientInput = Partial<Omit<HttpClientOptions, 'retry'>> & { retry?: Partial<RetryOptions> };

export const DEFAULT_HTTP_OPTIONS: HttpClientOptions = {
  timeoutMs: 120_000,
  connectTimeoutMs: 5_000,
  retry: {
    maxAttempts: 100,
    waitBudgetMs: 600_000,
    baseDelayMs: 1_000,
    maxDelayMs: 30_000,
    maxRetryAfterMs: 600_000,
  },
  sleep: realSleep,
  random: Math.random,
  limiter: null,
  userAgent: 'regionpuls-data-fetch/0.1 (+npm run data:fetch)',
  onRetry: null,
};

/** An HTTP client with retry, back-off, rate limiting and fail-fast-when-offline. */
export class HttpClient {
  readonly opts: HttpClientOptions;
  /** True once any response arrived; before that a connection error means "offline". */
  private reachedServer = false;
  /** Attempts sent and retries made, for logs and tests. */
  attempts = 0;
  retries = 0;

  constructor(opts: HttpClientInput = {}) {
    this.opts = { ...DEFAULT_HTTP_OPTIONS, ...opts, retry: { ...DEFAULT_HTTP_OPTIONS.retry, ...opts.retry } };
  }

  /** Exponential back-off with jitter: base·2^(n−1), capped, then scaled by 0.5–1. */
  backoffMs(attempt: number): number {
    const { baseDelayMs, maxDelayMs } = this.opts.retry;
    const capped = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
    return Math.round(capped * (0.5 + 0.5 * this.opts.random()));
  }

  /**
   * Send a request, retrying transient failures.
   * @throws OfflineError when the very first connection of this client fails;
   *   HttpStatusError for a non-retryable status or when attempts run out; ConnectionError likewise.
   */
  async request(req: HttpRequest): Promise<HttpResponse> {
    const { maxAttempts, maxRetryAfterMs, waitBudgetMs } = this.opts.retry;
    let waited = 0;
    let last: Error = new Error('');
    const exhausted = (e: Error): WaitBudgetExhausted =>
      new WaitBudgetExhausted(req.url, req.what ?? null, waited, waitBudgetMs, e);
    for (let attempt = 1; ; attempt++) {
      if (this.opts.limiter) await this.opts.limiter.acquire();
      this.attempts++;
      let delay: number;
      let reason: string;
      let status: number | null = null;
      let retryAfter: number | null = null;
      try {
        const res = await attemptOnce(req, this.opts);
        this.reachedServer = true;
        if (res.status >= 200 && res.status < 300) return res;
        retryAfter = parseRetryAfter(res.headers['retry-after'], Date.now());
        const err = new HttpStatusError(req.url, res.status, res.body, retryAfter);
        if (!isRetryableStatus(res.status)) throw err;
        last = err;
        if (attempt >= maxAttempts) throw exhausted(err);
        // A Retry-After we may not wait for fails now rather than after a pointless shorter wait.
        if (retryAfter !== null && (retryAfter > maxRetryAfterMs || waited + retryAfter > waitBudgetMs))
          throw exhausted(err);
        delay = Math.max(this.backoffMs(attempt), retryAfter ?? 0);
        reason = `HTTP ${res.status}`;
        status = res.status;
      } catch (e) {
        if (!(e instanceof ConnectionError)) throw e;
        if (e.phase === 'connect' && !this.reachedServer) throw new OfflineError(new URL(req.url).host, e);
        if (attempt >= maxAttempts) throw exhausted(e);
        last = e;
        delay = this.backoffMs(attempt);
        reason = `${e.code}: ${e.message}`;
      }
      if (waited >= waitBudgetMs) throw exhausted(last);
      delay = Math.min(delay, waitBudgetMs - waited);
      waited += delay;
      this.retries++;
      this.opts.onRetry?.({
        url: req.url,
        what: req.what ?? null,
        attempt,
        delayMs: delay,
        reason,
        status,
        retryAfterMs: retryAfter,
        waitedMs: waited,
        budgetMs: waitBudgetMs,
      });
      await this.opts.sleep(delay);
    }
  }

  /** GET or POST expecting JSON; returns the parsed value and the exact text received. */
  async json(req: HttpRequest): Promise<{ json: unknown; text: string; response: HttpResponse }> {
    const response = await this.request({ ...req, headers: { accept: 'application/json', ...req.headers } });
    try {
      return { json: JSON.parse(response.body) as unknown, text: response.body, response };
    } catch {
      throw new Error(
        `Svaret fra ${req.url} er ikke gyldig JSON (${response.body.length} tegn): ${response.body.slice(0, 120)}`,
      );
    }
  }
}
