/**
 * User targets in a link: the compact `2.` encoding round-trips, links written before it still open,
 * and a tampered, oversized or over-full link gives a message instead of an exception.
 */
import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { decodeTargets, encodeTargets } from '../../../src/lib/targets/url';
import { parseTargetFile } from '../../../src/lib/targets/target-file';
import type { Target } from '../../../src/lib/targets/model';
import { MAX_LINK_PARAM, MAX_USER_TARGETS } from '../../../src/lib/targets/limits';

const mine = (i: number): Target => ({
  id: `mal-${i}`,
  title: `Mål nummer ${i}: flere arbeidsplasser i regionen`,
  region: i % 2 ? '3103' : 'kongsvingerregionen+3419',
  indicator: 'sysselsatte',
  base_year: 2015,
  kind: 'per_year',
  amount: 100 + i,
  end_year: 2030,
  set_by: i % 3 ? 'Regionrådet' : '',
  source: '',
  source_url: '',
  illustration: false,
  note: '',
});
/** A link the app wrote before compression: base64url of the target file. */
const oldLink = (targets: unknown[]) =>
  Buffer.from(JSON.stringify({ regionpuls_targets: 1, targets })).toString('base64url');

describe('compact link', () => {
  it('round-trips, versioned with "2."', async () => {
    const targets = [mine(1), mine(2), { ...mine(3), note: 'Med «sitat» og æøå', illustration: true }];
    const param = await encodeTargets(targets);
    expect(param).toMatch(/^2\.[A-Za-z0-9_-]+$/);
    expect(await decodeTargets(param)).toEqual({ targets, error: null });
  });
  it('still opens links written before compression', async () => {
    const [t] = parseTargetFile({ regionpuls_targets: 1, targets: [mine(7)] });
    expect(await decodeTargets(oldLink([t]))).toEqual({ targets: [t], error: null });
  });
  it('fits the most targets a user can have (100 of this size) within the link limit, at under a third of the old length', async () => {
    const targets = Array.from({ length: MAX_USER_TARGETS }, (_, i) => mine(i));
    const param = await encodeTargets(targets);
    expect(param.length).toBeLessThan(MAX_LINK_PARAM);
    expect(param.length * 3).toBeLessThan(oldLink(targets).length);
    expect((await decodeTargets(param)).targets).toHaveLength(MAX_USER_TARGETS);
  });
});

describe('a bad link gives a message, never an exception', () => {
  it.each([
    ['not*base64', 'lenken har tegn som ikke hører hjemme der'],
    ['2.not*base64', 'lenken har tegn som ikke hører hjemme der'],
    ['2.AAAA', 'den kan ikke leses'],
    ['eyJ', 'den kan ikke leses'],
    ['x'.repeat(20_001), 'lenken er for lang'],
  ])('%s', async (param, why) => {
    const r = await decodeTargets(param);
    expect(r.targets).toEqual([]);
    expect(r.error).toBe(`Målene i lenken ble ikke lest: ${why}. Målene du hadde, er uendret.`);
  });
  it('a target the parser refuses', async () => {
    expect((await decodeTargets(oldLink([{ ...mine(1), kind: 'x' }]))).error).toContain(
      '«kind» må være en av',
    );
  });
  it('a small link that unpacks to more than 1 MB (a zip bomb)', async () => {
    const bomb =
      '2.' +
      deflateRawSync(
        Buffer.from(`{"regionpuls_targets":1,"targets":[],"x":"${' '.repeat(2_000_000)}"}`),
      ).toString('base64url');
    expect(bomb.length).toBeLessThan(20_000);
    expect((await decodeTargets(bomb)).error).toBe(
      'Målene i lenken ble ikke lest: lenken pakker ut til mer enn 1 MB. Målene du hadde, er uendret.',
    );
  });
  it('more targets than a user can have', async () => {
    const r = await decodeTargets(await encodeTargets(Array.from({ length: 101 }, (_, i) => mine(i))));
    expect(r.targets).toEqual([]);
    expect(r.error).toBe(
      'Lenken har 101 mål, mer enn de 100 Regionpuls kan holde, og ble ikke lest. Be om målene som fil og importer den. Målene du hadde, er uendret.',
    );
  });
});
