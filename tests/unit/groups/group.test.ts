import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hostileValue } from '../../fixtures/hostile-queries';
import { parseView, viewToParams } from '../../../src/lib/config';
import { readableSearch } from '../../../src/lib/embed/params';
import {
  MAX_GROUPS,
  MAX_MEMBERS,
  MAX_NAME,
  freeSlot,
  groupCode,
  parseGroups,
  reportPath,
  validateGroup,
} from '../../../src/lib/groups/group';
import { t } from '../../../src/lib/i18n';

// The 2024 kommuner of Østfold and Innlandet used here, and a few other codes that are not kommuner.
const kommuner = ['3101', '3103', '3105', '3107', '3112', '3114', '3401', '3403', '3405'];
const many = Array.from({ length: 70 }, (_, i) => String(3000 + i));
const known = {
  indicators: new Set(['befolkning']),
  regions: new Set([...kommuner, ...many, '31', '0', 'mosseregionen', 'BA15']),
};
const isKommune = (c: string) => known.regions.has(c) && /^\d{4}$/.test(c);
const parse = (q: string) => parseView(new URLSearchParams(q), known);

describe('own regions in a link', () => {
  it('reads g1 as a named group and takes egen-1 into the comparison', () => {
    const { view, notices } = parse('regions=3103,egen-1&g1=Vår region:3101,3103,3105');
    expect(notices).toEqual([]);
    expect(view.groups).toEqual([{ slot: 1, name: 'Vår region', members: ['3101', '3103', '3105'] }]);
    expect(view.regions).toEqual(['3103', 'egen-1']);
  });

  it('survives its own link, readable, and a name with a colon keeps it', () => {
    const { view } = parse(
      'regions=egen-2,egen-1&g2=Prosjekt: Øst:3112,3114&g1=Mosseregionen 2:3103,3112,3114',
    );
    expect(view.groups.map((g) => g.name)).toEqual(['Mosseregionen 2', 'Prosjekt: Øst']);
    const search = readableSearch(viewToParams(view));
    expect(search).toContain('regions=egen-2,egen-1');
    expect(search).toContain('g1=Mosseregionen+2%3A3103,3112,3114');
    expect(parseView(new URLSearchParams(search), known)).toEqual({ view, notices: [] });
  });

  it('refuses a group with an unknown member whole, names the code, and keeps the rest of the view', () => {
    const { view, notices } = parse('regions=3103,egen-1,egen-2&g1=Feil:3103,9999,31&g2=Rett:3401,3403');
    expect(view.groups).toEqual([{ slot: 2, name: 'Rett', members: ['3401', '3403'] }]);
    expect(view.regions).toEqual(['3103', 'egen-2']);
    expect(notices).toEqual([
      { kind: 'invalid-group', param: 'g1', problem: 'unknown-members', values: ['9999', '31'] },
      { kind: 'unknown-region', values: ['egen-1'], count: 1 },
    ]);
  });

  it('refuses tampered and oversized groups with a reason each', () => {
    const long = 'x'.repeat(61);
    const cases: [string, string][] = [
      [`g1=${long}:3103`, 'name'],
      ['g1=:3103', 'name'],
      ['g1=Navn%00:3103', 'name'],
      ['g1=Navn uten kolon', 'format'],
      ['g1=Tom:', 'no-members'],
      [`g1=Stor:${many.slice(0, MAX_MEMBERS + 1).join(',')}`, 'too-many-members'],
      [`g1=Lang:${'3103,'.repeat(200)}`, 'too-long'],
      ['g9=Ni:3103', 'too-many-groups'],
      ["g1=x:3103' OR 1=1 --", 'unknown-members'],
    ];
    for (const [q, problem] of cases) {
      const { view, notices } = parse(`regions=3103,egen-1&${q}`);
      expect(notices[0], q).toMatchObject({ kind: 'invalid-group', problem });
      expect(view.groups, q).toEqual([]);
      expect(view.regions, q).toEqual(['3103']);
    }
  });

  it('keeps exactly MAX_MEMBERS members, drops repeats, and tidies the name', () => {
    const g = validateGroup(1, '  Stor   region ', [...many.slice(0, MAX_MEMBERS), '3000'], isKommune);
    expect(g).toEqual({ slot: 1, name: 'Stor region', members: many.slice(0, MAX_MEMBERS) });
  });

  it('reads at most g1 … g5, and a repeated parameter only once', () => {
    const q = Array.from({ length: 7 }, (_, i) => `g${i + 1}=R${i + 1}:3103`).join('&') + '&g1=Annen:3112';
    const { groups, refused } = parseGroups(new URLSearchParams(q), isKommune);
    expect(groups.map((g) => g.slot)).toEqual([1, 2, 3, 4, 5]);
    expect(groups[0]).toEqual({ slot: 1, name: 'R1', members: ['3103'] });
    expect(refused).toEqual([{ param: 'g', problem: 'too-many-groups', values: [] }]);
    expect(MAX_GROUPS).toBe(5);
    expect(freeSlot(groups)).toBeNull();
    expect(freeSlot([{ slot: 1 }, { slot: 3 }])).toBe(2);
  });

  it('a group code without its definition is an unknown region', () => {
    const { view, notices } = parse('regions=3103,egen-4');
    expect(view.regions).toEqual(['3103']);
    expect(notices).toEqual([{ kind: 'unknown-region', values: ['egen-4'], count: 1 }]);
  });
});

