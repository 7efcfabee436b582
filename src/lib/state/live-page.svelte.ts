/**
 * What the comparison page and an embed share: the seed prerendered with the page, and the start of
 * the live data — answered engine-free at once, DuckDB once the first view is on screen.
 */
import { assets, base } from '$app/paths';
import { startInstant } from '../db/start';
import type { InstantEngine } from '../db/start';
import { rowsFolder } from '../db/local-files';
import type { Seed } from './dashboard.svelte';

type LiveOptions = Omit<NonNullable<Parameters<typeof startInstant>[3]>, 'after' | 'hashes'>;

export abstract class LivePage {
  /** Why the engine could not start (in the reader's language), or null. */
  startError = $state<string | null>(null);

  protected readonly seed: Seed;
  readonly #rowsHashes: Record<string, string> | undefined;

  constructor(seed: Seed, rowsHashes: Record<string, string> | undefined) {
    this.seed = seed;
    this.#rowsHashes = rowsHashes;
  }

  /** Starts the live data's engines; DuckDB waits until `shown()` (the first view drawn) settles. */
  protected startLive(shown: () => Promise<unknown>, options: LiveOptions = {}): InstantEngine {
    const manifest = this.seed.manifest;
    return startInstant(
      new URL(`${assets}/data/`, location.href),
      new URL(rowsFolder(base, manifest.version), location.href),
      manifest,
      {
        ...options,
        // Read once this turn's code has run: the caller assigns the first view's promise after this call.
        after: new Promise((resolve) => queueMicrotask(() => resolve(shown()))),
        hashes: this.#rowsHashes,
      },
    );
  }
}
