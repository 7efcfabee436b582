/**
 * Server configuration from flags, then environment variables, then defaults. Flags win so a
 * one-off run (`--data bench/data/synthetic-10m`) overrides a .env file.
 */
import { parseArgs } from 'node:util';

export interface ServerConfig {
  /** Folder with manifest.json and the Parquet files. */
  dataDir: string;
  /** Interface to listen on; 127.0.0.1 unless a reverse proxy on another host needs more. */
  host: string;
  /** 0 = a free port (tests). */
  port: number;
  /** The one origin allowed to call the server cross-origin (the site's), or null for same-origin only. */
  corsOrigin: string | null;
  /** Largest accepted request body; the largest builder query with parameters is under 2 kB. */
  maxBodyBytes: number;
  /** Result cache entries (identical queries are answered from memory; the data is read-only). */
  cacheEntries: number;
  /** Result cache bytes of Arrow, whatever the entry count. */
  cacheBytes: number;
  /** A request must arrive in full within this time, however slowly a client sends it. */
  requestTimeoutMs: number;
  /** DuckDB connections serving requests in parallel. */
  connections: number;
  /** Run each indicator's coverage query at start, so the first indicator switch is a cache hit. */
  warm: boolean;
}

export const DEFAULTS: ServerConfig = {
  dataDir: 'static/data',
  host: '127.0.0.1',
  port: 8787,
  corsOrigin: null,
  maxBodyBytes: 16 * 1024,
  cacheEntries: 500,
  cacheBytes: 256 * 1024 * 1024,
  requestTimeoutMs: 10_000,
  connections: 2,
  warm: true,
};

export const USAGE = `usage: npm run server -- [--data DIR] [--port N] [--host ADDR] [--cors-origin ORIGIN]
                         [--max-body BYTES] [--cache N] [--cache-bytes BYTES] [--request-timeout MS]
                         [--connections N] [--no-warm]
env: REGIONPULS_DATA_DIR, REGIONPULS_HOST, REGIONPULS_PORT, REGIONPULS_CORS_ORIGIN,
     REGIONPULS_MAX_BODY, REGIONPULS_CACHE, REGIONPULS_CACHE_BYTES, REGIONPULS_REQUEST_TIMEOUT,
     REGIONPULS_CONNECTIONS, REGIONPULS_WARM=0`;

function int(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`invalid ${name}: ${raw} (an integer ≥ ${min})`);
  return n;
}

function origin(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  if (raw === '*') return '*';
  // An origin is scheme://host[:port] with nothing after it; browsers compare it exactly.
  const url = new URL(raw);
  if (url.origin === 'null' || raw.replace(/\/$/, '') !== url.origin)
    throw new Error(`invalid cors origin: ${raw} (e.g. http://127.0.0.1:4173)`);
  return url.origin;
}

export function parseConfig(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const text = { type: 'string' } as const;
  let parsed;
  try {
    // The same parser as every other command here (node:util parseArgs, strict): unknown flags are refused.
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        data: text,
        port: text,
        host: text,
        'cors-origin': text,
        'max-body': text,
        cache: text,
        'cache-bytes': text,
        'request-timeout': text,
        connections: text,
        'no-warm': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new Error(`${/Unknown option/i.test(message) ? 'unknown option: ' : ''}${message}\n${USAGE}`);
  }
  const { values } = parsed;
  if (values.help) throw new Error(USAGE);
  const flags = new Map(
    Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  const get = (flag: string, variable: string) => flags.get(flag) ?? env[variable];
  return {
    dataDir: get('data', 'REGIONPULS_DATA_DIR') || DEFAULTS.dataDir,
    host: get('host', 'REGIONPULS_HOST') || DEFAULTS.host,
    port: int('port', get('port', 'REGIONPULS_PORT'), DEFAULTS.port, 0),
    corsOrigin: origin(get('cors-origin', 'REGIONPULS_CORS_ORIGIN')),
    maxBodyBytes: int('max-body', get('max-body', 'REGIONPULS_MAX_BODY'), DEFAULTS.maxBodyBytes, 256),
    cacheEntries: int('cache', get('cache', 'REGIONPULS_CACHE'), DEFAULTS.cacheEntries, 0),
    cacheBytes: int('cache-bytes', get('cache-bytes', 'REGIONPULS_CACHE_BYTES'), DEFAULTS.cacheBytes, 0),
    requestTimeoutMs: int(
      'request-timeout',
      get('request-timeout', 'REGIONPULS_REQUEST_TIMEOUT'),
      DEFAULTS.requestTimeoutMs,
      100,
    ),
    connections: int('connections', get('connections', 'REGIONPULS_CONNECTIONS'), DEFAULTS.connections, 1),
    warm: !values['no-warm'] && env.REGIONPULS_WARM !== '0',
  };
}
