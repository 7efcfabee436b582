/** A rebuilt data folder (new manifest.json) is noticed without a restart, and cached answers are dropped. */
import { afterAll, expect, it, vi } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seriesQuery } from '../../../src/lib/sql/series';
import { startSqlServer } from '../../../server/sql-server';

const dir = mkdtempSync(join(tmpdir(), 'regionpuls-server-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('serves the new manifest and recomputes answers after the data folder changes', async () => {
  cpSync('static/data', dir, { recursive: true });
  const server = await startSqlServer({ dataDir: dir, port: 0, warm: false });
  try {
    const query = seriesQuery({ indicator: 'befolkning', regions: ['3103'], mode: 'absolute' });
    const ask = () => fetch(new URL('query', server.url), { method: 'POST', body: JSON.stringify(query) });
    await ask();
    expect((await ask()).headers.get('x-regionpuls-cache')).toBe('hit');

    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version: string };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, version: 'rebuilt' }));
    // The server looks at manifest.json at most once a second: move its clock on instead of sleeping.
    const later = Date.now() + 1100;
    vi.spyOn(Date, 'now').mockImplementation(() => later);
    const served = (await (await fetch(new URL('manifest.json', server.url))).json()) as { version: string };
    expect(served.version).toBe('rebuilt');
    expect((await ask()).headers.get('x-regionpuls-cache')).toBe('miss');
  } finally {
    vi.restoreAllMocks();
    await server.close();
  }
});
