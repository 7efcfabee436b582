/**
 * The SQL console's quick chart from real answers (Node DuckDB over static/data, the SQL checked by
 * the console's guard first): bars for a ranking, lines for years, none when there is nothing to draw;
 * each kind compared with its committed SVG snapshot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDb } from '../../src/lib/db/node';
import { quickChart } from '../../src/lib/charts/console-chart';
import { checkConsoleSql } from '../../src/lib/sql/console-guard';
import type { Row } from '../../src/lib/db/engine';
import { matchSnapshot, render } from './snapshot';
import { setLang } from '../../src/lib/i18n';

let db: NodeDb;
beforeAll(async () => {
  db = await openNodeDb('static/data');
});
afterAll(() => db?.close());

async function answer(sql: string): Promise<{ columns: string[]; rows: Row[] }> {
  const checked = checkConsoleSql(sql);
  if (!checked.ok) throw new Error(checked.message);
  const rows = await db.engine.query({ sql: checked.sql, params: [] });
  return { columns: Object.keys(rows[0] ?? {}), rows };
}

describe('quick chart', () => {
  it('bars: the twelve largest Innlandet kommuner by jobs 2022, Hamar first with 20 781', async () => {
    const { columns, rows } = await answer(
      "SELECT r.name, o.value FROM observations o JOIN regions r ON r.code = o.region_code WHERE o.indicator = 'sysselsatte' AND o.year = 2022 AND r.fylke_code = '34' AND r.level = 'kommune' ORDER BY o.value DESC LIMIT 12",
    );
    expect(rows[0]).toEqual({ name: 'Hamar', value: 20781 });
    const chart = quickChart(columns, rows)!;
    expect(chart.description).toBe('Stolper: value for 12 verdier av name.');
    const figure = render(chart.options);
    expect(figure.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(12);
    expect(matchSnapshot('console-bars-innlandet-jobs-2022', figure)).toBeNull();
    // By keyboard: a list of the twelve bars, in the order drawn.
    expect(chart.keyPoints).toHaveLength(12);
    expect(chart.keyPoints[0]!.text.replace(/\s/g, ' ')).toBe('Hamar: 20 781');
  });

  it('lines: population of Moss and Råde by year, one line each', async () => {
    const { columns, rows } = await answer(
      "SELECT r.name, o.year, o.value FROM observations o JOIN regions r ON r.code = o.region_code WHERE o.indicator = 'befolkning' AND o.region_code IN ('3103', '3112') AND o.year >= 2015 ORDER BY r.name, o.year",
    );
    expect(rows.find((r) => r.name === 'Moss' && r.year === 2020)?.value).toBe(49273);
    const chart = quickChart(columns, rows)!;
    expect(chart.description).toBe('Linjer: value per year, én linje per name (2).');
    const figure = render(chart.options);
    expect(figure.querySelectorAll('g[aria-label="line"] path')).toHaveLength(2);
    expect(matchSnapshot('console-lines-moss-rade', figure)).toBeNull();
    // By keyboard: each line's years in order (2015–2026 for Moss, then Råde).
    const moss = chart.keyPoints.filter((p) => p.series === 'Moss');
    expect(moss.map((p) => p.along)).toEqual(Array.from({ length: 12 }, (_, i) => 2015 + i));
    expect(moss.find((p) => p.along === 2020)!.text.replace(/\s/g, ' ')).toBe('Moss 2020: 49 273');
    expect(chart.keyPoints.at(-1)!.series).toBe('Råde');
  });

  it('describes the lines in the reader’s language', async () => {
    const { columns, rows } = await answer(
      "SELECT r.name, o.year, o.value FROM observations o JOIN regions r ON r.code = o.region_code WHERE o.indicator = 'befolkning' AND o.region_code IN ('3103', '3112') AND o.year >= 2015 ORDER BY r.name, o.year",
    );
    setLang('en');
    try {
      expect(quickChart(columns, rows)!.description).toBe('Lines: value by year, one line per name (2).');
    } finally {
      setLang('nb');
    }
  });

  it('no chart for text only, or for more than twelve series', async () => {
    const text = await answer("SELECT code, name FROM regions WHERE level = 'fylke'");
    expect(quickChart(text.columns, text.rows)).toBeNull();
    const many = await answer(
      "SELECT region_code, year, value FROM observations WHERE indicator = 'befolkning' AND region_code LIKE '34%' AND length(region_code) = 4",
    );
    expect(quickChart(many.columns, many.rows)).toBeNull();
  });
});
