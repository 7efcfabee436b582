/**
 * A served copy of the site whose data was changed after publishing: a valid Parquet with every value
 * doubled, and a manifest whose row count was edited. The page must refuse to show numbers, in words,
 * for the live data and for an archived embed (`v=`) alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMemoryDuckDb } from '../../src/lib/db/node-duckdb';
import { openBrowser, type Session } from './browser';
import { serveStatic, type StaticServer } from './static-server';
import { DAMAGED_DATA } from '../../src/lib/manifest';

let root: string;
let server: StaticServer;
let session: Session;
let version: string;

/** Writes observations.parquet again with every value doubled: a well-formed file with wrong numbers. */
async function doubleValues(dir: string): Promise<void> {
  const file = join(dir, 'observations.parquet');
  const out = join(dir, 'doubled.parquet');
  const { con, close } = await openMemoryDuckDb();
  await con.run(
    `COPY (SELECT indicator, region_code, year, value * 2 AS value, status, source FROM read_parquet('${file}')) TO '${out}' (FORMAT parquet)`,
  );
  close();
  cpSync(out, file);
  rmSync(out);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'regionpuls-tampered-'));
  cpSync('build', root, { recursive: true });
  version = (JSON.parse(readFileSync(join(root, 'data', 'manifest.json'), 'utf8')) as { version: string })
    .version;
  await doubleValues(join(root, 'data'));
  await doubleValues(join(root, 'embed', 'data', version));
  server = await serveStatic(root);
  session = await openBrowser();
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('tampered data in a served copy', () => {
  it('the dashboard refuses a Parquet file that differs from the published one, and shows no numbers from it', async () => {
    const page = session.page;
    await page.goto(`${server.url}/?indicator=befolkning&regions=3103`);
    const alert = page.getByRole('alert').first();
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.innerText()).toContain(DAMAGED_DATA);
    // Moss 2020 doubled would be 98 546: it appears nowhere.
    expect(await page.locator('body').innerText()).not.toContain('98 546');
  });

  it('an archived embed refuses its tampered archive', async () => {
    const page = session.page;
    await page.goto(`${server.url}/embed?indicator=befolkning&regions=3103&v=${version}`);
    await page.getByText(DAMAGED_DATA).first().waitFor({ timeout: 30_000 });
    expect(await page.locator('body').innerText()).not.toContain('98 546');
  });

  it('a manifest whose row count was edited is refused', async () => {
    const manifestFile = join(root, 'data', 'manifest.json');
    const original = readFileSync(manifestFile, 'utf8');
    try {
      // Put the real file back, so only the row count is wrong.
      cpSync(join('build', 'data', 'observations.parquet'), join(root, 'data', 'observations.parquet'));
      const m = JSON.parse(original) as { tables: { observations: { rows: number; sha256: string } } };
      m.tables.observations.sha256 = (
        JSON.parse(readFileSync('build/data/manifest.json', 'utf8')) as typeof m
      ).tables.observations.sha256;
      m.tables.observations.rows += 1;
      writeFileSync(manifestFile, JSON.stringify(m));
      const page = session.page;
      await page.goto(`${server.url}/?indicator=befolkning&regions=3103&mode=indexed`);
      const alert = page.getByRole('alert').first();
      await alert.waitFor({ timeout: 30_000 });
      expect(await alert.innerText()).toContain(DAMAGED_DATA);
    } finally {
      writeFileSync(manifestFile, original);
    }
  });
});
