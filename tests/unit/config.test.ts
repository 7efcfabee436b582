import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, MAX_REGIONS, parseView, viewToParams } from '../../src/lib/config';

const known = {
  indicators: new Set(['befolkning', 'sysselsatte']),
  regions: new Set([
    '3103',
    '3112',
    '3114',
    '31',
    'mosseregionen',
    ...Array.from({ length: 12 }, (_, i) => `40${String(i).padStart(2, '0')}`),
  ]),
};

describe('parseView', () => {
  it('reads a full view from the URL', () => {
    const { view, notices } = parseView(
      new URLSearchParams('indicator=sysselsatte&regions=3103,mosseregionen&mode=indexed&base=2015'),
      known,
    );
    expect(view).toEqual({
      ...DEFAULT_VIEW,
      indicator: 'sysselsatte',
      regions: ['3103', 'mosseregionen'],
      mode: 'indexed',
      base: 2015,
    });
    expect(notices).toEqual([]);
  });

  it('falls back to defaults for an empty query string', () => {
    expect(parseView(new URLSearchParams(''), known)).toEqual({ view: DEFAULT_VIEW, notices: [] });
  });

  it('drops unknown and tampered codes with a notice, keeping the rest', () => {
    const { view, notices } = parseView(
      new URLSearchParams("regions=3103,9999,'; DROP TABLE regions;--,3112,3103"),
      known,
    );
    expect(view.regions).toEqual(['3103', '3112']);
    expect(notices).toEqual([
      { kind: 'unknown-region', values: ['9999', "'; DROP TABLE regions;--"], count: 2 },
    ]);
  });

  it('gives one notice for thousands of unknown codes, naming five', () => {
    const codes = Array.from({ length: 5000 }, (_, i) => `x${i}`);
    const { view, notices } = parseView(new URLSearchParams(`regions=3103,${codes.join(',')}`), known);
    expect(view.regions).toEqual(['3103']);
    expect(notices).toEqual([
      { kind: 'unknown-region', values: ['x0', 'x1', 'x2', 'x3', 'x4'], count: 5000 },
    ]);
  });

  it('keeps a base year only in indexed mode', () => {
    expect(parseView(new URLSearchParams('mode=indexed&base=2015'), known).view.base).toBe(2015);
    expect(parseView(new URLSearchParams('base=2015'), known).view.base).toBeNull();
  });

  it('rejects an unknown indicator, mode and base year without throwing', () => {
    const { view, notices } = parseView(new URLSearchParams('indicator=<script>&mode=log&base=20x5'), known);
    expect(view.indicator).toBe('befolkning');
    expect(view.mode).toBe('absolute');
    expect(view.base).toBeNull();
    expect(notices.map((n) => n.kind)).toEqual(['unknown-indicator', 'invalid-mode', 'invalid-base']);
  });

  it(`keeps at most ${MAX_REGIONS} regions and names the ones dropped`, () => {
    const codes = Array.from({ length: 12 }, (_, i) => `40${String(i).padStart(2, '0')}`);
    const { view, notices } = parseView(new URLSearchParams(`regions=${codes.join(',')}`), known);
    expect(view.regions).toEqual(codes.slice(0, MAX_REGIONS));
    expect(notices).toEqual([{ kind: 'too-many-regions', dropped: ['4010', '4011'] }]);
  });

  it('round-trips through viewToParams', () => {
    const view = {
      ...DEFAULT_VIEW,
      indicator: 'sysselsatte',
      regions: ['3103', '31'],
      mode: 'indexed' as const,
      base: 2012,
    };
    expect(parseView(viewToParams(view), known).view).toEqual(view);
    expect(viewToParams({ ...view, mode: 'absolute' }).toString()).toBe(
      'indicator=sysselsatte&regions=3103%2C31',
    );
  });
});

describe('parseView: how the regions are drawn (view, y, from, to)', () => {
  const parse = (q: string) => parseView(new URLSearchParams(q), known);

  it('reads small multiples with free y axes, and a dumbbell with its years', () => {
    expect(parse('regions=3103,3112&view=panels&y=free').view).toMatchObject({
      chart: 'panels',
      y: 'free',
      from: null,
      to: null,
    });
    expect(parse('regions=3103,3112&view=dumbbell&from=2015&to=2024').view).toMatchObject({
      chart: 'dumbbell',
      y: 'shared',
      from: 2015,
      to: 2024,
    });
  });

  it('falls back to the defaults, without a notice, for tampered values', () => {
    for (const q of [
      'view=PANELS',
      'view=<script>',
      'view=',
      'view=line&y=free',
      'view=panels&y=loose',
      'view=dumbbell&from=20155&to=x',
      'view=dumbbell&from=2024&to=2015',
      'view=dumbbell&from=2020&to=2020',
      'view=dumbbell&from=1066&to=3000',
      'view=line&from=2015&to=2024',
    ]) {
      const { view, notices } = parse(`regions=3103&${q}`);
      expect(notices, q).toEqual([]);
      expect(view.from, q).toBeNull();
      expect(view.to, q).toBeNull();
      if (!q.includes('panels')) expect(view.y, q).toBe('shared');
    }
    expect(parse('view=PANELS').view.chart).toBe('line');
    expect(parse('view=panels&y=loose').view).toMatchObject({ chart: 'panels', y: 'shared' });
  });

  it('keeps one year of a dumbbell when only one is given', () => {
    expect(parse('view=dumbbell&from=2015').view).toMatchObject({ from: 2015, to: null });
  });

  it('writes only what differs from the default, and round-trips', () => {
    const panels = { ...DEFAULT_VIEW, chart: 'panels' as const, y: 'free' as const };
    expect(viewToParams(panels).toString()).toBe(
      'indicator=befolkning&regions=3103%2C3112%2C3114&view=panels&y=free',
    );
    expect(parseView(viewToParams(panels), known).view).toEqual(panels);
    const bell = { ...DEFAULT_VIEW, chart: 'dumbbell' as const, from: 2015, to: 2024 };
    expect(viewToParams(bell).toString()).toBe(
      'indicator=befolkning&regions=3103%2C3112%2C3114&view=dumbbell&from=2015&to=2024',
    );
    expect(parseView(viewToParams(bell), known).view).toEqual(bell);
    expect(viewToParams({ ...bell, chart: 'line' }).toString()).toBe(
      'indicator=befolkning&regions=3103%2C3112%2C3114',
    );
  });
});
