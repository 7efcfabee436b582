import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readInputs } from '../../../data/inputs';
import { regionsOf } from '../../../data/stage';
import { REGIONS_DIR } from '../../../data/paths';

const inputs = readInputs();
const regions = regionsOf(inputs);
const region = (code: string) => regions.find((r) => r.code === code);

describe('region table at 2024 borders', () => {
  it('has 357 kommuner, 15 fylker, land, 159 BA, 85 økonomiske regioner and the samarbeid groupings', () => {
    const count = (level: string, kind = '') =>
      regions.filter((r) => r.level === level && r.kind === kind).length;
    expect([
      count('kommune'),
      count('fylke'),
      count('land'),
      count('region', 'ba'),
      count('region', 'okonomisk'),
      count('region', 'samarbeid'),
    ]).toEqual([357, 15, 1, 159, 85, 6]);
  });

  it('gives a kommune its fylke, BA region, økonomisk region and samarbeid as parents', () => {
    expect(region('3103')).toMatchObject({
      name: 'Moss',
      level: 'kommune',
      fylke_code: '31',
      valid_from: 2024,
      valid_to: null,
      members: [],
      source: '',
    });
    expect(region('3103')?.parents).toEqual(['31', 'BA02', 'OR31003', 'mosseregionen']);
    expect(region('3114')?.name).toBe('Våler (Østfold)');
    expect(region('3419')?.parents).toEqual(['34', 'BA20', 'OR34003', 'elverumregionen']);
  });

  it('carries BA members from 2020 to 2024 codes, fixing the codes that were never official', () => {
    expect(region('BA02')?.members).toEqual(['3103', '3114']);
    expect(region('BA15')?.members).toEqual(['3401', '3414', '3415', '3416', '3417']);
    expect(region('5061')?.parents[1]).toBe('BA86'); // "1567 Rindal" in the BA file
    expect(region('3236')?.parents[1]).toBe('BA08'); // "3444 Jevnaker"
    const aalesund = regions.find((r) => r.kind === 'ba' && r.members.includes('1508'));
    expect(aalesund?.members).toContain('1580');
  });

  it('sets fylke_code of a grouping only when all members share one', () => {
    expect(region('mosseregionen')).toMatchObject({
      fylke_code: '31',
      parents: ['31'],
      members: ['3103', '3112', '3114'],
    });
    expect(region('BA05')?.fylke_code).toBeNull(); // Oslo/Bærum spans Oslo and Akershus
    expect(region('BA05')?.parents).toEqual(['0']);
    expect(region('0')?.members).toHaveLength(357);
    expect(region('31')?.members.every((k) => k.startsWith('31'))).toBe(true);
  });

  it('keeps the documented samarbeid memberships', () => {
    expect(region('kongsvingerregionen')?.members).toEqual(['3401', '3414', '3415', '3416', '3417', '3418']);
    expect(region('hamarregionen')?.members).toEqual(['3403', '3411', '3412', '3413']);
    expect(region('elverumregionen')?.members).toEqual(['3419', '3420', '3422']);
    expect(region('nedre-romerike')?.members).toEqual(['3205', '3222', '3224', '3226', '3232']);
    expect(region('grenland')?.members).toEqual(['4001', '4003', '4010', '4012', '4014', '4016']);
    for (const r of regions.filter((x) => x.kind === 'samarbeid')) expect(r.source).toMatch(/https?:\/\//);
  });
});

describe('samarbeid CSV validation', () => {
  const dirs: string[] = [];
  const groupingsDir = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'regionpuls-regions-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const header = 'id,name,valid_from,members,source\n';

  it('fails on a member that is not a 2024 kommune, naming file, line and code (SYNTHETIC fixture)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'regionpuls-regions-'));
    dirs.push(dir);
    copyFileSync(
      fileURLToPath(new URL('../../fixtures/pipeline/SYNTHETIC_samarbeid_bad_member.csv', import.meta.url)),
      join(dir, 'SYNTHETIC_samarbeid_bad_member.csv'),
    );
    expect(() => regionsOf({ ...inputs, groupingsDir: dir })).toThrow(
      'data/regions/SYNTHETIC_samarbeid_bad_member.csv line 3: member "3002" of mosseregionen is not a 2024 kommune code',
    );
  });

  it('fails on an id used twice, across files', () => {
    const dir = groupingsDir({
      'a.csv': `${header}moss,Moss,2024,3103,x\n`,
      'b.csv': `# comment\n${header}moss,Moss igjen,2024,3112,y\n`,
    });
    expect(() => regionsOf({ ...inputs, groupingsDir: dir })).toThrow(
      'data/regions/b.csv line 3: region id moss is already used (data/regions/a.csv line 2)',
    );
  });

  it('fails on an invalid slug, a duplicate member, a wrong header', () => {
    expect(() =>
      regionsOf({ ...inputs, groupingsDir: groupingsDir({ 'a.csv': `${header}Moss,Moss,2024,3103,x\n` }) }),
    ).toThrow(/line 2: invalid region id "Moss"/);
    expect(() =>
      regionsOf({
        ...inputs,
        groupingsDir: groupingsDir({ 'a.csv': `${header}moss,Moss,2024,3103 3103,x\n` }),
      }),
    ).toThrow(/line 2: member 3103 listed twice/);
    expect(() =>
      regionsOf({ ...inputs, groupingsDir: groupingsDir({ 'a.csv': `${header}egen-1,Egen,2024,3103,x\n` }) }),
    ).toThrow(/line 2: region id egen-1 starts with "egen-", which is reserved/);
    expect(() =>
      regionsOf({ ...inputs, groupingsDir: groupingsDir({ 'a.csv': 'id,name,members\n' }) }),
    ).toThrow(/line 1: header must be/);
  });

  it('reads the real data/regions folder without complaint', () => {
    expect(() => regionsOf({ ...inputs, groupingsDir: REGIONS_DIR })).not.toThrow();
  });
});
