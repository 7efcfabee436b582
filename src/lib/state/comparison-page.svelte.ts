/**
 * The life of the comparison page (`/`): its `Dashboard`, and the engine behind it started in the
 * browser when the page mounts (never while prerendering). A link's view is answered engine-free at
 * once — from the first chart drawn before hydration when there is one (src/lib/first) — and DuckDB
 * starts once that view is on screen. Call during component initialisation; the route only composes.
 */
import { onMount } from 'svelte';
import { afterNavigate } from '$app/navigation';
import type { StartStage } from '../db/start';
import { cachedEngine } from '../db/cache';
import { DAMAGED_DATA } from '../manifest';
import { takeFirst } from '../first/handoff';
import { errorText } from '../i18n/errors';
import { engineTimings } from '../probe';
import { Dashboard } from './dashboard.svelte';
import type { Seed } from './dashboard.svelte';
import { LivePage } from './live-page.svelte';

export class ComparisonPage extends LivePage {
  readonly dash: Dashboard;
  /** The start's stage, for the progress line. */
  stage = $state<StartStage>('manifest');
  /** Queries have an engine (engine-free or DuckDB). */
  connected = $state(false);
  /** The published data does not match its manifest: no numbers at all. */
  damaged = $state(false);
  /** DuckDB's worker failed after the start; `restart` may bring it back. */
  engineFault = $state(false);
  restart = $state<(() => Promise<unknown>) | undefined>(undefined);

  constructor(seed: Seed, rowsHashes: Record<string, string> | undefined) {
    super(seed, rowsHashes);
    this.dash = new Dashboard(seed);
  }

  /** Starts the engines and shows the URL's view (from onMount). */
  start(): void {
    const dash = this.dash;
    const manifest = this.seed.manifest;
    let first: Promise<void> = Promise.resolve();
    // A link's chart drawn before hydration: its state becomes the page's.
    const drawn = takeFirst(location.search);
    if (drawn) dash.takeOver(drawn.dash);
    const instant = this.startLive(() => first, {
      onStage: (s) => (this.stage = s),
      onFault: () => (this.engineFault = true),
      local: drawn?.local,
    });
    this.restart = instant.restart;
    const engine = cachedEngine(instant.engine);
    if (instant.instant) {
      void dash.connect(engine, manifest);
      this.connected = true;
    }
    first = dash.applyUrl(location.search);
    void (async () => {
      try {
        const db = await instant.duckdb;
        engineTimings(db.timings);
        if (!instant.instant) {
          await dash.connect(engine, db.manifest);
          this.connected = true;
        }
      } catch (e) {
        this.startError = errorText(e);
        // Engine-free numbers were built from the same files: with damaged data, none are shown.
        this.damaged = e instanceof Error && e.message === DAMAGED_DATA;
      }
    })();
  }

  /** Starts DuckDB again after a fault; a failed restart is said, not swallowed. */
  restartEngine(): void {
    this.engineFault = false;
    this.restart?.().catch((e: unknown) => (this.startError = errorText(e)));
  }
}

/** The comparison page's state, started when the page mounts and following its URL. */
export function comparisonPage(seed: Seed, rowsHashes: Record<string, string> | undefined): ComparisonPage {
  const page = new ComparisonPage(seed, rowsHashes);
  onMount(() => page.start());
  afterNavigate(({ type }) => {
    if (type !== 'enter') void page.dash.applyUrl(location.search);
  });
  return page;
}
