/**
 * The life of an embed (`/embed`): which data it shows — the prerendered view with the page's own
 * data, the live data answered engine-free at once (DuckDB after the first chart), or a pinned data
 * version through DuckDB — and why it cannot show a chart, said plainly. Call during component
 * initialisation; the route only composes.
 */
import { onMount } from 'svelte';
import { assets } from '$app/paths';
import { startEngine } from '../db/start';
import { cachedEngine } from '../db/cache';
import { DAMAGED_DATA, parseManifest } from '../manifest';
import type { Manifest } from '../schema';
import type { LocalEngine } from '../db/local';
import { takeFirst } from '../first/handoff';
import { errorText } from '../i18n/errors';
import { embedText } from '../embed/messages';
import { namesView, parseEmbedParams, versionedDataPath } from '../embed/params';
import { Dashboard } from './dashboard.svelte';
import type { Seed } from './dashboard.svelte';
import { LivePage } from './live-page.svelte';

export class EmbedPage extends LivePage {
  dash = $state<Dashboard>() as Dashboard;
  /** Whether `dash` still holds the prerendered view and data (so the prerendered chart may stand in). */
  fromSeed = $state(true);
  /** The data version the link pins, or null for the live data. */
  pinned = $state<string | null>(null);
  /** Why the pinned data cannot be shown (in the reader's language), or null. */
  unavailable = $state<string | null>(null);

  constructor(seed: Seed, rowsHashes: Record<string, string> | undefined) {
    super(seed, rowsHashes);
    this.dash = new Dashboard(seed);
  }

  /** Shows the view in `search` (from onMount). */
  async start(search: string): Promise<void> {
    const seed = this.seed;
    const params = parseEmbedParams(new URLSearchParams(search));
    this.pinned = params.version;
    // Svelte applies the state below before the next paint, so nothing stale shows in between.
    document.documentElement.classList.remove('rp-embed-wait');
    const sameData = params.version === null || params.version === seed.manifest.version;
    if (sameData && namesView(search, seed.view)) {
      // The prerendered view: its data came with the page, so no engine (and no wasm) at all.
      void this.dash.applyUrl(search);
      return;
    }
    // Any other view or data version starts empty: nothing of the prerendered default may stand in.
    // A link's chart drawn before hydration (src/lib/first) is that view: its state becomes the page's.
    const drawn = params.version === null ? takeFirst(search) : null;
    if (drawn) this.dash.takeOver(drawn.dash);
    else this.dash = new Dashboard();
    this.fromSeed = false;
    if (params.version !== null && !params.versionValid) {
      this.unavailable = embedText.versionInvalid(params.version);
      return;
    }
    if (params.version === null) {
      this.#startLive(search, drawn?.local);
      return;
    }
    const dataUrl = new URL(`${assets}/${versionedDataPath(params.version)}`, location.href);
    try {
      if (!(await this.#pinnedManifest(dataUrl, params.version))) return;
      const db = await startEngine(dataUrl);
      if (db.manifest.version !== params.version) {
        this.unavailable = embedText.versionMismatch(params.version, db.manifest.version);
        return;
      }
      await this.dash.connect(cachedEngine(db.engine), db.manifest);
      await this.dash.applyUrl(search);
    } catch (e) {
      this.startError = errorText(e);
    }
  }

  /** The live data: drawn engine-free at once, DuckDB starts once the chart is on screen. */
  #startLive(search: string, local: LocalEngine | undefined): void {
    const manifest = this.seed.manifest;
    let first: Promise<void> = Promise.resolve();
    const instant = this.startLive(() => first, { local });
    first = (async () => {
      try {
        if (!instant.instant) await instant.duckdb;
        await this.dash.connect(cachedEngine(instant.engine), manifest);
        await this.dash.applyUrl(search);
      } catch (e) {
        this.startError = errorText(e);
      }
    })();
    // Data that does not match its manifest shows no numbers, not even the engine-free ones.
    instant.duckdb.catch((e: unknown) => {
      if (e instanceof Error && e.message === DAMAGED_DATA) this.startError = errorText(e);
    });
  }

  /** The pinned version's manifest, or null after saying plainly why the chart cannot be shown. */
  async #pinnedManifest(dataUrl: URL, version: string): Promise<Manifest | null> {
    const res = await fetch(new URL('manifest.json', dataUrl));
    if (res.status === 404) {
      this.unavailable = embedText.versionMissing(version);
      return null;
    }
    if (!res.ok) throw new Error(`${embedText.loadFailed}: HTTP ${res.status}`);
    const manifest = parseManifest(await res.json());
    if (manifest.version !== version) {
      this.unavailable = embedText.versionMismatch(version, manifest.version);
      return null;
    }
    return manifest;
  }
}

/** The embed's state, started when the page mounts. */
export function embedPage(seed: Seed, rowsHashes: Record<string, string> | undefined): EmbedPage {
  const page = new EmbedPage(seed, rowsHashes);
  onMount(() => void page.start(location.search));
  return page;
}
