/**
 * What a catalogue entry is made of (data/indicators.ts puts the entries together), and what entries of
 * different families share: how a publisher is named and the caveat on kommuner that changed county.
 */
import type { Indicator } from '../../src/lib/schema';

export interface IndicatorSource {
  /** Stored with every observation; unique within the indicator ("11618", "distriktstall"). */
  id: string;
  /** How the table, tooltip and CSV name the source of a figure: «SSB 11618». */
  label: string;
  publisher: string;
  table_id: string;
  /** A raw file relative to data/raw; a source read from several files is listed once per file. */
  file: string;
}

export interface CatalogueEntry extends Indicator {
  /** In priority order: where two sources have a figure for the same region and year, the first wins. */
  sources: IndicatorSource[];
  /**
   * What is measured, whatever the source: the first words of `definition`, and the whole of it in
   * front of the coverage sentence when the indicator is built from fetched SSB tables instead.
   */
  concept: string;
}

/** Kommuner that changed county in 2002-2024 and so sit in another 2024 fylke than the county they were counted in. */
export const COUNTY_MOVERS_CAVEAT =
  'Tall for fylker før 2020 fra fylkestabeller er summer av de gamle fylkene (Hedmark + Oppland = Innlandet osv.). Disse kommunene byttet fylke og er talt i sitt gamle fylke: ' +
  'Rømskog (Østfold → Akershus), Jevnaker og Lunner (Oppland → Akershus), Røyken og Hurum (Buskerud → Akershus), Svelvik (Vestfold → Buskerud), ' +
  'Hornindal (Sogn og Fjordane → Møre og Romsdal), Rindal (til 2018) og Halsa (Møre og Romsdal → Trøndelag), Tjeldsund (Nordland → Troms).';

/** SSB as the publisher of a table read from its own site or API. */
export const ssb = 'SSB';
/** SSB as the publisher of a table read from a copy in another public repository. */
export const ssbVia = (repo: string) => `SSB (via ${repo})`;
