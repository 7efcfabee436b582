/**
 * The embed code the dialog hands out, the embed's own URL parameters, and the inline head script
 * that themes /embed and hides prerendered content that does not match the URL.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, viewToParams } from '../../../src/lib/config';
import { componentSnippet, embedUrl, iframeSnippet } from '../../../src/lib/embed/snippet';
import type { SnippetInput } from '../../../src/lib/embed/snippet';
import { embedSearch, namesView, parseEmbedParams, versionedDataPath } from '../../../src/lib/embed/params';
import { embedHeadScript } from '../../../src/lib/embed/head-script';

const input: SnippetInput = {
  embedPage: 'https://regionpuls.example/sub/embed',
  scriptUrl: 'https://regionpuls.example/sub/embed/regionpuls.js',
  view: DEFAULT_VIEW,
  theme: 'auto',
  version: null,
  title: 'Befolkning: Moss, Råde og Våler (Østfold) – Regionpuls',
  description: 'Befolkning i Moss økte fra 41 752 i 2005 til 52 051 i 2024 (+25 %). "Sitat" <b>',
  height: 600,
};

describe('iframe snippet', () => {
  it('is an iframe with the view, title and alt text, plus the hosted height script', () => {
    expect(iframeSnippet(input)).toBe(
      '<iframe src="https://regionpuls.example/sub/embed?indicator=befolkning&amp;regions=3103,3112,3114"' +
        ' title="Befolkning: Moss, Råde og Våler (Østfold) – Regionpuls"' +
        ' aria-label="Befolkning i Moss økte fra 41 752 i 2005 til 52 051 i 2024 (+25 %). &quot;Sitat&quot; &lt;b&gt;"' +
        ' width="100%" height="600" frameborder="0" loading="lazy" data-regionpuls></iframe>\n' +
        '<script src="https://regionpuls.example/sub/embed/regionpuls.js" async></script>',
    );
  });

  it('needs nothing a strict CSP forbids: no inline script, no style attribute', () => {
    for (const code of [iframeSnippet(input), componentSnippet(input)]) {
      expect(code).not.toMatch(/style=/);
      expect(code.match(/<script\b[^>]*>/g)).toEqual([
        '<script src="https://regionpuls.example/sub/embed/regionpuls.js" async>',
      ]);
      expect(code).toMatch(/<script [^>]*><\/script>/);
    }
  });

  it('pins an archived embed to its data version and carries a chosen theme', () => {
    const url = embedUrl({
      ...input,
      theme: 'dark',
      version: '933e6db60e39',
      view: { ...DEFAULT_VIEW, mode: 'indexed', base: 2010 },
    });
    expect(url).toBe(
      'https://regionpuls.example/sub/embed?indicator=befolkning&regions=3103,3112,3114&mode=indexed&base=2010&theme=dark&v=933e6db60e39',
    );
  });
});

describe('embed language', () => {
  it('carries nn or en in the address and the element, and leaves bokmål out', () => {
    expect(embedUrl({ ...input, lang: 'nn' })).toBe(
      'https://regionpuls.example/sub/embed?indicator=befolkning&regions=3103,3112,3114&lang=nn',
    );
    expect(embedUrl({ ...input, lang: 'nb' })).toBe(
      'https://regionpuls.example/sub/embed?indicator=befolkning&regions=3103,3112,3114',
    );
    expect(componentSnippet({ ...input, lang: 'en' })).toMatch(
      /^<regionpuls-chart indicator="befolkning" regions="3103,3112,3114" lang="en">/,
    );
  });

  it('is not a different view: lang does not change which chart a link names', () => {
    expect(namesView('?indicator=befolkning&regions=3103,3112,3114&lang=en', DEFAULT_VIEW)).toBe(true);
  });
});

describe('web component snippet', () => {
  it('names the chart in attributes and wraps the iframe as its fallback', () => {
    const code = componentSnippet({
      ...input,
      version: 'abc123def456',
      view: { ...DEFAULT_VIEW, mode: 'per1000' },
    });
    const lines = code.split('\n');
    expect(lines[0]).toBe(
      '<regionpuls-chart indicator="befolkning" regions="3103,3112,3114" mode="per1000" v="abc123def456">',
    );
    expect(lines[1]).toMatch(
      /^ {2}<iframe src="https:\/\/regionpuls\.example\/sub\/embed\?indicator=befolkning&amp;regions=3103,3112,3114&amp;mode=per1000&amp;v=abc123def456" /,
    );
    expect(lines[2]).toBe('</regionpuls-chart>');
    expect(lines[3]).toMatch(/^<script src=/);
  });

  it('carries own regions in the iframe address and as g1 … attributes', () => {
    const view = {
      ...DEFAULT_VIEW,
      regions: ['3103', 'egen-1'],
      groups: [{ slot: 1, name: 'Vår "region"', members: ['3103', '3112', '3114'] }],
    };
    expect(embedUrl({ ...input, view })).toBe(
      'https://regionpuls.example/sub/embed?indicator=befolkning&regions=3103,egen-1&g1=V%C3%A5r+%22region%22%3A3103,3112,3114',
    );
    expect(componentSnippet({ ...input, view }).split('\n')[0]).toBe(
      '<regionpuls-chart indicator="befolkning" regions="3103,egen-1" g1="Vår &quot;region&quot;:3103,3112,3114">',
    );
    expect(
      namesView('indicator=befolkning&regions=3103,egen-1&g1=V%C3%A5r+%22region%22%3A3103,3112,3114', view),
    ).toBe(true);
  });
});

describe('embed parameters', () => {
  it('reads theme and version, defaulting to a live auto-themed embed', () => {
    expect(parseEmbedParams(new URLSearchParams(''))).toEqual({
      theme: 'auto',
      version: null,
      versionValid: true,
    });
    expect(parseEmbedParams(new URLSearchParams('theme=dark&v=933e6db60e39'))).toEqual({
      theme: 'dark',
      version: '933e6db60e39',
      versionValid: true,
    });
    expect(parseEmbedParams(new URLSearchParams('theme=purple')).theme).toBe('auto');
  });

  it('refuses a version that cannot name a hosted folder', () => {
    for (const v of ['../../etc', '933E6DB', 'abc', 'x'.repeat(80)])
      expect(parseEmbedParams(new URLSearchParams({ v })).versionValid).toBe(false);
    expect(versionedDataPath('933e6db60e39')).toBe('embed/data/933e6db60e39/');
  });

  it('writes the view first, then theme (unless auto) and version', () => {
    expect(embedSearch(DEFAULT_VIEW, { theme: 'auto', version: null }).toString()).toBe(
      viewToParams(DEFAULT_VIEW).toString(),
    );
    expect([...embedSearch(DEFAULT_VIEW, { theme: 'light', version: 'abcdef' }).keys()]).toEqual([
      'indicator',
      'regions',
      'theme',
      'v',
    ]);
  });
});

describe('namesView', () => {
  it('recognises the default view however it is spelled', () => {
    for (const q of [
      '',
      '?indicator=befolkning&regions=3103,3112,3114',
      '?regions=3103%2C3112%2C3114&indicator=befolkning&mode=absolute&theme=dark&v=abc123',
    ])
      expect(namesView(q, DEFAULT_VIEW), q).toBe(true);
  });

  it('treats any other code as another view, never as a dropped one', () => {
    expect(namesView('?indicator=befolkning&regions=3103,3112,3114,0301', DEFAULT_VIEW)).toBe(false);
    expect(namesView('?indicator=sysselsatte&regions=3103,3112,3114', DEFAULT_VIEW)).toBe(false);
    expect(namesView('?indicator=befolkning&regions=3103,3112,3114&mode=indexed', DEFAULT_VIEW)).toBe(false);
  });
});

/**
 * Runs the head script against a fake document at `search`, on its own (`framed` false) or in another
 * page's iframe; returns <html>'s attributes and classes.
 */
