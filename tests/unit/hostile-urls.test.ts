/**
 * Property-based: 10 500 generated hostile query strings for `/`, `/embed` and `/targets` through the
 * parsers the pages use. Each must give a valid state (known indicator and regions only, at most ten,
 * a base year only when indexed, at most one notice of each kind) and never throw; a parsed view must
 * survive its own link unchanged. The catalogue is the real one (static/data).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hostileQuery, hostileValue } from '../fixtures/hostile-queries';
import { MAX_REGIONS, MODES, parseView, viewToParams, type Known } from '../../src/lib/config';
import { THEMES, VERSION_PATTERN, namesView, parseEmbedParams } from '../../src/lib/embed/params';
import { decodeTargets, encodeTargets } from '../../src/lib/targets/url';
import { MAX_USER_TARGETS } from '../../src/lib/targets/limits';
import { t } from '../../src/lib/i18n';
import { openNodeDb } from '../../src/lib/db/node';
import { loadCatalogue } from '../../src/lib/series/load';
import type { Target } from '../../src/lib/targets/model';

let known: Known;
let codes: string[];
beforeAll(async () => {
  const db = await openNodeDb('static/data');
  const { indicators, regions } = await loadCatalogue(db.engine);
  db.close();
  codes = regions.map((r) => r.code);
  known = { indicators: new Set(indicators.map((i) => i.id)), regions: new Set(codes) };
});

function assertValidView(query: string): void {
  const { view, notices } = parseView(new URLSearchParams(query), known);
  expect(known.indicators.has(view.indicator)).toBe(true);
  expect(view.regions.length).toBeLessThanOrEqual(MAX_REGIONS);
  expect(new Set(view.regions).size).toBe(view.regions.length);
  for (const code of view.regions) expect(known.regions.has(code)).toBe(true);
  expect(MODES).toContain(view.mode);
  if (view.base !== null) {
    expect(view.mode).toBe('indexed');
    expect(Number.isInteger(view.base) && view.base >= 1900 && view.base <= 2100).toBe(true);
  }
  const kinds = notices.map((n) => n.kind);
  expect(new Set(kinds).size).toBe(kinds.length);
  for (const n of notices) expect(t.notice(n).length).toBeLessThan(600);
  // The view's own link reads back as the same view, with nothing to say about it.
  expect(parseView(viewToParams(view), known)).toEqual({ view, notices: [] });
}

describe('hostile links never throw and always give a valid state', () => {
  it('/ : 4 000 query strings through parseView', () => {
    fc.assert(
      fc.property(hostileQuery, (q) => assertValidView(q)),
      { numRuns: 4000, seed: 20261202 },
    );
  });

  it('/embed : 4 000 query strings through parseEmbedParams, parseView and namesView', () => {
    fc.assert(
      fc.property(hostileQuery, (q) => {
        const p = parseEmbedParams(new URLSearchParams(q));
        expect(THEMES).toContain(p.theme);
        if (p.version !== null) {
          expect(p.version.length).toBeLessThanOrEqual(64);
          expect(p.versionValid).toBe(VERSION_PATTERN.test(new URLSearchParams(q).get('v') ?? ''));
        }
        expect(typeof namesView(q, parseView(new URLSearchParams(q), known).view)).toBe('boolean');
        assertValidView(q);
      }),
      { numRuns: 4000, seed: 20261203 },
    );
  });

  it('/targets : 2 000 hostile `t` values are read or refused in words, never thrown', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostileValue(),
          fc
            .base64String({ maxLength: 400 })
            .map((b) => `2.${b.replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '')}`),
        ),
        async (param) => {
          const { targets, error } = await decodeTargets(param);
          expect(targets.length).toBeLessThanOrEqual(MAX_USER_TARGETS);
          if (error !== null) {
            expect(targets).toEqual([]);
            expect(error).toMatch(
              /^Målene i lenken ble ikke lest: .+\. Målene du hadde, er uendret\.$|^Lenken har \d+ mål/,
            );
          }
        },
      ),
      { numRuns: 2000, seed: 20261204 },
    );
  });

  it('/targets : 500 generated target lists survive their own link', async () => {
    const target = fc.record({
      id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
      title: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
      region: fc.constantFrom('3103', 'kongsvingerregionen', '34', 'kongsvingerregionen+3419'),
      indicator: fc.constantFrom('befolkning', 'sysselsatte'),
      base_year: fc.integer({ min: 2005, max: 2024 }),
      kind: fc.constantFrom('per_year' as const, 'end' as const, 'level' as const),
      amount: fc.integer({ min: 1, max: 100_000 }),
      end_year: fc.integer({ min: 2025, max: 2040 }),
      set_by: fc.string({ maxLength: 20 }),
      source: fc.string({ maxLength: 20 }),
      source_url: fc.constant(''),
      illustration: fc.boolean(),
      note: fc.string({ maxLength: 40 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(target, { maxLength: 8, selector: (x) => x.id }),
        async (targets: Target[]) => {
          const decoded = await decodeTargets(await encodeTargets(targets));
          expect(decoded.error).toBeNull();
          expect(decoded.targets.map((x) => x.id)).toEqual(targets.map((x) => x.id));
        },
      ),
      { numRuns: 500, seed: 20261205 },
    );
  });
});
