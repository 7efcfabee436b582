/**
 * The comparison's three drawings from the real shipped data, as the page builds them (viewChart):
 * the dumbbell's years, order, labels and missing regions, and what its table, CSV and picture say.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDb } from '../../src/lib/db/node';
import { loadCatalogue, loadSeries } from '../../src/lib/series/load';
import { DEFAULT_VIEW, type ViewConfig } from '../../src/lib/config';
import type { Indicator } from '../../src/lib/schema';
import { chartSpan, shownSeries, viewChart } from '../../src/lib/charts/view-chart';
import { figureParts, viewCsv } from '../../src/lib/export/view-export';
import { render } from './snapshot';

let db: NodeDb;
let indicator: Indicator;
let names: Map<string, string>;
beforeAll(async () => {
  db = await openNodeDb('static/data');
  const catalogue = await loadCatalogue(db.engine);
  indicator = catalogue.indicators.find((i) => i.id === 'befolkning')!;
  names = new Map(catalogue.regions.map((r) => [r.code, r.name]));
});
afterAll(() => db?.close());

const dumbbell = (change: Partial<ViewConfig>): ViewConfig => ({
  ...DEFAULT_VIEW,
  regions: ['3103', '3107', '3105'],
  chart: 'dumbbell',
  ...change,
});

describe('dumbbell on the comparison page (population, SSB 07459)', () => {
  it('Moss, Fredrikstad and Sarpsborg 2015 → 2024: Fredrikstad grew most in persons, Moss in per cent', async () => {
    const view = dumbbell({ from: 2015, to: 2024 });
    const series = await loadSeries(db.engine, view);
    const chart = viewChart(series, view, indicator, names);
    const figure = render(chart.options);
    expect(
      [...figure.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => t.textContent),
    ).toEqual(['Fredrikstad', 'Sarpsborg', 'Moss']);
    expect(figure.querySelectorAll('g[aria-label="link"] > path')).toHaveLength(3);
    // Fredrikstad 78 159 → 85 230, Sarpsborg 54 192 → 59 771, Moss 47 044 → 52 051.
    const labels = [...figure.querySelectorAll('g[aria-label="text"] text')].map((t) =>
      t.textContent!.replace(/\s/g, ' '),
    );
    expect(labels).toEqual(['+7 071 (+9,0 %)', '+5 579 (+10,3 %)', '+5 007 (+10,6 %)']);
    expect(chart.missing).toEqual([]);
    expect(chart.description).toContain('Størst endring: Fredrikstad (+7 071).');
    expect(chart.description).toContain('Moss: 47 044 → 52 051 (+5 007).');
  });

  it('defaults to the first and last year every region has, and names a region without both years', async () => {
    // Hele landet's population starts in 2005 in the shipped data; the kommuner go back to 1986.
    const view = dumbbell({ regions: ['3103', '0'] });
    const series = await loadSeries(db.engine, view);
    expect(chartSpan(series, view)).toEqual({ from: 2005, to: 2026 });

    const early = dumbbell({ regions: ['3103', '0'], from: 1990, to: 2026 });
    const chart = viewChart(await loadSeries(db.engine, early), early, indicator, names);
    expect(chart.missing).toEqual([names.get('0')]);
    const figure = render(chart.options);
    expect(figure.querySelectorAll('g[aria-label="link"] > path')).toHaveLength(1);
    expect(chart.description).toContain(`Mangler tall for ${names.get('0')}.`);
  });

  it('title, table, CSV and picture hold the two years and nothing else', async () => {
    const view = dumbbell({ from: 2015, to: 2024 });
    const series = await loadSeries(db.engine, view);
    expect(new Set(shownSeries(series, view).rows.map((r) => r.year))).toEqual(new Set([2015, 2024]));
    const input = {
      view,
      series,
      indicator,
      names,
      manifest: { version: 'test', built_at: '2026-01-01T00:00:00Z', indicators: {} },
      description: 'beskrivelse',
      url: 'https://example.org/?view=dumbbell',
    };
    const parts = figureParts(input);
    expect(parts.title).toBe('Befolkning: endring fra 2015 til 2024');
    expect(parts.legend.map((l) => l.name)).toEqual(['Økning', 'Nedgang']);
    const csv = viewCsv(input);
    expect(csv).toContain('Befolkning: endring fra 2015 til 2024');
    expect(csv).toContain('47044');
    expect(csv).toContain('52051');
    expect(csv).not.toContain('53207'); // Moss 2026: not drawn, so not exported
  });
});
