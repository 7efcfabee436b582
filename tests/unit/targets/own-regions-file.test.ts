/**
 * Own regions in the targets file: an optional `own_regions` list beside the targets, described by the
 * JSON Schema, remembered by the browser on import and written on export; files without it load as before.
 */
import { describe, expect, it } from 'vitest';
import { TargetsState } from '../../../src/lib/state/targets.svelte';
import { parseOwnRegions, parseTargetFile, targetFile } from '../../../src/lib/targets/target-file';
import { MAX_MEMBERS, MAX_NAME } from '../../../src/lib/groups/group';
import { MemoryStorage, makeTarget } from '../../fixtures/targets';
import { targetsJsonSchema } from '../../../src/lib/targets/file-format';

const KEY = 'regionpuls:own-regions:v1';
const target = makeTarget({ id: 'mal-1', title: 'Mål' });
const vaar = { name: 'Vår region', members: ['3103', '3112', '3114'] };

describe('own regions in the targets file', () => {
  it('round-trip beside the targets; a file without them loads as before', () => {
    const file = JSON.parse(targetFile([target], [vaar]));
    expect(Object.keys(file)).toEqual(['regionpuls_targets', 'targets', 'own_regions']);
    expect(parseTargetFile(file)).toEqual([target]);
    expect(parseOwnRegions(file)).toEqual([vaar]);
    const old = JSON.parse(targetFile([target]));
    expect(Object.keys(old)).toEqual(['regionpuls_targets', 'targets']);
    expect(parseOwnRegions(old)).toEqual([]);
  });

  it.each([
    [{ own_regions: 'x' }, 'må være en liste'],
    [{ own_regions: [{ name: 'A' }] }, 'egen region 1: må ha «name»'],
    [{ own_regions: [{ name: '', members: ['3103'] }] }, `navnet må ha 1–${MAX_NAME} tegn`],
    [{ own_regions: [{ name: 'A', members: [] }] }, 'ingen kommuner'],
    [{ own_regions: [{ name: 'A', members: ['3103', "31'; drop"] }] }, "«31'; drop» er ikke kommunenummer"],
    [
      { own_regions: [{ name: 'A', members: Array.from({ length: 61 }, (_, i) => String(3000 + i)) }] },
      `høyst ${MAX_MEMBERS}`,
    ],
    [{ own_regions: Array.from({ length: 11 }, () => vaar) }, 'flere enn 10'],
  ])('refuses %j: %s', (input, message) => {
    expect(() => parseOwnRegions(input)).toThrow(message);
  });

  it('the schema describes the same field and limits', () => {
    const schema = JSON.parse(JSON.stringify(targetsJsonSchema()));
    expect(schema.properties.own_regions.maxItems).toBe(10);
    const def = schema.$defs.own_region;
    expect(def.properties.name.maxLength).toBe(MAX_NAME);
    expect(def.properties.members.maxItems).toBe(MAX_MEMBERS);
    expect(schema.required).toEqual(['regionpuls_targets', 'targets']);
  });

  it('an import remembers the own regions; an export carries the remembered ones', () => {
    const storage = new MemoryStorage();
    const s = new TargetsState([]);
    expect(s.importFile(targetFile([target], [vaar]), 'mål.json', storage as unknown as Storage)).toBe(true);
    expect(s.message?.text).toBe('Importerte 1 mål og 1 egen region fra «mål.json».');
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual([vaar]);
    expect(JSON.parse(s.exportFile(storage)).own_regions).toEqual([vaar]);

    // A bad own region refuses the whole file, and nothing changes.
    const bad = JSON.stringify({
      regionpuls_targets: 1,
      targets: [{ ...target, id: 'mal-2' }],
      own_regions: [{ name: 'X', members: ['99'] }],
    });
    expect(s.importFile(bad, 'feil.json', storage as unknown as Storage)).toBe(false);
    expect(s.message?.text).toContain('egen region 1: «99» er ikke kommunenummer');
    expect(s.user.map((t) => t.id)).toEqual(['mal-1']);
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual([vaar]);
  });
});
