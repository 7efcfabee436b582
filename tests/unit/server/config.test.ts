/** Server flags and env, the allowlist's shape, and the page's build-time engine choice. */
import { describe, expect, it } from 'vitest';
import { allowedQueries, builderQueries, checkQuery } from '../../../server/allowlist';
import { DEFAULTS, parseConfig } from '../../../server/config';
import { engineConfig, serverUrl } from '../../../src/lib/db/start';
import { MAX_REGIONS, MODES } from '../../../src/lib/config';
import { seriesQuery } from '../../../src/lib/sql/series';

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
  it('holds the catalogue and report queries and every mode × 1..MAX_REGIONS series shape', () => {
    const allowed = allowedQueries();
    expect(allowed.size).toBe(16 + MODES.length * MAX_REGIONS);
    const q = seriesQuery({ indicator: 'befolkning', regions: ['3103', '3112'], mode: 'per1000' });
    const checked = checkQuery(q, allowed);
    expect(checked).toMatchObject({ ok: true, name: 'seriesQuery:per1000:2' });
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
