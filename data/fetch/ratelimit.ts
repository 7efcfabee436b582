/**
 * A sliding-window request limiter. SSB allows about 30 requests per minute per IP address and answers
 * 429 beyond that; waiting here is cheaper than being told to wait (and counts retries too).
 */

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

export class RateLimiter {
  private readonly stamps: number[] = [];
  /** Total milliseconds spent waiting for a slot, for logs and tests. */
  waitedMs = 0;

  /**
   * @param maxRequests requests allowed in any window
   * @param windowMs window length (60 000 for "per minute")
   * @param now clock, injectable for tests
   * @param sleep waiting function, injectable for tests
   */
  constructor(
    private readonly maxRequests: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: Sleep = realSleep,
  ) {
    if (!(maxRequests >= 1)) throw new Error('RateLimiter: maxRequests must be at least 1');
  }

  /** Wait until a request may be sent, then count it. Resolves with the milliseconds waited. */
  async acquire(): Promise<number> {
    let waited = 0;
    // After a sleep at least that long has passed, even if an injected clock says otherwise.
    let floor = -Infinity;
    for (;;) {
      const t = Math.max(this.now(), floor);
      while (this.stamps.length > 0 && t - (this.stamps[0] ?? t) >= this.windowMs) this.stamps.shift();
      if (this.stamps.length < this.maxRequests) {
        this.stamps.push(t);
        this.waitedMs += waited;
        return waited;
      }
      const wait = (this.stamps[0] ?? t) + this.windowMs - t;
      await this.sleep(wait);
      waited += wait;
      floor = t + wait;
    }
  }
}
