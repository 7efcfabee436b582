/**
 * A growth target as data: which region and indicator, from which base year, and one of three
 * forms — a fixed change per year, a growth rate per year, or a change by an end year.
 * `parseTargets` turns unknown input (a JSON file, localStorage, a URL) into targets or a precise
 * error; downstream code never re-validates.
 */

export const TARGET_KINDS = ['per_year', 'rate', 'end'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export interface Target {
  /** Stable id, a slug: "glamdal-100-jobber". */
  id: string;
  title: string;
  /** Region code (kommune, grouping, fylke or land). */
  region: string;
  indicator: string;
  base_year: number;
  /**
   * per_year: units added per year (+100 jobs a year);
   * rate: growth per year as a fraction (0.01 = 1 %);
   * end: change from the base-year value by `end_year` (+1 000 jobs).
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
}

export class TargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TargetError';
  }
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const CODE = /^[A-Za-z0-9-]{1,40}$/;

function field(obj: Record<string, unknown>, key: string, where: string): unknown {
  if (!(key in obj)) throw new TargetError(`${where}: mangler feltet «${key}»`);
  return obj[key];
}

function text(obj: Record<string, unknown>, key: string, where: string, max = 300, optional = false): string {
  const v = optional ? (obj[key] ?? '') : field(obj, key, where);
  if (typeof v !== 'string') throw new TargetError(`${where}: «${key}» må være tekst`);
  if (v.length > max) throw new TargetError(`${where}: «${key}» er lengre enn ${max} tegn`);
  return v;
}

function year(obj: Record<string, unknown>, key: string, where: string): number {
  const v = field(obj, key, where);
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1900 || v > 2100) {
    throw new TargetError(`${where}: «${key}» må være et årstall mellom 1900 og 2100, fikk ${JSON.stringify(v)}`);
  }
  return v;
}

/** Validates one target; `where` names it in messages ("mål 2"). */
export function parseTarget(input: unknown, where: string): Target {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new TargetError(`${where}: må være et objekt`);
  const o = input as Record<string, unknown>;
  const id = text(o, 'id', where, 64);
  if (!SLUG.test(id)) throw new TargetError(`${where}: «id» må være små bokstaver, tall og bindestrek, fikk «${id}»`);
  const region = text(o, 'region', where, 40);
  if (!CODE.test(region)) throw new TargetError(`${where}: ugyldig regionkode «${region}»`);
  const indicator = text(o, 'indicator', where, 64);
  if (!SLUG.test(indicator.replace(/_/g, '-'))) throw new TargetError(`${where}: ugyldig indikator «${indicator}»`);
  const kind = field(o, 'kind', where);
  if (typeof kind !== 'string' || !(TARGET_KINDS as readonly string[]).includes(kind)) {
    throw new TargetError(`${where}: «kind» må være en av ${TARGET_KINDS.join(', ')}, fikk ${JSON.stringify(kind)}`);
  }
  const amount = field(o, 'amount', where);
  if (typeof amount !== 'number' || !Number.isFinite(amount)) throw new TargetError(`${where}: «amount» må være et tall`);
  if (kind === 'rate' && Math.abs(amount) >= 1) throw new TargetError(`${where}: «amount» for en vekstrate er en andel (0.01 = 1 %), fikk ${amount}`);
  const base_year = year(o, 'base_year', where);
  const end_year = year(o, 'end_year', where);
  if (end_year <= base_year) throw new TargetError(`${where}: «end_year» (${end_year}) må komme etter «base_year» (${base_year})`);
  const source_url = text(o, 'source_url', where, 500, true);
  if (source_url !== '' && !/^https?:\/\//.test(source_url)) throw new TargetError(`${where}: «source_url» må begynne med http:// eller https://`);
  const illustration = o.illustration ?? false;
  if (typeof illustration !== 'boolean') throw new TargetError(`${where}: «illustration» må være true eller false`);
  return {
    id,
    title: text(o, 'title', where, 200),
    region,
    indicator,
    base_year,
    kind: kind as TargetKind,
    amount,
    end_year,
    set_by: text(o, 'set_by', where, 200, true),
    source: text(o, 'source', where, 300, true),
    source_url,
    illustration,
    note: text(o, 'note', where, 600, true)
  };
}

/** The export/import file: `{ "regionpuls_targets": 1, "targets": [...] }`. */
export const TARGET_FILE_VERSION = 1;

export function parseTargetFile(input: unknown): Target[] {
  if (typeof input !== 'object' || input === null) throw new TargetError('Filen er ikke et JSON-objekt.');
  const o = input as Record<string, unknown>;
  if (o.regionpuls_targets !== TARGET_FILE_VERSION) {
    throw new TargetError(`Filen er ikke en Regionpuls-målfil (ventet «regionpuls_targets»: ${TARGET_FILE_VERSION}).`);
  }
  if (!Array.isArray(o.targets)) throw new TargetError('Filen mangler listen «targets».');
  const targets = o.targets.map((t, i) => parseTarget(t, `mål ${i + 1}`));
  const seen = new Set<string>();
  for (const t of targets) {
    if (seen.has(t.id)) throw new TargetError(`To mål har samme id «${t.id}».`);
    seen.add(t.id);
  }
  return targets;
}

export function targetFile(targets: readonly Target[]): string {
  return JSON.stringify({ regionpuls_targets: TARGET_FILE_VERSION, targets }, null, 2);
}
