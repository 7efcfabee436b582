/**
 * A fake SSB (PxWebApi v2 + KLASS) on 127.0.0.1 for the fetch tests: no request ever leaves the machine.
 * It serves the real 05300 JSON-stat2 fixture, slices it by the POSTed selection like PxWebApi does,
 * refuses selections above its own cell limit, and can be told to fail the next matching requests
 * (429 with Retry-After, 500, a connection dropped mid-body, or a hang). Further tables can be served
 * from a metadata document alone: their data answers carry no numbers (every cell "..").
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { decodeJsonStatDataset } from '../../../../data/parse/jsonstat';
import { cellIndex } from '../../../../data/parse/jsonstat-cells';
import { isLiteralCode, resolveValueCodes } from '../../../../data/fetch/pager';

export const FIXTURES = join(import.meta.dirname, '../../../fixtures/fetch');

export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf-8')) as unknown;
}

type Obj = Record<string, unknown>;

/** The 05300 fixture restricted to the given codes per dimension (all codes where a dimension is not named). */
export function sliceDataset(raw: unknown, pick: Record<string, string[]>): Obj {
  const ds = decodeJsonStatDataset(raw);
  const src = raw as Obj;
  const chosen = ds.dimensions.map((d) => {
    const want = pick[d.id];
    return want ? d.categories.filter((c) => want.includes(c.code)) : d.categories;
  });
  const size = chosen.map((c) => c.length);
  const n = size.reduce((a, b) => a * b, 1);
  const value: (number | null)[] = [];
  const status: Record<string, string> = {};
  const pos = size.map(() => 0);
  for (let i = 0; i < n; i++) {
    const at = cellIndex(
      ds,
      chosen.map((cats, d) => cats[pos[d] ?? 0]?.index ?? 0),
    );
    value.push(ds.values[at] ?? null);
    const s = ds.status.get(at);
    if (s) status[String(i)] = s;
    for (let d = pos.length - 1; d >= 0; d--) {
      if ((pos[d] ?? 0) + 1 < (size[d] ?? 0)) {
        pos[d] = (pos[d] ?? 0) + 1;
        break;
      }
      pos[d] = 0;
    }
  }
  const srcDims = src.dimension as Obj;
  const dimension: Obj = {};
  ds.dimensions.forEach((d, k) => {
    const cats = chosen[k] ?? [];
    const base = srcDims[d.id] as Obj;
    const category = {
      ...(base.category as Obj),
      index: Object.fromEntries(cats.map((c, i) => [c.code, i])),
      label: Object.fromEntries(cats.map((c) => [c.code, c.label])),
    };
    dimension[d.id] = { ...base, category };
  });
  return { ...src, size, dimension, value, status };
}

export interface LoggedRequest {
  method: string;
  path: string;
  body: string;
}

export type Failure =
  | { kind: '429'; retryAfter?: string }
  | { kind: '500' }
  | { kind: 'drop' }
  | { kind: 'hang' }
  | { kind: 'status'; status: number; body?: unknown };

interface Rule {
  method?: 'GET' | 'POST';
  pathIncludes?: string;
  failure: Failure;
  times: number;
}

/** A table the fake serves: its metadata document, and the full dataset to slice data answers from (if any). */
export interface FakeTable {
  metadata: unknown;
  data?: unknown;
}

export interface FakeSsb {
  /** Origin to pass as --base-url, e.g. http://127.0.0.1:41234. */
  origin: string;
  requests: LoggedRequest[];
  /** Make the next `times` matching requests fail this way. */
  failNext(
    failure: Failure,
    match?: { method?: 'GET' | 'POST'; pathIncludes?: string; times?: number },
  ): void;
  /** Forget every failure still pending (SSB is back). */
  clearFailures(): void;
  close(): Promise<void>;
}

const FIXTURE_05300 = 'ssb_05300_jsonstat2_statbank_client_fixture.json';

