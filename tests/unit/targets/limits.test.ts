/**
 * The limits on the user's own targets, through the same state class the page uses: too many targets,
 * too large a file, too long a link — each refused with its message, and nothing the user had is lost.
 */
import { describe, expect, it } from 'vitest';
import { TargetsState, STORAGE_KEY } from '../../../src/lib/state/targets.svelte';
import { encodeTargets } from '../../../src/lib/targets/url';
import { targetFile } from '../../../src/lib/targets/target-file';
import type { Target } from '../../../src/lib/targets/model';
import { MemoryStorage, asStorage, makeTarget } from '../../fixtures/targets';
import { MAX_LINK_PARAM, MAX_USER_TARGETS } from '../../../src/lib/targets/limits';

const mine = (i: number, over: Partial<Target> = {}) =>
  makeTarget({ id: `mal-${i}`, title: `Mål ${i}`, indicator: 'sysselsatte', ...over });
const shipped = [mine(0, { id: 'levert' })];
const full = () => {
  const s = new TargetsState(shipped);
  const storage = new MemoryStorage();
  for (let i = 1; i <= MAX_USER_TARGETS; i++) expect(s.upsert(mine(i), asStorage(storage))).toBeNull();
  return { s, storage };
};

describe('at most 100 own targets', () => {
  it('refuses the 101st with a message, and still lets one be edited', () => {
    const { s, storage } = full();
    expect(s.upsert(mine(101), asStorage(storage))).toBe(
      'Du har 100 egne mål, som er det meste Regionpuls kan holde. Slett et mål før du legger til et nytt.',
    );
    expect(s.user).toHaveLength(100);
    expect(s.upsert(mine(5, { title: 'Endret' }), asStorage(storage))).toBeNull();
    expect(s.user.find((u) => u.id === 'mal-5')?.title).toBe('Endret');
  });
  it('refuses an import that would pass the limit, changing nothing', () => {
    const { s, storage } = full();
    const before = storage.getItem(STORAGE_KEY);
    const file = targetFile([mine(200), mine(201), mine(3)]);
    expect(s.importFile(file, 'mange.json', asStorage(storage))).toBe(false);
    expect(s.message?.text).toBe(
      '«mange.json» ble ikke importert: den har 3 mål, og sammen med de 100 du har fra før blir det mer enn 100, som er det meste Regionpuls kan holde. Ingen mål ble endret.',
    );
    expect(s.user).toHaveLength(100);
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
    // Replacing targets already there is no growth: allowed.
    expect(s.importFile(targetFile([mine(3, { title: 'Ny' })]), 'en.json', asStorage(storage))).toBe(true);
  });
});

describe('import file size', () => {
  it('refuses a file over 1 MB before reading it', () => {
    const s = new TargetsState(shipped);
    expect(s.acceptsFile('stor.json', 10_000_000)).toBe(false);
    expect(s.message?.text.replace(/\u00a0/g, ' ')).toBe(
      '«stor.json» ble ikke importert: filen er 10 MB, og en målfil kan være høyst 1 MB. Ingen mål ble endret.',
    );
    expect(new TargetsState(shipped).acceptsFile('liten.json', 1_000_000)).toBe(true);
  });
  it('refuses oversized text handed to the parser too, with the user’s targets intact', () => {
    const s = new TargetsState(shipped);
    const storage = new MemoryStorage();
    s.upsert(mine(1), asStorage(storage));
    expect(
      s.importFile(
        `{"regionpuls_targets":1,"targets":[],"x":"${'a'.repeat(1_000_001)}"}`,
        'x.json',
        asStorage(storage),
      ),
    ).toBe(false);
    expect(s.user.map((u) => u.id)).toEqual(['mal-1']);
  });
});

describe('the link', () => {
  it('carries the targets while they fit, and says to share a file when they do not', async () => {
    const s = new TargetsState(shipped);
    const storage = new MemoryStorage();
    s.upsert(mine(1), asStorage(storage));
    expect(await s.link()).toMatch(/^2\./);
    expect(s.linkTooLong).toBe(false);
    // Long free-text notes that do not compress: too long for a link, but still kept in the browser.
    let seed = 1;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const noisy = () =>
      Array.from({ length: 550 }, () => String.fromCharCode(65 + Math.floor(random() * 58))).join('');
    for (let i = 2; i <= 40; i++) s.upsert(mine(i, { note: noisy() }), asStorage(storage));
    expect(await s.link()).toBeNull();
    expect(s.linkTooLong).toBe(true);
    expect(s.param).toBeNull();
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).targets).toHaveLength(40);
    expect((await encodeTargets(s.user)).length).toBeGreaterThan(MAX_LINK_PARAM);
  });

  it('opens a link next to what the browser remembered; a bad link keeps the remembered targets', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, targetFile([mine(1), mine(2)]));
    const s = new TargetsState(shipped);
    await s.restore(
      new URLSearchParams({ t: await encodeTargets([mine(2, { title: 'Fra lenken' }), mine(3)]) }),
      asStorage(storage),
    );
    expect(s.user.map((u) => [u.id, u.title])).toEqual([
      ['mal-2', 'Fra lenken'],
      ['mal-3', 'Mål 3'],
      ['mal-1', 'Mål 1'],
    ]);
    expect(s.restored).toBe(true);

    const bad = new TargetsState(shipped);
    await bad.restore(new URLSearchParams({ t: '2.AAAA' }), asStorage(storage));
    expect(bad.message?.text).toBe(
      'Målene i lenken ble ikke lest: den kan ikke leses. Målene du hadde, er uendret.',
    );
    expect(bad.user).toHaveLength(3);
  });

  it('shows a full link without overwriting the browser’s own targets when together they pass the limit', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, targetFile([mine(500), mine(501)]));
    const s = new TargetsState(shipped);
    await s.restore(
      new URLSearchParams({ t: await encodeTargets(Array.from({ length: 100 }, (_, i) => mine(i + 1))) }),
      asStorage(storage),
    );
    expect(s.user).toHaveLength(100);
    expect(s.message?.kind).toBe('info');
    s.remove('mal-1', asStorage(storage));
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).targets.map((t: Target) => t.id)).toEqual([
      'mal-500',
      'mal-501',
    ]);
  });

  it('gives a user target that now clashes with a shipped id a new id instead of dropping it', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, targetFile([mine(1, { id: 'levert' })]));
    const s = new TargetsState(shipped);
    await s.restore(new URLSearchParams(), asStorage(storage));
    expect(s.user.map((u) => u.id)).toEqual(['levert-egen2']);
  });
});
