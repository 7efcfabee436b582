/** Small HTTP helpers for the SQL server: bounded bodies, JSON errors, CORS. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** Reads the body, failing with 413 as soon as it passes `limit` (before buffering the rest). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit)
    return Promise.reject(new HttpError(413, `request body too large: at most ${limit} bytes`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, `request body too large: at most ${limit} bytes`));
        // Stop reading; the response closes the connection.
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** CORS headers for the configured origin only; other origins get none, so browsers block them. */
export function corsHeaders(req: IncomingMessage, allowed: string | null): Record<string, string> {
  const origin = req.headers.origin;
  if (!allowed || !origin) return {};
  if (allowed !== '*' && origin !== allowed) return {};
  return {
    'access-control-allow-origin': allowed === '*' ? '*' : origin,
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': 'content-type',
    'access-control-expose-headers': 'server-timing, x-regionpuls-query, x-regionpuls-cache',
    // Browsers may skip the preflight for ten minutes: one round trip less per query.
    'access-control-max-age': '600',
    vary: 'origin',
  };
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}
