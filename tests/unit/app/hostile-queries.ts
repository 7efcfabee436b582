/**
 * Generators of hostile or clumsy query strings, shared by the property test of the parsers
 * (hostile-urls.test.ts) and the browser run over a sample of them (tests/e2e/hostile-links.test.ts).
 */
import fc from 'fast-check';

export const KEYS = ['indicator', 'regions', 'mode', 'base', 'theme', 'v', 't', 'target'];
/** Values a hostile or clumsy user might put in a link: broken escapes, SQL, markup, huge, unicode. */
export const hostileValue = () =>
  fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom(
      '%',
      '%E0%A4%A',
      '%ZZ',
      '%00',
      '%2C%2C',
      ',,,,',
      "'; DROP TABLE regions;--",
      '<script>alert(1)</script>',
      '../../etc/passwd',
      'NaN',
      '-1',
      '1e400',
      '2015.5',
      '0x7e0',
      '　',
    ),
    fc.constantFrom(
      'befolkning',
      'sysselsatte',
      'absolute',
      'per1000',
      'indexed',
      'dark',
      'light',
      '2010',
      '1899',
      '2101',
      '3103',
      '3103,3112',
      '0',
      'BA05',
    ),
    fc
      .array(fc.constantFrom('3103', '3112', '9999', 'mosseregionen', 'x', '', ' 3403 '), { maxLength: 30 })
      .map((a) => a.join(',')),
    fc.integer({ min: 1, max: 5000 }).map((n) => Array.from({ length: n }, (_, i) => `k${i}`).join(',')),
    fc.string({ maxLength: 30 }).map((s) => s.repeat(1000)),
  );
/** A raw query string, written without encoding so malformed escapes reach the parser as typed. */
export const hostileQuery = fc
  .tuple(
    fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), hostileValue()), {
      maxLength: 8,
    }),
    fc.constantFrom('&', '&&', ';'),
  )
  .map(([pairs, separator]) => pairs.map(([k, v]) => `${k}=${v}`).join(separator));