function runHead(search: string, framed = false): { theme: string | null; classes: string[] } {
  const classes = new Set<string>();
  let theme: string | null = null;
  const documentElement = {
    setAttribute: (k: string, v: string) => (k === 'data-rp-theme' ? (theme = v) : undefined),
    classList: { add: (...c: string[]) => c.forEach((x) => classes.add(x)) },
  };
  const script = embedHeadScript(viewToParams(DEFAULT_VIEW).toString(), '933e6db60e39').replace(
    /^<script>|<\/script>$/g,
    '',
  );
  const self: { parent?: unknown } = {};
  self.parent = framed ? {} : self;
  new Function('location', 'document', 'window', script)({ search }, { documentElement }, self);
  return { theme, classes: [...classes].sort() };
}

describe('embed head script', () => {
  it('shows the prerendered default view, whatever the theme', () => {
    expect(runHead('')).toEqual({ theme: 'auto', classes: [] });
    expect(runHead('?indicator=befolkning&regions=3103,3112,3114&theme=dark')).toEqual({
      theme: 'dark',
      classes: [],
    });
    expect(runHead('?indicator=befolkning&regions=3103%2C3112%2C3114&v=933e6db60e39')).toEqual({
      theme: 'auto',
      classes: [],
    });
  });

  it('starts a framed auto embed light, for the host page to turn dark (host-theme.ts)', () => {
    expect(runHead('', true)).toEqual({ theme: 'light', classes: [] });
    expect(runHead('?theme=dark', true).theme).toBe('dark');
    expect(runHead('?theme=auto', true).theme).toBe('light');
  });

  it('hides the prerendered content for another view', () => {
    expect(runHead('?indicator=befolkning&regions=3103').classes).toEqual([
      'rp-custom-view',
      'rp-embed-wait',
    ]);
  });

  it('hides everything when pinned to another data version', () => {
    expect(runHead('?indicator=befolkning&regions=3103,3112,3114&v=0123456789ab').classes).toEqual([
      'rp-custom-view',
      'rp-embed-wait',
    ]);
  });

  it('cannot be broken out of by a value', () => {
    expect(embedHeadScript('a=</script><b>', 'v')).not.toMatch(/<\/script><b>/);
  });
});
