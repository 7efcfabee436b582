/**
 * Targets on own regions: a target whose region is the user's own region, summed over its kommuner only
 * in years where every one has a value, written in the file and link as `egen-N` into `own_regions`, and
 * measured on SSB's figures as they stand in the data: Moss 52 051 + Råde 7 883 + Våler 6 145 = 66 079
 * inhabitants on 1 January 2024 (SSB 07459), equal to the shipped Mosseregionen in every year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../../src/lib/db/node';
import type { NodeDb } from '../../../src/lib/db/node';
import { TargetsState } from '../../../src/lib/state/targets.svelte';
import { parseTarget, parseTargetFile, targetFile } from '../../../src/lib/targets/target-file';
import { decodeTargets, encodeTargets } from '../../../src/lib/targets/url';
import { loadTargetSeries } from '../../../src/lib/targets/series';
import { lookupProblem } from '../../../src/lib/targets/evaluate';
import { progress } from '../../../src/lib/targets/arithmetic';
import type { Indicator } from '../../../src/lib/schema';
import { MemoryStorage, asStorage, makeTarget } from '../../fixtures/targets';

const MOSS = ['3103', '3112', '3114'];
const vaar = { name: 'Vår region', members: MOSS };
const onVaar = makeTarget({
  id: 'vaar-70000',
  title: '70 000 innbyggere i Vår region',
  region: MOSS.join('+'),
  own_region: 'Vår region',
  kind: 'level',
  amount: 70000,
  base_year: 2020,
  end_year: 2030,
});

let db: NodeDb;
beforeAll(async () => {
  db = await openNodeDb('static/data');
}, 60_000);
afterAll(() => db?.close());

describe('a target on an own region', () => {
  it('is written as egen-N into the file’s own_regions and read back whole', () => {
    const plain = makeTarget({ id: 'moss', region: '3103' });
    const file = JSON.parse(targetFile([plain, onVaar], [{ name: 'Annen', members: ['3101'] }]));
    expect(file.targets[1].region).toBe('egen-1');
    expect(file.targets[1].own_region).toBeUndefined();
    // The target's own region first, then the remembered ones.
    expect(file.own_regions).toEqual([vaar, { name: 'Annen', members: ['3101'] }]);
    expect(parseTargetFile(file)).toEqual([plain, onVaar]);
  });

  it('refuses a pointer to an own region the file does not have, and more than 60 members', () => {
    const file = {
      regionpuls_targets: 1,
      targets: [{ ...onVaar, own_region: undefined, region: 'egen-2' }],
      own_regions: [vaar],
    };
    expect(() => parseTargetFile(file)).toThrow(
      'mål 1: «egen-2» viser til en egen region som ikke er i filen',
    );
    const sixty = Array.from({ length: 60 }, (_, i) => String(3000 + i));
    // 60 members (299 characters) pass the usual 200-character region limit; 61 do not.
    expect(parseTarget({ ...onVaar, region: sixty.join('+') }, 'målet').region.split('+')).toHaveLength(60);
    expect(() => parseTarget({ ...onVaar, region: [...sixty, '3999'].join('+') }, 'målet')).toThrow(
      'høyst 60',
    );
    expect(() => parseTarget({ ...onVaar, region: [...sixty, '3999', '3998'].join('+') }, 'målet')).toThrow(
      'lengre enn 200 tegn',
    );
    expect(() => parseTarget({ ...onVaar, region: '3103+31' }, 'målet')).toThrow('kommunenummer');
  });

  it('travels in a target link', async () => {
    const { targets, error } = await decodeTargets(await encodeTargets([onVaar]));
    expect(error).toBeNull();
    expect(targets).toEqual([onVaar]);
  });

  it('the file can be exported with own regions and no target', async () => {
    const storage = new MemoryStorage();
    storage.setItem('regionpuls:own-regions:v1', JSON.stringify([vaar]));
    const s = new TargetsState([]);
    expect(s.canExport).toBe(false);
    await s.restore(new URLSearchParams(), asStorage(storage));
    expect(s.user).toEqual([]);
    expect(s.canExport).toBe(true);
    expect(JSON.parse(s.exportFile(storage))).toEqual({
      regionpuls_targets: 1,
      targets: [],
      own_regions: [vaar],
    });
  });

  it('is measured on the members’ sum: 66 079 inhabitants in 2024, as Mosseregionen in every year', async () => {
    const own = await loadTargetSeries(db.engine, 'befolkning', onVaar.region, onVaar.own_region);
    const shipped = await loadTargetSeries(db.engine, 'befolkning', 'mosseregionen');
    expect(own.find((p) => p.year === 2024)?.value).toBe(52051 + 7883 + 6145);
    expect(own.find((p) => p.year === 2024)?.value).toBe(66079);
    expect(own).toEqual(shipped);
    // The same rule as a «+» sum of the three codes.
    expect(await loadTargetSeries(db.engine, 'befolkning', MOSS.join('+'))).toEqual(own);
    // Jobs: Orkland + Rindal has no 2019 value (Rindal has no figure that year), never Orkland alone.
    const ork = await loadTargetSeries(db.engine, 'sysselsatte', '5059+5061', 'Orkland og Rindal');
    expect(ork.find((p) => p.year === 2019)?.value ?? null).toBeNull();
    expect(ork.find((p) => p.year === 2020)?.value).toBeGreaterThan(0);
  });

  it('is looked up by its members and measured like any level target', async () => {
    const indicator = { id: 'befolkning', unit: 'personer', name_nb: 'Befolkning' } as Indicator;
    expect(lookupProblem(onVaar, new Set(MOSS), new Map([['befolkning', indicator]]))).toBeNull();
    const actual = await loadTargetSeries(db.engine, 'befolkning', onVaar.region, onVaar.own_region);
    // 1 January 2020: Moss 49 273 + Råde 7 508 + Våler 5 736 = 62 517; 2026: 53 207 + 7 892 + 6 229 = 67 328.
    const p = progress(onVaar, actual);
    expect(p).toMatchObject({ start: { year: 2020, value: 49273 + 7508 + 5736 } });
    expect(p).toMatchObject({ latestYear: 2026, latest: 53207 + 7892 + 6229 });
  });
});
