/**
 * SourceLine says per indicator whether the figures are the shipped snapshot or fetched from SSB, and when.
 * Rendered on the server (svelte/server), so no browser is needed.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import SourceLine from '../../../src/lib/components/SourceLine.svelte';
import { seriesCsv } from '../../../src/lib/export/csv';
import { sourceNotes } from '../../../src/lib/export/labels';
import type { Manifest } from '../../../src/lib/schema';
import { manifestWith, populationIndicator } from '../../fixtures/manifest';

const indicator = populationIndicator;
const manifest = manifestWith;
const text = (m: Manifest) =>
  render(SourceLine, { props: { indicator, manifest: m } })
    .body.replace(/<!--[^>]*-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('SourceLine', () => {
  it('names the snapshot and its build date', () => {
    expect(text(manifest({ origin: 'snapshot' }))).toBe(
      'Kilde: SSB, befolkningsstatistikk, tabell 07459. Levert datasett (øyeblikksbilde), bygget 5. mars 2025.',
    );
  });

  it('names the SSB retrieval date for fetched data', () => {
    expect(text(manifest({ origin: 'fetched', retrieved_at: '2025-03-04T09:15:00.000Z' }))).toBe(
      'Kilde: SSB, befolkningsstatistikk, tabell 07459. Hentet fra SSB 4. mars 2025.',
    );
  });

  it('treats a manifest without origin (older builds) as the snapshot', () => {
    expect(text(manifest({}))).toContain('Levert datasett (øyeblikksbilde), bygget 5. mars 2025.');
    expect(render(SourceLine, { props: { indicator, manifest: manifest({}) } }).body).toContain(
      'data-testid="source-line"',
    );
  });

  const src = (notes: string[]) => ({
    publisher: 'SSB',
    table_id: '07459',
    file: 'ssb_api/07459.json',
    notes,
  });
  const withNotes = manifest({
    origin: 'fetched',
    retrieved_at: '2025-03-04T09:15:00.000Z',
    sources: [
      src(['Tallene er foreløpige.', 'region 3002 Moss: slått sammen 1.1.2020.']),
      src(['Tallene er foreløpige.']),
    ],
  });

  it("lists SSB's footnotes to fetched figures under the source line, each once", () => {
    expect(sourceNotes(indicator, withNotes)).toEqual([
      'Tallene er foreløpige.',
      'region 3002 Moss: slått sammen 1.1.2020.',
    ]);
    const html = render(SourceLine, { props: { indicator, manifest: withNotes } }).body;
    expect(html).toContain('data-testid="source-notes"');
    expect(text(withNotes)).toBe(
      'Kilde: SSB, befolkningsstatistikk, tabell 07459. Hentet fra SSB 4. mars 2025. Fotnoter fra SSB (2) Tallene er foreløpige.region 3002 Moss: slått sammen 1.1.2020.',
    );
    // The snapshot has no SSB footnotes to show, even if a manifest lists some.
    expect(
      sourceNotes(indicator, {
        ...withNotes,
        indicators: { befolkning: { ...withNotes.indicators.befolkning!, origin: 'snapshot' } },
      }),
    ).toEqual([]);
    expect(
      render(SourceLine, { props: { indicator, manifest: manifest({ origin: 'snapshot' }) } }).body,
    ).not.toContain('source-notes');
  });

  it('writes the footnotes into the CSV header, one line each', () => {
    const csv = seriesCsv({
      title: 'Befolkning',
      source: 'SSB',
      tableId: '07459',
      builtAt: '2025-03-05',
      mode: 'antall',
      url: 'http://x/',
      notes: sourceNotes(indicator, withNotes),
      regions: [{ code: '3103', name: 'Moss' }],
      rows: [{ region_code: '3103', year: 2024, y: 49004, status: 'reported' }],
    });
    expect(csv.split('\r\n').slice(3, 6)).toEqual([
      '# Fotnote fra SSB: Tallene er foreløpige.',
      '# Fotnote fra SSB: region 3002 Moss: slått sammen 1.1.2020.',
      'region_kode,region,år,verdi,status,kilde',
    ]);
  });
});
