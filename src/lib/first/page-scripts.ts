/**
 * The two statements a page that can draw a link's first chart (`/`, `/embed`) puts in its <head>
 * script, each behind the page's own test of «another view than the prerendered one»: ask for the
 * link's engine-free files at once (db/preload.ts), and leave the first chart's config (config.ts).
 * Both name the same folder of this build's files, so they are made in one place.
 */
import { DEFAULT_VIEW } from '../config';
import { preloadScript } from '../db/preload';
import { rowsFolder } from '../db/local-files';
import type { Indicator, Manifest } from '../schema';
import { firstConfigStatement } from './config';

export interface FirstPaintStatements {
  /** Asks for the link's indicator file (and population, per 1 000) and the catalogue. */
  preload: string;
  /** Leaves the config draw.ts reads. */
  config: string;
}

export function firstPaintStatements(
  seed: { manifest: Manifest; indicators: readonly Pick<Indicator, 'id'>[] },
  rowsHashes: Record<string, string>,
  chartId: string,
  base: string,
): FirstPaintStatements {
  const folder = rowsFolder(base, seed.manifest.version);
  return {
    preload: preloadScript({
      folder,
      indicators: seed.indicators.map((i) => i.id),
      defaultIndicator: DEFAULT_VIEW.indicator,
      catalogue: true,
    }),
    config: firstConfigStatement({ chartId, folder, hashes: rowsHashes, manifest: seed.manifest }),
  };
}
