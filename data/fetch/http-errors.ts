/**
 * What can go wrong fetching from SSB, as errors the fetch run tells apart: a status SSB answered with
 * (in SSB's own words, and whether waiting can help), a wait budget used up, a broken connection, and
 * no connection at all (offline).
 */
/** The server answered with a non-2xx status. */
export class HttpStatusError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly body: string,
    readonly retryAfterMs: number | null,
  ) {
    super(`HTTP ${status} fra ${url}${body ? `: ${body.slice(0, 300).replace(/\s+/g, ' ')}` : ''}`);
    this.name = 'HttpStatusError';
  }

  /** SSB's own words for the error: PxWebApi answers with a problem document ({title, detail, status}). */
  get ssbMessage(): string {
    try {
      const p = JSON.parse(this.body) as Record<string, unknown>;
      const parts = [p.title, p.detail, p.message].filter(
        (x): x is string => typeof x === 'string' && x.trim() !== '',
      );
      if (parts.length) return [...new Set(parts)].join(': ');
    } catch {
      // not JSON: the text itself
    }
    return this.body.trim().slice(0, 300).replace(/\s+/g, ' ') || `HTTP ${this.status}`;
  }

  /** 429 and 5xx (but 501/505): worth waiting for; a 4xx is about the request and never changes by waiting. */
  get transient(): boolean {
    return isRetryableStatus(this.status);
  }
}

/** A transient failure that outlasted the wait budget: SSB was down or busy longer than we were willing to wait. */
export class WaitBudgetExhausted extends Error {
  constructor(
    readonly url: string,
    readonly what: string | null,
    readonly waitedMs: number,
    readonly budgetMs: number,
    readonly last: Error,
  ) {
    super(
      `${what ?? url}: ga opp etter ${Math.round(waitedMs / 1000)} s venting (grense ${Math.round(budgetMs / 1000)} s): ${last.message}`,
    );
    this.name = 'WaitBudgetExhausted';
  }
}

/** The connection failed (`phase: 'connect'`) or broke while the response was arriving. */
export class ConnectionError extends Error {
  constructor(
    readonly url: string,
    readonly code: string,
    readonly phase: 'connect' | 'response',
    message: string,
  ) {
    super(message);
    this.name = 'ConnectionError';
  }
}

/** No connection could be made on the first try: the machine is offline or the host is unreachable. */
export class OfflineError extends Error {
  constructor(
    readonly host: string,
    readonly connectionError: ConnectionError,
  ) {
    super(`Kunne ikke nå SSB (${host}): ${connectionError.message}`);
    this.name = 'OfflineError';
  }
}

export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

/** Retry-After as delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, nowMs: number): number | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === undefined || v.trim() === '') return null;
  if (/^\d+$/.test(v.trim())) return Number(v.trim()) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}
