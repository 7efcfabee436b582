/**
 * SSB footnotes with links, as text with links: the real HTML footnote of SSB's 07221 answer (Region
 * dimension note, tests/fixtures/fetch/ssb_07221_jsonstat2_data_v1api_pxwebpy.json) and a Markdown link.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import SourceLine from '../../../src/lib/components/SourceLine.svelte';
import { seriesCsv } from '../../../src/lib/export/csv';
import { footnoteParts, footnoteText } from '../../../src/lib/export/footnote';
import { manifestWith, populationIndicator } from '../../fixtures/manifest';
import { readFixture } from '../../fixtures/fake-ssb-server';

const real07221 = readFixture('ssb_07221_jsonstat2_data_v1api_pxwebpy.json') as {
  dimension: { Region: { note: string[] } };
};
const HTML_NOTE = real07221.dimension.Region.note[0] as string;
const KLASS = 'https://www.ssb.no/offentlig-sektor/kommunekatalog/endringer-i-de-regionale-inndelingene';

describe('footnoteParts', () => {
  it('turns SSB’s HTML anchor into a link with its text, tags gone', () => {
    expect(HTML_NOTE).toContain("<a href='");
    expect(footnoteParts(HTML_NOTE)).toEqual([
      { text: 'Se liste over endringer i de regionale inndelingene.', href: KLASS },
    ]);
    expect(footnoteParts(`Region: ${HTML_NOTE} Gjelder fra 2020.`)).toEqual([
      { text: 'Region: ' },
      { text: 'Se liste over endringer i de regionale inndelingene.', href: KLASS },
      { text: ' Gjelder fra 2020.' },
    ]);
  });

  it('turns a Markdown link into a link, and never links anything but http(s)', () => {
    expect(footnoteParts('Se [KLASS](https://www.ssb.no/klass) for &amp; endringer.')).toEqual([
      { text: 'Se ' },
      { text: 'KLASS', href: 'https://www.ssb.no/klass' },
      { text: ' for & endringer.' },
    ]);
    expect(footnoteParts('[klikk](javascript:void) eller <a href="data:x">her</a>')).toEqual([
      { text: 'klikk eller her' },
    ]);
    expect(footnoteParts('Tall er foreløpige.')).toEqual([{ text: 'Tall er foreløpige.' }]);
  });

  it('writes links as «tekst (adresse)» in plain text', () => {
    expect(footnoteText(HTML_NOTE)).toBe(`Se liste over endringer i de regionale inndelingene. (${KLASS})`);
  });
});

const indicator = populationIndicator;
const manifest = manifestWith({
  origin: 'fetched',
  retrieved_at: '2025-03-04T09:15:00.000Z',
  sources: [
    { publisher: 'SSB', table_id: '07459', file: 'ssb_api/07459.json', notes: [`Region: ${HTML_NOTE}`] },
  ],
});

describe('where the app shows footnotes', () => {
  it('SourceLine renders the link as a link, not as markup', () => {
    const body = render(SourceLine, { props: { indicator, manifest } }).body;
    expect(body).toContain(
      `<a href="${KLASS}" rel="noopener noreferrer" target="_blank">Se liste over endringer i de regionale inndelingene.</a>`,
    );
    expect(body).not.toContain('&lt;a');
    expect(body).not.toContain('&lt;b&gt;');
  });

  it('the CSV repeats it as text with the address', () => {
    const csv = seriesCsv({
      title: 't',
      source: 's',
      tableId: '07459',
      builtAt: 'x',
      mode: 'm',
      url: 'u',
      regions: [],
      rows: [],
      notes: [`Region: ${HTML_NOTE}`],
    });
    expect(csv).toContain(
      `# Fotnote fra SSB: Region: Se liste over endringer i de regionale inndelingene. (${KLASS})\r\n`,
    );
  });
});