function send(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/** A metadata document as PxWebApi v2 answers it: the dataset without numbers. */
export function metadataOf(data: unknown): Obj {
  const { value: _v, status: _s, ...metadata } = data as Obj;
  return { ...metadata, value: [] };
}

const eliminable = (dim: Obj | undefined): boolean | null => {
  const ext = dim?.extension as Obj | undefined;
  return typeof ext?.elimination === 'boolean' ? ext.elimination : null;
};

/**
 * A data answer built from a metadata document alone: the selected categories, left-out variables
 * dropped (as if eliminated), and no numbers — every cell is null with SSB's ".." (no figure).
 */
function answerWithoutNumbers(metadata: Obj, pick: Record<string, string[]>): Obj {
  const dims = metadata.dimension as Record<string, Obj>;
  const ids = (metadata.id as string[]).filter((id) => pick[id] !== undefined);
  const dimension: Obj = {};
  for (const id of ids) {
    const base = dims[id] ?? {};
    const category = base.category as { label: Record<string, string> };
    const codes = pick[id] ?? [];
    dimension[id] = {
      ...base,
      category: {
        index: Object.fromEntries(codes.map((c, i) => [c, i])),
        label: Object.fromEntries(codes.map((c) => [c, category.label[c] ?? c])),
      },
    };
  }
  const size = ids.map((id) => pick[id]?.length ?? 0);
  const n = size.reduce((a, b) => a * b, 1);
  return {
    ...metadata,
    id: ids,
    size,
    dimension,
    value: new Array<null>(n).fill(null),
    status: Object.fromEntries(Array.from({ length: n }, (_, i) => [String(i), '..'])),
  };
}

/**
 * Start the fake on a random port of 127.0.0.1. `maxCells`: refuse larger selections with 400.
 * `tables`: further tables (or a replacement for 05300) by id.
 */
export async function startFakeSsb(
  opts: { maxCells?: number; tables?: Record<string, FakeTable> } = {},
): Promise<FakeSsb> {
  const data = readFixture(FIXTURE_05300) as Obj;
  const tables: Record<string, FakeTable> = { '05300': { metadata: metadataOf(data), data }, ...opts.tables };
  const rules: Rule[] = [];
  const requests: LoggedRequest[] = [];
  const hanging: http.ServerResponse[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const body = Buffer.concat(chunks).toString('utf-8');
      requests.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, body });
      const rule = rules.find(
        (r) =>
          r.times > 0 &&
          (!r.method || r.method === req.method) &&
          (!r.pathIncludes || url.pathname.includes(r.pathIncludes)),
      );
      if (rule) {
        rule.times--;
        const f = rule.failure;
        if (f.kind === '429')
          return send(
            res,
            429,
            { title: 'Too many requests' },
            f.retryAfter === undefined ? {} : { 'retry-after': f.retryAfter },
          );
        if (f.kind === '500') return send(res, 500, { title: 'Internal Server Error' });
        if (f.kind === 'status') return send(res, f.status, f.body ?? { title: `status ${f.status}` });
        if (f.kind === 'hang') return void hanging.push(res);
        // drop: promise the whole body, send half of it, cut the connection.
        const full = JSON.stringify(data);
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(full)),
        });
        res.write(full.slice(0, Math.floor(full.length / 2)));
        setTimeout(() => res.socket?.destroy(), 5);
        return;
      }
      route(url, req.method ?? '', body, res);
    });
  });

  function route(url: URL, method: string, body: string, res: http.ServerResponse): void {
    const p = url.pathname;
    const px = /^\/api\/pxwebapi\/v2\/tables\/(\d{5})\/(metadata|data)$/.exec(p);
    const table = px ? tables[px[1] ?? ''] : undefined;
    if (method === 'GET' && px?.[2] === 'metadata' && table) return send(res, 200, table.metadata);
    if (method === 'POST' && px?.[2] === 'data' && table) {
      let selection: { variableCode: string; valueCodes: string[] }[];
      try {
        selection = (JSON.parse(body) as { selection: typeof selection }).selection;
      } catch {
        return send(res, 400, { title: 'Bad request' });
      }
      const structure = decodeJsonStatDataset(table.metadata, { structureOnly: true });
      const metaDims = (table.metadata as Obj).dimension as Record<string, Obj>;
      const pick: Record<string, string[]> = {};
      for (const s of selection) {
        const dim = structure.dimensions.find((d) => d.id === s.variableCode);
        if (!dim) return send(res, 400, { title: 'Non-existent variable' });
        const codes = dim.categories.map((c) => c.code);
        // Expressions (*, from(), top(), ??) as PxWebApi resolves them; literal codes keep the order asked for.
        if (s.valueCodes.every(isLiteralCode)) {
          if (s.valueCodes.some((c) => !codes.includes(c)))
            return send(res, 400, { title: 'Non-existent value' });
          pick[dim.id] = s.valueCodes;
        } else {
          try {
            pick[dim.id] = resolveValueCodes(s.valueCodes, codes, dim.role === 'time');
          } catch {
            return send(res, 400, { title: 'Non-existent value' });
          }
        }
      }
      // Like PxWebApi: a variable may only be left out when its metadata allows elimination.
      const missing = structure.ids.find(
        (id) => pick[id] === undefined && eliminable(metaDims[id]) === false,
      );
      if (missing) return send(res, 400, { title: `Missing selection for mandatory variable ${missing}` });
      const answer = table.data
        ? sliceDataset(table.data, pick)
        : answerWithoutNumbers(table.metadata as Obj, pick);
      const cells = (answer.value as unknown[]).length;
      if (opts.maxCells !== undefined && cells > opts.maxCells)
        return send(res, 400, { title: 'Too many cells selected' });
      return send(res, 200, answer);
    }
    const klass = /^\/api\/klass\/v1\/classifications\/(\d+)\/(codes|changes|codesAt)$/.exec(p);
    if (method === 'GET' && klass) {
      // SYNTHETIC KLASS content in KLASS's real keys and fields: /codes?from= → {codes: [{code, parentCode, level, name,
      // shortName, presentationName, validFromInRequestedRange, validToInRequestedRange, notes}]}, /changes →
      // {codeChanges: [{oldCode, oldName, oldShortName, newCode, newName, newShortName, changeOccurred}]}
      // (the keys data/later-years.ts reads).
      const [, , endpoint] = klass;
      return send(
        res,
        200,
        endpoint === 'changes'
          ? {
              codeChanges: [
                {
                  oldCode: '3002',
                  oldName: 'Moss',
                  oldShortName: null,
                  newCode: '3103',
                  newName: 'Moss',
                  newShortName: null,
                  changeOccurred: '2024-01-01',
                },
              ],
            }
          : {
              codes: [
                {
                  code: '3103',
                  parentCode: null,
                  level: '1',
                  name: 'Moss',
                  shortName: '',
                  presentationName: '',
                  validFromInRequestedRange: '2024-01-01',
                  validToInRequestedRange: null,
                  notes: '',
                },
              ],
            },
      );
    }
    // The table list, searched by words (GET /tables?query=…): the served tables whose title has every word.
    if (method === 'GET' && p === '/api/pxwebapi/v2/tables') {
      const words = (url.searchParams.get('query') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const hits = Object.entries(tables)
        .map(([id, t]) => ({ id, label: String((t.metadata as Obj).label ?? '') }))
        .filter((t) => words.every((w) => t.label.toLowerCase().includes(w)))
        .map((t) => ({
          type: 'Table',
          id: t.id,
          label: t.label,
          description: '',
          updated: '2025-01-01T00:00:00Z',
          firstPeriod: '2008',
          lastPeriod: '2024',
          category: 'public',
          variableNames: [],
          links: [],
        }));
      return send(res, 200, {
        language: 'no',
        tables: hits,
        page: { pageNumber: 1, pageSize: 50, totalElements: hits.length, totalPages: 1, links: [] },
      });
    }
    send(res, 404, {
      type: 'https://tools.ietf.org/html/rfc7231#section-6.5.4',
      title: 'Non-existent table',
      status: 404,
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    failNext(failure, match = {}) {
      rules.push({
        failure,
        times: match.times ?? 1,
        method: match.method,
        pathIncludes: match.pathIncludes,
      });
    },
    clearFailures() {
      rules.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        hanging.forEach((r) => r.socket?.destroy());
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

/** A sleep that records what it was asked to wait and returns at once (tests stay fast). */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: (ms: number) => (waits.push(ms), Promise.resolve()) };
}

/** sha256 over every file's relative path and bytes: equal hashes = byte-for-byte the same folder. */
export async function hashFolder(dir: string): Promise<string> {
  const h = createHash('sha256');
  const walk = async (d: string): Promise<void> => {
    for (const e of (await readdir(d, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else
        h.update(`${relative(dir, p)}\0`)
          .update(await readFile(p))
          .update('\0');
    }
  };
  await walk(dir);
  return h.digest('hex');
}
