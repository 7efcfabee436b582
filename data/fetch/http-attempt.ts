/**
 * One HTTP request on node:http/https, no retries (http.ts retries): an overall and a connect timeout,
 * gzip and deflate bodies unpacked, and a connection dropped mid-body reported as a ConnectionError
 * rather than passed on as a short answer.
 */
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import type { HttpClientOptions, HttpRequest, HttpResponse } from './http';
import { ConnectionError } from './http-errors';

/** One attempt, no retries. Rejects with ConnectionError on network failure or a cut-off body. */
export function attemptOnce(
  req: HttpRequest,
  opts: Pick<HttpClientOptions, 'userAgent' | 'timeoutMs' | 'connectTimeoutMs'>,
): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const url = new URL(req.url);
    const transport = url.protocol === 'https:' ? https : http;
    const body = req.body === undefined ? undefined : Buffer.from(req.body, 'utf-8');
    const headers: Record<string, string> = {
      'user-agent': opts.userAgent,
      'accept-encoding': 'gzip, deflate',
      ...req.headers,
    };
    if (body) headers['content-length'] = String(body.length);
    let connected = false;
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const settle = (err: Error | null, res?: HttpResponse): void => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      if (err) reject(err);
      else if (res) resolve(res);
    };
    const connErr = (e: NodeJS.ErrnoException, phase: 'connect' | 'response'): ConnectionError =>
      e instanceof ConnectionError
        ? e
        : new ConnectionError(req.url, e.code ?? 'ECONNRESET', phase, e.message || String(e));
    const r = transport.request(url, { method: req.method, headers });
    timers.push(
      setTimeout(
        () =>
          r.destroy(
            new ConnectionError(
              req.url,
              'ETIMEDOUT',
              connected ? 'response' : 'connect',
              `tidsavbrudd etter ${opts.timeoutMs} ms`,
            ),
          ),
        opts.timeoutMs,
      ),
      setTimeout(() => {
        if (!connected)
          r.destroy(
            new ConnectionError(
              req.url,
              'ETIMEDOUT',
              'connect',
              `ingen forbindelse etter ${opts.connectTimeoutMs} ms`,
            ),
          );
      }, opts.connectTimeoutMs),
    );
    r.on('socket', (socket) => {
      if (!socket.connecting) connected = true;
      else socket.once('connect', () => (connected = true));
    });
    r.on('error', (e) => settle(connErr(e, connected ? 'response' : 'connect')));
    r.on('response', (res) => {
      connected = true;
      const enc = String(res.headers['content-encoding'] ?? '').toLowerCase();
      const stream =
        enc === 'gzip'
          ? res.pipe(zlib.createGunzip())
          : enc === 'deflate'
            ? res.pipe(zlib.createInflate())
            : res;
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', (e: NodeJS.ErrnoException) => settle(connErr(e, 'response')));
      res.on('error', (e: NodeJS.ErrnoException) => settle(connErr(e, 'response')));
      // A connection dropped mid-body ends the stream without `complete`: that is a failure, not a short answer.
      res.on('close', () => {
        if (!res.complete)
          settle(
            new ConnectionError(req.url, 'ECONNRESET', 'response', 'forbindelsen ble brutt midt i svaret'),
          );
      });
      stream.on('end', () => {
        if (!res.complete)
          return settle(
            new ConnectionError(req.url, 'ECONNRESET', 'response', 'forbindelsen ble brutt midt i svaret'),
          );
        settle(null, {
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf-8'),
        });
      });
    });
    r.end(body);
  });
}
