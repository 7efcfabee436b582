/**
 * The targets page's cards (src/lib/targets/board.ts): which targets get a card, which say why they
 * cannot be measured, and how the cards are grouped. Series: Kongsvinger kommune's real jobs (SSB 11618,
 * as in evaluate.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { groupTargetViews, measureTargets } from '../../../src/lib/targets/board';
import type { Target } from '../../../src/lib/targets/model';
import { jobsIndicator, kongsvingerJobs, makeTarget } from '../../fixtures/targets';

const jobs = jobsIndicator;
const kongsvinger = kongsvingerJobs;
const target = (id: string, over: Partial<Target> = {}) =>
  makeTarget({ id, region: '3401', indicator: 'sysselsatte', base_year: 2016, end_year: 2028, ...over });

describe('measureTargets and groupTargetViews', () => {
  const targets = [
    target('a', { kind: 'per_year', amount: 100 }),
    target('b', { kind: 'rate', amount: 0.01 }),
    target('c', { kind: 'per_year', amount: 50, region: '9999' }),
    target('d', { kind: 'per_year', amount: 20, region: '3403' }),
    target('e', { kind: 'per_year', amount: 10, region: '3405' }),
  ];
  const problems = new Map<string, string | null>([['c', 'ukjent kommune 9999']]);
  const loaded = {
    series: { 'sysselsatte|3401': kongsvinger },
    errors: { 'sysselsatte|3403': 'Tallene kunne ikke lastes' },
  };
  const views = measureTargets(
    targets,
    problems,
    loaded,
    () => jobs,
    () => 'Kongsvinger',
  );

  it('measures the loaded, explains the problem and the failed load, and waits for the rest', () => {
    expect(views.map((v) => v.target.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(views.map((v) => v.actual.length)).toEqual([3, 3, 0, 0]);
    expect(views[2]?.missing).toBe('ukjent kommune 9999');
    expect(views[3]?.missing).toBe('Tallene kunne ikke lastes');
  });

  it('groups by indicator and form in first-seen order, problems apart', () => {
    expect(groupTargetViews(views, problems).map((g) => [g.key, g.list.map((v) => v.target.id)])).toEqual([
      ['sysselsatte|per_year', ['a', 'd']],
      ['sysselsatte|rate', ['b']],
      ['problem', ['c']],
    ]);
  });
});
