/**
 * Fetched data numbered as of a year after the shipped classification (data/later-years.ts): the fetched
 * KLASS 131/104 lists carry the last shipped version forward when the codes did not change, and stop
 * the build, naming the change, when they did.
 *
 * The KLASS answers here are TEST-MADE, not SSB answers: they have the shape of KLASS
 * `/classifications/{id}/codes` (`codes[].code/name/validFromInRequestedRange/validToInRequestedRange`)
 * and `/changes` (`codeChanges[]`), filled with the codes of the shipped classification (KLASS 108
 * file, 1 January 2025). The population figures come from the SYNTHETIC fixture folder.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openMemoryDuckDb } from '../../../src/lib/db/node-duckdb';
import { buildData } from '../../../data/build';
import { carryToLaterYears, codesOn } from '../../../data/later-years';
import { parseKlass108Csv, type KlassKommuneRow } from '../../../data/parse/klass108-csv';
import { RAW, rawPath } from '../../../data/paths';

const FIXTURE = join(import.meta.dirname, '../../fixtures/fetched/ssb_api.SYNTHETIC');
const root = mkdtempSync(join(tmpdir(), 'regionpuls-later-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const shipped: KlassKommuneRow[] = parseKlass108Csv(rawPath(RAW.klass108));
const rows2025 = shipped.filter((r) => r.year === 2025);

interface Code {
  code: string;
  name: string;
  validFromInRequestedRange: string | null;
  validToInRequestedRange: string | null;
}
const kommuneCodes = (extra: Code[] = [], endMoss: string | null = null): { codes: Code[] } => ({
  codes: [
    ...rows2025.map((r) => ({
      code: r.code,
      name: r.name,
      validFromInRequestedRange: '2024-01-01',
      validToInRequestedRange: r.code === '3103' ? endMoss : null,
    })),
    // Placeholders KLASS 131 lists too; they are no kommuner of the dashboard.
    {
      code: '9999',
      name: 'Uoppgitt',
      validFromInRequestedRange: '2005-01-01',
      validToInRequestedRange: null,
    },
    ...extra,
  ],
});
// A range ending at the retrieval day, as KLASS gives it when asked with `to`.
const fylkeCodes = (): { codes: Code[] } => ({
  codes: [...new Map(rows2025.map((r) => [r.fylke, r.fylkeName]))].map(([code, name]) => ({
    code,
    name,
    validFromInRequestedRange: '2024-01-01',
    validToInRequestedRange: '2027-11-25',
  })),
});

describe('codesOn', () => {
  const codes: Code[] = [
    {
      code: '3002',
      name: 'Moss',
      validFromInRequestedRange: '2020-01-01',
      validToInRequestedRange: '2024-01-01',
    },
    { code: '3103', name: 'Moss', validFromInRequestedRange: '2024-01-01', validToInRequestedRange: null },
    {
      code: '2111',
      name: 'Svalbard',
      validFromInRequestedRange: '2005-01-01',
      validToInRequestedRange: null,
    },
  ];
  it('reads validTo as the first day no longer valid, and leaves placeholders out', () => {
    expect([...codesOn(codes, 2023, 'kommune').keys()]).toEqual(['3002']);
    expect([...codesOn(codes, 2024, 'kommune').keys()]).toEqual(['3103']);
    expect([...codesOn(codes, 2026, 'kommune')]).toEqual([['3103', 'Moss']]);
  });
});

describe('carryToLaterYears', () => {
  const klass = { 'klass-131-codes': kommuneCodes(), 'klass-104-codes': fylkeCodes() };

  it('adds nothing when the fetched data stay within the shipped years', () => {
    const r = carryToLaterYears(shipped, klass, [2019, 2024, 2025]);
    expect(r.added).toEqual([]);
    expect(r.klass).toHaveLength(shipped.length);
  });

  it('copies the 2025 version to 2026 and 2027 when KLASS lists the same 357 kommuner and 15 fylker', () => {
    const r = carryToLaterYears(shipped, klass, [2026, 2024, 2027]);
    expect(r.added).toEqual([2026, 2027]);
    expect(rows2025).toHaveLength(357);
    expect(r.klass.filter((k) => k.year === 2026)).toHaveLength(357);
    expect(new Set(r.klass.filter((k) => k.year === 2027).map((k) => k.fylke)).size).toBe(15);
    expect(r.klass.find((k) => k.year === 2026 && k.code === '3103')).toMatchObject({
      name: 'Moss',
      fylke: '31',
      regionCode: rows2025.find((k) => k.code === '3103')?.regionCode,
    });
  });

  it("stops, naming the codes and SSB's change, when a kommune changes after 2025", () => {
    const changed = {
      'klass-131-codes': kommuneCodes(
        [
          {
            code: '3199',
            name: 'Moss og Råde',
            validFromInRequestedRange: '2026-01-01',
            validToInRequestedRange: null,
          },
        ],
        '2026-01-01',
      ),
      'klass-104-codes': fylkeCodes(),
      'klass-131-changes': {
        codeChanges: [
          {
            oldCode: '3103',
            oldName: 'Moss',
            newCode: '3199',
            newName: 'Moss og Råde',
            changeOccurred: '2026-01-01',
          },
        ],
      },
    };
    expect(() => carryToLaterYears(shipped, changed, [2026])).toThrow(
      'KLASS shows kommune or county codes changing between 1 January 2025 and 1 January 2026: new 3199 Moss og Råde; gone 3103 Moss. ' +
        "SSB's change list: 3103 Moss → 3199 Moss og Råde (2026-01-01). Regionpuls harmonises to 2024 borders",
    );
  });

  it('refuses a KLASS list that does not match the shipped 2025 codes, and an answer that is not a code list', () => {
    const partial = {
      'klass-131-codes': { codes: kommuneCodes().codes.filter((c) => c.code !== '3103') },
      'klass-104-codes': fylkeCodes(),
    };
    expect(() => carryToLaterYears(shipped, partial, [2026])).toThrow(
      'fetched klass-131-codes disagrees with the shipped classification on 1 January 2025 (only in the shipped file: 3103 Moss)',
    );
    expect(() =>
      carryToLaterYears(shipped, { 'klass-131-codes': { error: 'x' }, 'klass-104-codes': fylkeCodes() }, [
        2026,
      ]),
    ).toThrow('fetched klass-131-codes: not a KLASS codes answer (no "codes" list)');
  });
});

describe('a build with 2026 data and the KLASS lists', () => {
  it('places 2026 figures on 2024 borders like any other year', async () => {
    const dir = join(root, 'ssb_api_2026');
    cpSync(FIXTURE, dir, { recursive: true });
    const file = join(dir, '07459.SYNTHETIC.json');
    writeFileSync(file, readFileSync(file, 'utf-8').replaceAll('"2024"', '"2026"'));
    writeFileSync(join(dir, 'klass-131-codes.json'), JSON.stringify(kommuneCodes()));
    writeFileSync(join(dir, 'klass-104-codes.json'), JSON.stringify(fylkeCodes()));
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf-8')) as {
      klass: Record<string, unknown>;
    };
    for (const name of ['klass-131-codes', 'klass-104-codes'])
      index.klass[name] = {
        data: `${name}.json`,
        meta: `${name}.meta.json`,
        retrieved_at: '2026-11-25T08:00:00.000Z',
      };
    writeFileSync(join(dir, 'index.json'), JSON.stringify(index));

    const out = join(root, 'built');
    const manifest = await buildData({
      outputDir: out,
      builtAt: new Date('2026-11-25T00:00:00Z'),
      fetchedDir: dir,
    });
    expect(manifest.indicators.befolkning?.years).toEqual([1986, 2026]);
    const { con, close } = await openMemoryDuckDb();
    try {
      const got = (
        await con.runAndReadAll(
          `SELECT region_code, value, status FROM '${join(out, 'observations.parquet')}' WHERE indicator = 'befolkning' AND year = 2026 AND region_code IN ('0', '31', '3103') ORDER BY region_code`,
        )
      ).getRowObjectsJS();
      // The SYNTHETIC fixture's 2024 column, relabelled 2026: Hele landet, Østfold 31 and 3103 Moss (ahead of the shipped 2026 figures).
      expect(got.map((r) => `${String(r.region_code)} ${Number(r.value)} ${String(r.status)}`)).toEqual([
        '0 5300004 reported',
        '31 310001 reported',
        '3103 49004 reported',
      ]);
    } finally {
      close();
    }
  }, 120_000);
});
