/**
 * The shipped classification (KLASS 108 by kommune, data/raw/classification) ends with its last
 * 1 January version (2025). Fetched SSB tables go further: population on 1 January 2026 is numbered
 * as of 2026. The KLASS 131 (kommuner) and 104 (fylker) code lists that `npm run data:fetch` brings
 * along say which codes were valid on each later 1 January; when they are the same codes as in the
 * last shipped year, that year's rows carry over, so the 2024-border harmonisation needs no new rule.
 * When KLASS shows a real change (merger, split, renumbering), the build stops and names it: placing a
 * merged kommune on 2024 borders needs a decision (population shares) that no code list can make.
 */
import type { KlassKommuneRow } from './parse/klass108-csv';
import { normaliseRegionCode } from './sources/to-observations';

/** One code of a KLASS `/classifications/{id}/codes?from=…` answer (the fields we read). */
interface KlassCode {
  code: string;
  name: string;
  /** First day valid within the requested range (inclusive). */
  validFromInRequestedRange: string | null;
  /** First day no longer valid (exclusive); null or absent when still valid. */
  validToInRequestedRange: string | null;
}

/** One row of a KLASS `/classifications/{id}/changes` answer. */
interface KlassChange {
  oldCode: string;
  oldName: string;
  newCode: string;
  newName: string;
  changeOccurred: string;
}

export const KLASS_KOMMUNE_CODES = 'klass-131-codes';
export const KLASS_KOMMUNE_CHANGES = 'klass-131-changes';
export const KLASS_FYLKE_CODES = 'klass-104-codes';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const optDate = (v: unknown): string | null =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null;

function klassCodes(answer: unknown, name: string): KlassCode[] {
  if (!isObj(answer) || !Array.isArray(answer.codes))
    throw new Error(`fetched ${name}: not a KLASS codes answer (no "codes" list)`);
  return answer.codes.map((c, i) => {
    if (!isObj(c) || typeof c.code !== 'string') throw new Error(`fetched ${name}: codes[${i}] has no code`);
    return {
      code: c.code,
      name: typeof c.name === 'string' ? c.name : '',
      validFromInRequestedRange: optDate(c.validFromInRequestedRange),
      validToInRequestedRange: optDate(c.validToInRequestedRange),
    };
  });
}

function klassChanges(answer: unknown): KlassChange[] {
  if (!isObj(answer) || !Array.isArray(answer.codeChanges)) return [];
  return answer.codeChanges.filter(isObj).map((c) => ({
    oldCode: String(c.oldCode ?? ''),
    oldName: String(c.oldName ?? ''),
    newCode: String(c.newCode ?? ''),
    newName: String(c.newName ?? ''),
    changeOccurred: optDate(c.changeOccurred) ?? '',
  }));
}

/**
 * Codes of one level valid on 1 January `year`, with their names. Placeholders such as Svalbard,
 * the continental shelf and "uoppgitt" are left out, as everywhere in the pipeline.
 */
export function codesOn(
  codes: readonly KlassCode[],
  year: number,
  level: 'kommune' | 'fylke',
): Map<string, string> {
  const day = `${year}-01-01`;
  const out = new Map<string, string>();
  for (const c of codes) {
    const from = c.validFromInRequestedRange;
    const to = c.validToInRequestedRange;
    if (from !== null && from > day) continue;
    if (to !== null && to <= day) continue;
    if (normaliseRegionCode(c.code).level === level) out.set(c.code, c.name);
  }
  return out;
}

/** What differs between two code lists (codes only: a renamed kommune keeps its code and its data). */
function describeDiff(
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
  words = { added: 'new', gone: 'gone' },
): string {
  const gone = [...before].filter(([c]) => !after.has(c)).map(([c, n]) => `${c} ${n}`);
  const added = [...after].filter(([c]) => !before.has(c)).map(([c, n]) => `${c} ${n}`);
  return [
    added.length ? `${words.added} ${added.join(', ')}` : '',
    gone.length ? `${words.gone} ${gone.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

export interface LaterYears {
  klass: KlassKommuneRow[];
  /** Years added after the last shipped version, e.g. [2026]. */
  added: number[];
}

/**
 * `klass` with rows for every year in `years` after its last version, copied from that version once
 * the fetched KLASS 131 and 104 lists confirm the codes did not change.
 * @throws Error when a later year is needed but the KLASS lists were not fetched, or when KLASS shows
 *   kommune or county codes changing after the last shipped version (named, with SSB's change list).
 */
export function carryToLaterYears(
  klass: readonly KlassKommuneRow[],
  fetchedKlass: Readonly<Record<string, unknown>>,
  years: Iterable<number>,
): LaterYears {
  const last = Math.max(...klass.map((r) => r.year));
  const needed = [...new Set(years)].filter((y) => y > last).sort((a, b) => a - b);
  if (needed.length === 0) return { klass: [...klass], added: [] };
  const first = needed[0];
  const kommuneAnswer = fetchedKlass[KLASS_KOMMUNE_CODES];
  const fylkeAnswer = fetchedKlass[KLASS_FYLKE_CODES];
  if (kommuneAnswer === undefined || fylkeAnswer === undefined) {
    throw new Error(
      `fetched data are numbered as of ${first}, after the shipped classification (last version 1 January ${last}), and the KLASS lists ` +
        `${KLASS_KOMMUNE_CODES} and ${KLASS_FYLKE_CODES} that would confirm that year's codes were not fetched. ` +
        'Run `npm run data:fetch` without --table (or with --klass), or delete data/raw/ssb_api to build from the shipped snapshot.',
    );
  }
  const kommuner = klassCodes(kommuneAnswer, KLASS_KOMMUNE_CODES);
  const fylker = klassCodes(fylkeAnswer, KLASS_FYLKE_CODES);
  const changes = klassChanges(fetchedKlass[KLASS_KOMMUNE_CHANGES]);
  const baseKommuner = codesOn(kommuner, last, 'kommune');
  const baseFylker = codesOn(fylker, last, 'fylke');
  const shipped = new Map(klass.filter((r) => r.year === last).map((r) => [r.code, r.name]));
  const disagree = describeDiff(shipped, baseKommuner, {
    added: 'only in KLASS:',
    gone: 'only in the shipped file:',
  });
  if (disagree)
    throw new Error(
      `fetched ${KLASS_KOMMUNE_CODES} disagrees with the shipped classification on 1 January ${last} (${disagree}); the fetched list may be incomplete, so no later year is trusted to it.`,
    );

  const out = [...klass];
  for (const year of needed) {
    const k = codesOn(kommuner, year, 'kommune');
    const f = codesOn(fylker, year, 'fylke');
    const diff = [describeDiff(baseKommuner, k), describeDiff(baseFylker, f)].filter(Boolean).join('; ');
    if (diff) {
      const said = changes
        .filter((c) => c.changeOccurred > `${last}-01-01` && c.changeOccurred <= `${year}-01-01`)
        .map((c) => `${c.oldCode} ${c.oldName} → ${c.newCode} ${c.newName} (${c.changeOccurred})`);
      throw new Error(
        `KLASS shows kommune or county codes changing between 1 January ${last} and 1 January ${year}: ${diff}` +
          `${said.length ? `. SSB's change list: ${said.join(', ')}` : ''}. ` +
          'Regionpuls harmonises to 2024 borders; add these changes to data/correspondence.ts (with population shares for a merger or split) before building fetched data numbered as of that year.',
      );
    }
    out.push(...klass.filter((r) => r.year === last).map((r) => ({ ...r, year })));
  }
  return { klass: out, added: needed };
}
