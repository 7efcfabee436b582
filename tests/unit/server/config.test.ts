/** Server flags and env, the allowlist's shape, and the page's build-time engine choice. */
import { describe, expect, it } from 'vitest';
import { allowedQueries, builderQueries, checkQuery } from '../../../server/allowlist';
import { DEFAULTS, parseConfig } from '../../../server/config';
import { engineConfig, serverUrl } from '../../../src/lib/db/start';
import { MAX_REGIONS } from '../../../src/lib/config';
import { seriesQuery } from '../../../src/lib/sql/series';
import { ownRegionValuesQuery } from '../../../src/lib/sql/own-ranking';

describe('server config', () => {
  it('takes flags over env over defaults', () => {
    expect(parseConfig([], {})).toEqual(DEFAULTS);
    const env = {
      REGIONPULS_PORT: '9000',
      REGIONPULS_DATA_DIR: 'a',
      REGIONPULS_CORS_ORIGIN: 'http://127.0.0.1:4173',
    };
    const c = parseConfig(['--port', '9001', '--data=b', '--no-warm'], env);
    expect(c).toMatchObject({ port: 9001, dataDir: 'b', corsOrigin: 'http://127.0.0.1:4173', warm: false });
  });

  it('refuses unknown options and malformed values', () => {
    expect(() => parseConfig(['--sql', 'x'], {})).toThrow(/unknown option/);
    expect(() => parseConfig(['--port', 'x'], {})).toThrow(/invalid port/);
    expect(() => parseConfig(['--cors-origin', 'http://a.example/path'], {})).toThrow(/invalid cors origin/);
  });
});

