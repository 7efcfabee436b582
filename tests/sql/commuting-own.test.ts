/**
 * Commuting (SSB 03321) for an own region («egen region»), on real DuckDB over the built Parquet in
 * static/data. Kongsvinger 3401 + Eidskog 3416 as one area: the flows between the two become inside
 * flows. The expected figures are summed here straight from the commuting table, in separate plain
 * queries, and checked against the hand sums below (4th quarter 2022).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/lib/db/node';
import type { NodeDb } from '../../src/lib/db/node';
import { commutingFlowsQuery, commutingSummaryQuery } from '../../src/lib/sql/commuting';
import type { CommutingFlowRow, CommutingYearRow } from '../../src/lib/sql/commuting';
import { loadCommuting } from '../../src/lib/commuting/load';

let db: NodeDb;
beforeAll(async () => {
  db = await openNodeDb('static/data');
});
afterAll(() => db?.close());

const MEMBERS = ['3401', '3416'];
/**
 * Kongsvinger + Eidskog, 4th quarter 2022, summed from static/data's commuting table: 10 612 jobs,
 * 10 736 employed residents, 8 146 live and work in the two, so 2 466 in- and 2 590 out-commuters.
 */
const HAND_2022 = { jobs: 10612, residents: 10736, inside: 8146 };

/** One flow's persons in 2022, or 0 when SSB's matrix has no cell (a zero flow). */
async function cell(work: string, home: string): Promise<number> {
  const rows = await db.engine.query<{ n: number | null }>({
    sql: 'SELECT sum(persons) AS n FROM commuting WHERE year = 2022 AND work_code = ? AND home_code = ?',
    params: [work, home],
  });
  return rows[0]?.n ?? 0;
}

async function total(column: 'work_code' | 'home_code', code: string): Promise<number> {
  const rows = await db.engine.query<{ n: number }>({
    sql: `SELECT sum(persons) AS n FROM commuting WHERE year = 2022 AND ${column} = ?`,
    params: [code],
  });
  return rows[0]!.n;
}

describe('commuting for an own region', () => {
  it('sums Kongsvinger + Eidskog 2022 across their joint border', async () => {
    const [jobsK, jobsE, resK, resE] = await Promise.all([
      total('work_code', '3401'),
      total('work_code', '3416'),
      total('home_code', '3401'),
      total('home_code', '3416'),
    ]);
    const inside =
      (await cell('3401', '3401')) +
      (await cell('3416', '3416')) +
      (await cell('3401', '3416')) +
      (await cell('3416', '3401'));
    // Kongsvinger alone: 8 663 jobs, 8 043 employed residents (tests/sql/commuting.test.ts).
    expect(jobsK).toBe(8663);
    expect(resK).toBe(8043);

    const rows = await db.engine.query<CommutingYearRow>(commutingSummaryQuery('egen-1', MEMBERS));
    const r = rows.find((x) => x.year === 2022)!;
    expect(r).toMatchObject({
      members: 2,
      complete: true,
      jobs: jobsK + jobsE,
      residents: resK + resE,
      inside,
      in_commuters: jobsK + jobsE - inside,
      out_commuters: resK + resE - inside,
    });
    expect(r.in_commuters).toBe(2466);
    expect(r.out_commuters).toBe(2590);
    expect(HAND_2022).toEqual({
      jobs: jobsK + jobsE,
      residents: resK + resE,
      inside,
    });
    // 11618's counts summed over both members, the house rule for sums.
    const ind = await db.engine.query<{ indicator: string; v: number }>({
      sql: `SELECT indicator, sum(value) AS v FROM observations WHERE year = 2022 AND region_code IN (?, ?)
        AND indicator IN ('sysselsatte', 'sysselsatte_bosted') GROUP BY indicator ORDER BY indicator`,
      params: MEMBERS,
    });
    expect(r.jobs_indicator).toBe(ind.find((i) => i.indicator === 'sysselsatte')!.v);
    expect(r.residents_indicator).toBe(ind.find((i) => i.indicator === 'sysselsatte_bosted')!.v);
  });

  it('binds the members as parameters, never in the SQL text', () => {
    const q = commutingSummaryQuery('egen-1', MEMBERS);
    expect(q.sql).not.toContain('3401');
    expect(q.params).toEqual(expect.arrayContaining(['egen-1', '3401', '3416']));
    expect(commutingFlowsQuery('egen-1', 2022, 2017, 10, MEMBERS).sql).not.toContain('3416');
  });

  it('leaves out flows between members and is missing in a year a member is absent', async () => {
    const flows = await db.engine.query<CommutingFlowRow>(
      commutingFlowsQuery('egen-1', 2022, 2017, 25, MEMBERS),
    );
    expect(flows.length).toBeGreaterThan(0);
    expect(flows.some((f) => MEMBERS.includes(f.other_code))).toBe(false);
    // Rindal 5061 is absent from SSB's file in 2019: an own region holding it has no 2019 figures.
    const rows = await db.engine.query<CommutingYearRow>(commutingSummaryQuery('egen-2', ['5061', '5055']));
    const y2019 = rows.find((x) => x.year === 2019)!;
    expect(y2019.complete).toBe(false);
    expect(y2019.jobs).toBeNull();
    const data = await loadCommuting(db.engine, 'egen-1', MEMBERS);
    expect(data.year).toBe(2022);
    expect(data.flows.every((f) => !MEMBERS.includes(f.other_code))).toBe(true);
  });
});
