/**
 * A target link, before the page hydrates (issue 13). Started from the client hook, the link's
 * targets are decoded and their series fetched and read while the app's modules load, through the
 * same engine-free engine and the same `loadTargetSeries` as the page; the linked target (`?target=`)
 * is then drawn by the page's own `TargetDetail` into the place the page keeps for it, so its chart is
 * on screen before hydrating every card. The page's series (state/target-series.svelte.ts) take the
 * engine and the series over, and the page's detail replaces this one in place (`dropTargetLink`).
 */
import { flushSync, mount, unmount } from 'svelte';
import TargetDetail from '../components/TargetDetail.svelte';
import { startInstant } from '../db/start';
import type { InstantEngine } from '../db/start';
import { sourceText } from '../export/labels';
import { indicatorName, linkLang, setLang, unitName } from '../i18n';
import { markOnce } from '../probe';
import { loadCatalogue } from '../series/load';
import type { Point } from '../targets/arithmetic';
import { evaluateTarget, lookupProblem, seriesKey, targetPlace } from '../targets/evaluate';
import type { Target } from '../targets/model';
import { loadTargetSeries } from '../targets/series';
import { decodeTargets } from '../targets/url';
import { firstDone, targetLinkConfig } from './config';
import type { TargetLinkConfig } from './config';
import { bodyParsed, firstStillWanted } from './handoff';

export interface LinkedTargets {
  targets: Target[];
  /** Series key → its series, for every target in the link. */
  series: Map<string, Promise<Point[]>>;
}

export interface EarlyTargets {
  /** The engine the series were read with (DuckDB starts behind it in idle time, as on the page). */
  instant: InstantEngine;
  /** The link's targets and their series; none for a link that does not decode. */
  linked: Promise<LinkedTargets>;
}

let early: EarlyTargets | null = null;
let config: TargetLinkConfig | null = null;
let drawn: { component: Record<string, unknown>; host: Element } | null = null;

let started: Promise<void> | null = null;

/**
 * Starts the link's series and draws its target, once: by whichever asks first — the page's <head>
 * (this module's own start, below) or the client hook. Then lets the app's held modules load.
 */
export function targetLinkDrawn(): Promise<void> {
  started ??= (async () => {
    try {
      startTargetLink();
      await drawTargetLink();
    } catch {
      // Nothing drawn early: the page measures the target itself when it hydrates.
    } finally {
      // The client hook awaits this before hydrating: it must settle, and never reject.
      firstDone();
    }
  })();
  return started;
}

// Imported from the built page's <head> (src/build/first-chart.js), this module starts at once,
// while the app's own modules still load.
if (typeof window !== 'undefined' && targetLinkConfig()) void targetLinkDrawn();

/** Starts once, and only on a targets page whose link carries targets (its head script says so). */
function startTargetLink(): void {
  config = targetLinkConfig();
  const param = new URLSearchParams(location.search).get('t');
  if (early || !config || !param) return;
  const instant = targetEngine(config);
  const linked = decodeTargets(param).then(({ targets }) => {
    const series = new Map<string, Promise<Point[]>>();
    for (const t of targets) {
      const key = seriesKey(t.indicator, t.region);
      if (series.has(key)) continue;
      const loaded = loadTargetSeries(instant.engine, t.indicator, t.region, t.own_region);
      // The page asks again for a series that failed here, and says why if it fails there too.
      loaded.catch(() => {});
      series.set(key, loaded);
    }
    return { targets, series };
  });
  early = { instant, linked };
}

/**
 * Draws the link's `?target=` with the page's `TargetDetail`, measured as the page measures it; draws
 * nothing when the target is not in the link, cannot be looked up, or its series fails (the page then
 * says why). Never rejects.
 */
async function drawTargetLink(): Promise<void> {
  const focus = new URLSearchParams(location.search).get('target');
  if (!early || !config || !focus) return;
  const { manifest } = config;
  try {
    setLang(linkLang(location));
    const [{ targets, series }, catalogue] = await Promise.all([
      early.linked,
      loadCatalogue(early.instant.engine),
    ]);
    const target = targets.find((x) => x.id === focus);
    if (!target) return;
    const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
    const codes = new Set(catalogue.regions.map((r) => r.code));
    if (lookupProblem(target, codes, indicators)) return;
    const indicator = indicators.get(target.indicator)!;
    const actual = await series.get(seriesKey(target.indicator, target.region));
    if (!actual) return;
    const place = targetPlace(target, catalogue.regions);
    await bodyParsed();
    // The targets page's `<div data-first-target>`, empty in the prerendered page.
    const host = document.querySelector('[data-first-target]');
    if (!host || !firstStillWanted()) return;
    const component = mount(TargetDetail, {
      target: host,
      props: {
        view: evaluateTarget(target, actual, indicator, place),
        regionName: place,
        indicatorName: indicatorName(indicator),
        unit: unitName(indicator.unit),
        dataSource: sourceText(indicator, manifest),
      },
    });
    drawn = { component, host };
    flushSync();
    markOnce('first-chart-before-hydration');
  } catch {
    // The page measures the same target when it hydrates and says what went wrong.
  }
}

/** The page's own detail is on screen: the one drawn before hydration goes. */
export function dropTargetLink(): void {
  if (!drawn) return;
  void unmount(drawn.component);
  drawn.host.replaceChildren();
  drawn = null;
}

/** The targets page's engine: engine-free over this build's files, DuckDB behind it in idle time. */
export function targetEngine(config: TargetLinkConfig): InstantEngine {
  return startInstant(
    new URL(config.data, location.href),
    new URL(config.rows, location.href),
    config.manifest,
    { hashes: config.hashes },
  );
}

/** What startTargetLink began, handed out once (to the page's series). */
export function takeTargetLink(): EarlyTargets | null {
  const taken = early;
  early = null;
  return taken;
}
