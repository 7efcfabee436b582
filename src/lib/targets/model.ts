/**
 * A growth target as data: which region and indicator, from which base year, and one of four forms —
 * a fixed change per year, a growth rate per year, a change by an end year, or a level to reach by an
 * end year — or a result someone reported (`reported`), which is checked against the statistics but
 * is not a target and gets no status.
 * `parseTargetFile` (target-file.ts) turns unknown input (a JSON file, localStorage, a URL) into targets
 * or a precise error; downstream code never re-validates.
 */
import type { TargetKind } from './file-format';
import { nb, type Messages } from '../i18n/nb';

export interface Target {
  /** Stable id, a slug: "kongsvingerregionen-100-arbeidsplasser". */
  id: string;
  title: string;
  /**
   * Region code (kommune, grouping, fylke or land), or up to ten codes joined by "+" for a sum of
   * regions ("kongsvingerregionen+3419": a council whose members changed since the target was set).
   */
  region: string;
  indicator: string;
  /** First year of the target's period; for `reported`, the first year the reported result covers. */
  base_year: number;
  /**
   * per_year: units added per year (+100 jobs a year);
   * rate: growth per year as a fraction (0.01 = 1 %);
   * end: change from the base-year value by `end_year` (+1 000 jobs);
   * level: the value to reach in `end_year` (60 000 inhabitants);
   * reported: the change someone reported for base_year–end_year (~740 jobs).
   */
  kind: TargetKind;
  amount: number;
  /** The year the target is measured against (required: "what it takes" needs a deadline). */
  end_year: number;
  /** Who set the target ("Glåmdal regionråd"). */
  set_by: string;
  /** Document title and link, so every target can be traced to where it was decided. */
  source: string;
  source_url: string;
  /** True for examples made for this product on data we have, not set by any council. */
  illustration: boolean;
  /** How the target was read from its source (periods a document leaves open, etc.). */
  note: string;
  /**
   * Set on a target on an own region: its name. `region` then holds its member kommuner joined by «+»
   * (up to 60); in a file it is written `egen-N`, the file's N-th own region (targets/own-region.ts).
   */
  own_region?: string;
}

/** The catalogue's words for targets files (`t.targetFile`). */
export type TargetFileWords = Messages['targetFile'];

/**
 * A refused target or file. The message is kept as words from the catalogue, so the app shows it in the
 * reader's language (`error.text(t.targetFile)`); `message` is bokmål, for the data build and logs
 * (this module also runs in plain Node, where the language rune does not exist).
 */
export class TargetError extends Error {
  readonly text: (words: TargetFileWords) => string;
  constructor(text: (words: TargetFileWords) => string) {
    super(text(nb.targetFile));
    this.name = 'TargetError';
    this.text = text;
  }
}

/** Where in a file a value is: «mål 2», or a fixed label such as a CSV line. */
export type Where = string | ((words: TargetFileWords) => string);
/** `where` in the reader's words. */
export const place = (where: Where, w: TargetFileWords) => (typeof where === 'string' ? where : where(w));

/** Units whose values add up across regions; a sum of regions is refused for anything else. */
export const SUMMABLE_UNITS: ReadonlySet<string> = new Set([
  'personer',
  'foretak',
  'mill. kr',
  'arbeidsplasser',
]);

/** The region codes a target is measured on: one, or the parts of a sum ("a+b"). */
export function regionParts(region: string): string[] {
  return region.split('+');
}
