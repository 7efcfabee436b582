/**
 * A sample of 210 generated hostile links (the property test's generator, fixed seed) opened in Chromium:
 * 90 on `/`, 60 on `/embed`, 60 on `/targets`. Each page must show a chart or a notice within the time
 * limit and raise no page error. (The parsers see 10 500 such strings in tests/unit/hostile-urls.test.ts and tests/unit/groups.)
 */
import { describe, expect, inject, it } from 'vitest';
import fc from 'fast-check';
import { hostileQuery } from '../fixtures/hostile-queries';
import { sessionPerFile } from './session';

const base = inject('baseUrl');
const browser = sessionPerFile();

/** What a page must show for a link: a drawn chart (an SVG with lines or cells), or a notice in words. */
const SHOWN =
  '[data-testid=chart] svg, [data-testid=notices] li, [data-testid=embed-unavailable], [data-testid=target-detail], [data-testid=targets-message], [role=alert]';

describe('hostile links in the browser', () => {
  it('210 generated links each show a chart or a notice, with no page error', async () => {
    // Links longer than servers accept (Node and most proxies stop near 8–16 kB of request line) are refused
    // before the app sees them; the parser test covers those. The sample keeps links under 6 000 characters.
    const queries = fc.sample(
      hostileQuery.filter((q) => encodeURI(q).length < 6000),
      { numRuns: 210, seed: 20261206 },
    );
    const paths = queries.map((q, i) => `${i < 90 ? '/' : i < 150 ? '/embed' : '/targets'}?${q}`);
    const { page, errors } = browser();
    const failed: string[] = [];
    for (const path of paths) {
      const before = errors.length;
      try {
        await page.goto(`${base}${path}`, { waitUntil: 'domcontentloaded', timeout: 15_000 });
        await page.locator(SHOWN).first().waitFor({ state: 'attached', timeout: 15_000 });
      } catch (e) {
        failed.push(
          `${path.slice(0, 80)}: ${(e instanceof Error ? e.message.split('\n')[0]! : String(e)).slice(0, 160)}`,
        );
      }
      // A page error is a fault; a refused over-long request line (HTTP 414/431) is the server's, not ours.
      const mine = errors.slice(before).filter((m) => !/status of 4(14|31)/.test(m));
      if (mine.length) failed.push(`${path.slice(0, 80)}: ${mine.join(' | ').slice(0, 200)}`);
    }
    expect(failed).toEqual([]);
  }, 600_000);
});