describe('allowlist', () => {
  it('holds the catalogue and report queries and every series shape × 1..MAX_REGIONS', () => {
    const allowed = allowedQueries();
    // Four series shapes: absolute, per 1 000, indexed to a given base year, indexed to the common one.
    expect(allowed.size).toBe(17 + 4 * MAX_REGIONS);
    const q = seriesQuery({ indicator: 'befolkning', regions: ['3103', '3112'], mode: 'per1000' });
    expect(checkQuery(q, allowed)).toMatchObject({ ok: true, name: 'seriesQuery:per1000:2' });
    const common = seriesQuery({ indicator: 'befolkning', regions: ['3103'], mode: 'indexed', base: null });
    expect(checkQuery(common, allowed)).toMatchObject({ ok: true, name: 'seriesQuery:indexed-common:1' });
  });

  it('covers every query builder exported by src/lib/sql', async () => {
    // A new builder that the server does not know would fail only in a server-engine build: catch it here.
    const modules = import.meta.glob<Record<string, unknown>>('../../../src/lib/sql/*.ts');
    const names = new Set(builderQueries().map((b) => b.name.split(':')[0]));
    let builders = 0;
    for (const [file, load] of Object.entries(modules)) {
      for (const [name, value] of Object.entries(await load())) {
        if (typeof value !== 'function' || !name.endsWith('Query')) continue;
        builders++;
        expect(names.has(name), `${file}: ${name} is not in server/allowlist.ts`).toBe(true);
      }
    }
    expect(builders).toBeGreaterThanOrEqual(9);
  });

  it('serves own-region series texts rebuilt from their counts, within the own-region limits', () => {
    const allowed = allowedQueries();
    const moss = { code: 'egen-1', members: ['3103', '3112', '3114'] };
    const q = seriesQuery({
      indicator: 'befolkning',
      regions: ['egen-1', '3103'],
      mode: 'indexed',
      base: 2015,
      groups: [moss],
    });
    expect(checkQuery(q, allowed)).toMatchObject({ ok: true, name: 'seriesQuery:own:indexed:2:3' });
    // Five own regions of 60 kommuner each: the largest a view can hold.
    const kommuner = Array.from({ length: 300 }, (_, i) => String(3000 + i));
    const five = [1, 2, 3, 4, 5].map((n) => ({
      code: `egen-${n}`,
      members: kommuner.slice((n - 1) * 60, n * 60),
    }));
    const full = seriesQuery({
      indicator: 'befolkning',
      regions: five.map((g) => g.code),
      mode: 'per1000',
      groups: five,
    });
    expect(checkQuery(full, allowed)).toMatchObject({ ok: true, name: 'seriesQuery:own:per1000:5:300' });

    // The text is still exact: one character changed, or an extra clause, is refused.
    expect(checkQuery({ ...q, sql: q.sql.replace('sum(o.value)', 'max(o.value)') }, allowed).ok).toBe(false);
    expect(
      checkQuery({ ...q, sql: q.sql.replace('VALUES (?, ?, ?)', 'VALUES (?, ?, ?), (?, ?, 1)') }, allowed).ok,
    ).toBe(false);
    // 61 members in one own region, a sixth region, a size that lies, a member that is no kommune.
    const big = { code: 'egen-1', members: Array.from({ length: 61 }, (_, i) => String(3000 + i)) };
    const tooBig = seriesQuery({
      indicator: 'befolkning',
      regions: ['egen-1'],
      mode: 'absolute',
      groups: [big],
    });
    expect(checkQuery(tooBig, allowed)).toMatchObject({ ok: false, error: /at most 60/ });
    const lying = { ...q, params: q.params.map((p, i) => (i === 2 ? 2 : p)) };
    expect(checkQuery(lying, allowed)).toMatchObject({ ok: false, error: /size/ });
    const notKommune = { ...q, params: q.params.map((p, i) => (i === 1 ? "3103' OR 1=1" : p)) };
    expect(checkQuery(notKommune, allowed)).toMatchObject({ ok: false, error: /member/ });
    const notAsked = { ...q, params: q.params.map((p, i) => (i === 0 ? 'egen-2' : p)) };
    expect(checkQuery(notAsked, allowed)).toMatchObject({ ok: false, error: /not an own region asked for/ });
    const six = [...five, { code: 'egen-6', members: ['3103'] }];
    const tooMany = seriesQuery({
      indicator: 'befolkning',
      regions: six.map((g) => g.code),
      mode: 'absolute',
      groups: six,
    });
    expect(checkQuery(tooMany, allowed)).toMatchObject({ ok: false, error: /at most 5/ });
    // More summed rows than five own regions can hold is no known shape at all.
    const over = [...five.slice(0, 4), { code: 'egen-5', members: [...five[4]!.members, '3999'] }];
    const overRows = seriesQuery({
      indicator: 'befolkning',
      regions: over.map((g) => g.code),
      mode: 'absolute',
      groups: over,
    });
    expect(checkQuery(overRows, allowed)).toMatchObject({ ok: false, error: /not allowed/ });
  });

  it('serves the ranking’s own-region values for any number of members, within the limits', () => {
    const allowed = allowedQueries();
    const groups = [
      { code: 'egen-1', members: ['3401', '3414', '3415', '3416', '3417', '3418'] },
      { code: 'egen-2', members: ['3432', '3431'] },
    ];
    const q = ownRegionValuesQuery({ indicator: 'sysselsatte', fromYear: 2017, toYear: 2022, groups });
    expect(checkQuery(q, allowed)).toMatchObject({ ok: true, name: 'ownRegionValuesQuery:own:8' });
    const notOwn = { ...q, params: q.params.map((p, i) => (i === 0 ? '3401' : p)) };
    expect(checkQuery(notOwn, allowed)).toMatchObject({ ok: false, error: /not an own region/ });
  });

  it('does not normalise: a changed character is a different, rejected query', () => {
    const q = seriesQuery({ indicator: 'befolkning', regions: ['3103'], mode: 'absolute' });
    expect(checkQuery({ ...q, sql: q.sql.replace('ORDER BY', 'order by') }, allowedQueries()).ok).toBe(false);
    expect(checkQuery({ ...q, sql: `${q.sql} ` }, allowedQueries()).ok).toBe(false);
  });
});

describe('engine choice', () => {
  it('defaults to wasm and reads the server URL for the server engine', () => {
    expect(engineConfig({})).toEqual({ kind: 'wasm' });
    expect(engineConfig({ VITE_REGIONPULS_ENGINE: 'server', VITE_REGIONPULS_SERVER: 'sql/' })).toEqual({
      kind: 'server',
      server: 'sql/',
    });
    expect(() => engineConfig({ VITE_REGIONPULS_ENGINE: 'sqlite' })).toThrow(
      /invalid VITE_REGIONPULS_ENGINE/,
    );
  });

  it('resolves a relative server URL against the app root', () => {
    const data = new URL('https://example.org/app/data/');
    expect(serverUrl('sql', data).href).toBe('https://example.org/app/sql/');
    expect(serverUrl('http://127.0.0.1:8787', data).href).toBe('http://127.0.0.1:8787/');
  });
});