describe('hostile own regions never throw and always give a valid view', () => {
  const member = fc.oneof(fc.constantFrom(...kommuner, '31', 'BA15', '9999', ''), hostileValue());
  const name = fc.oneof(fc.constantFrom('Vår region', 'Ø:st', ''), hostileValue());
  const group = fc
    .tuple(fc.integer({ min: 0, max: 12 }), name, fc.array(member, { maxLength: 80 }), fc.boolean())
    .map(([n, nm, ms, colon]) => `g${n}=${encodeURIComponent(colon ? `${nm}:${ms.join(',')}` : nm)}`);
  const query = fc
    .tuple(
      fc.array(group, { maxLength: 8 }),
      fc.array(fc.constantFrom('3103', 'egen-1', 'egen-2', 'egen-6', 'egen-x'), { maxLength: 12 }),
    )
    .map(([gs, rs]) => [`regions=${rs.join(',')}`, ...gs].join('&'));

  it('2 000 generated links: valid groups only, every egen code defined, each refusal said in words', () => {
    fc.assert(
      fc.property(query, (q) => {
        const { view, notices } = parseView(new URLSearchParams(q), known);
        expect(view.groups.length).toBeLessThanOrEqual(MAX_GROUPS);
        for (const g of view.groups) {
          expect(g.name.length).toBeGreaterThan(0);
          expect(g.name.length).toBeLessThanOrEqual(MAX_NAME);
          expect(g.members.length).toBeGreaterThan(0);
          expect(g.members.length).toBeLessThanOrEqual(MAX_MEMBERS);
          for (const m of g.members) expect(isKommune(m)).toBe(true);
        }
        const codes = new Set(view.groups.map((g) => groupCode(g.slot)));
        for (const c of view.regions) expect(known.regions.has(c) || codes.has(c)).toBe(true);
        for (const n of notices) expect(t.notice(n).length).toBeLessThan(600);
        expect(parseView(viewToParams(view), known)).toEqual({ view, notices: [] });
      }),
      { numRuns: 2000, seed: 17 },
    );
  });
});

describe('report links of a view', () => {
  it('links a shipped region to its page and an own region to its page with its members', () => {
    const { view } = parse('regions=3103,egen-1,egen-2&g1=Vår region:3103,3105');
    expect(reportPath('3103', view.groups)).toBe('/region/3103');
    expect(reportPath('mosseregionen', view.groups)).toBe('/region/mosseregionen');
    expect(reportPath('egen-1', view.groups)).toBe(
      '/region/egen-1?g1=V%C3%A5r+region%3A3103%2C3105'.replace(/%2C/g, ','),
    );
    // An own region the link does not define has no report.
    expect(reportPath('egen-2', view.groups)).toBeNull();
  });
});
