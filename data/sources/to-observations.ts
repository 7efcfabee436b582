/**
 * Decoded SSB JSON-stat cells → the pipeline's observations, steered by one ssb.json table entry.
 *
 * Region codes are normalised to the plain code ("K-3103" → "3103", "F-31" → "31") but NOT moved to
 * 2024 borders here: every observation keeps the numbering SSB used for that year (`code_year`), so the
 * pipeline's harmonisation (KLASS 131 changes) decides how it reaches today's kommuner.
 */
import type { Observation, ObservationStatus } from '../../src/lib/schema';
import type { JsonStatDataset } from '../parse/jsonstat';
import { jsonStatRows } from '../parse/jsonstat-cells';
import type { SsbRegionLevel, SsbTableSource } from './ssb-sources';

export interface SsbObservation extends Omit<Observation, 'source'> {
  status: Extract<ObservationStatus, 'reported' | 'missing'>;
  /** The year whose kommune/fylke numbering `region_code` belongs to (SSB codes each year in its own numbering). */
  code_year: number;
  region_level: SsbRegionLevel;
  /** The code exactly as SSB wrote it ("K-3103", "3002"). */
  source_code: string;
  region_label: string;
  /** Years the code existed according to its label ("Moss (2020-2023)"), null where the label says nothing. */
  code_valid_from: number | null;
  code_valid_to: number | null;
  /** SSB's status symbol (".." etc.; for a sum, the first missing part's), or null. */
  ssb_status: string | null;
  table_id: string;
  priority: number;
}

/**
 * Plain region code and its level from an SSB region code: "K-3103"/"3103" → kommune, "F-31"/"31" →
 * fylke, "0" → land. Svalbard, Jan Mayen, the continental shelf (21xx-23xx, 21-23), "uoppgitt" (9999, 99)
 * and anything unrecognised are 'other': part of the national total, but no region of the dashboard.
 */
export function normaliseRegionCode(raw: string): { code: string; level: SsbRegionLevel } {
  const code = raw.trim().replace(/^[KF][-.]/, '');
  if (code === '0' || code === '00') return { code: '0', level: 'land' };
  if (/^\d{4}$/.test(code))
    return { code, level: /^2[123]/.test(code) || code === '9999' ? 'other' : 'kommune' };
  if (/^\d{2}$/.test(code))
    return { code, level: ['21', '22', '23', '99'].includes(code) ? 'other' : 'fylke' };
  return { code, level: 'other' };
}

/** Years in a label suffix: "Moss (-2019)" → [null, 2019], "Moss (2020-2023)" → [2020, 2023]. */
export function labelValidity(label: string): { from: number | null; to: number | null } {
  const m = /\((\d{4})?\s*-\s*(\d{4})?\)\s*$/.exec(label);
  if (!m || (m[1] === undefined && m[2] === undefined)) return { from: null, to: null };
  return { from: m[1] ? Number(m[1]) : null, to: m[2] ? Number(m[2]) : null };
}

interface Group {
  indicator: string;
  region: string;
  regionLabel: string;
  time: string;
  sum: number;
  parts: number;
  missing: boolean;
  /** First missing part's symbol, or (no part missing) the first part's status. */
  symbol: string | null;
}

/**
 * The response has the entry's region, time and filter dimensions, and every other dimension not summed
 * over has one code; returns those others and how many cells are summed into one value.
 */
export function checkDimensions(
  ds: JsonStatDataset,
  entry: SsbTableSource,
): { rest: string[]; partsPerGroup: number } {
  const m = entry.mapping;
  const where = `table ${entry.id}`;
  const dim = (id: string): JsonStatDataset['dimensions'][number] => {
    const d = ds.dimensions.find((x) => x.id === id);
    if (!d) throw new Error(`${where}: dimension ${id} not in the response (has ${ds.ids.join(', ')})`);
    return d;
  };
  dim(m.region);
  dim(m.time);
  const kept = (id: string): number => {
    const d = dim(id);
    const wanted = m.filter?.[id];
    if (!wanted) return d.categories.length;
    for (const code of wanted) {
      if (!d.categories.some((c) => c.code === code))
        throw new Error(`${where}: filter code ${code} not in dimension ${id}`);
    }
    return wanted.length;
  };
  for (const id of Object.keys(m.filter ?? {})) kept(id);
  const sumOver = m.sumOver ?? [];
  const partsPerGroup = sumOver.reduce((n, id) => n * kept(id), 1);
  const rest = ds.ids.filter(
    (id) =>
      id !== m.region &&
      id !== m.time &&
      !sumOver.includes(id) &&
      id !== m.indicatorBy?.dimension &&
      id !== m.home,
  );
  for (const id of rest) {
    // One value per region and year: every other dimension must be pinned to a single code. A dimension the
    // query pinned (or SSB eliminated) arrives with one code or not at all, so it needs no filter here.
    if (kept(id) !== 1)
      throw new Error(
        `${where}: ambiguous cells — dimension ${id} has ${kept(id)} codes; pin it in the query (valueCodes, label or total), or add it to mapping.filter or mapping.sumOver`,
      );
  }
  return { rest, partsPerGroup };
}

/**
 * Map a decoded dataset to observations for `entry.indicator`: one per region and year, values summed
 * over `mapping.sumOver` only when every part is a number (otherwise the total is missing, never partial).
 * Rows of no dashboard level (aggregates like «Fylkene», Svalbard, uoppgitt) with a figure get one line in `notes`.
 * @throws Error when dimensions are missing, a filter code does not exist, cells are ambiguous, or two
 *   SSB codes normalise to the same region and year.
 */
export function toObservations(
  ds: JsonStatDataset,
  entry: SsbTableSource,
  notes: string[] = [],
): SsbObservation[] {
  const m = entry.mapping;
  const { partsPerGroup } = checkDimensions(ds, entry);
  const groups = new Map<string, Group>();
  for (const row of jsonStatRows(ds)) {
    if (m.filter && !Object.entries(m.filter).every(([id, codes]) => codes.includes(row.codes[id] ?? '')))
      continue;
    const region = row.codes[m.region] ?? '';
    const time = row.codes[m.time] ?? '';
    const indicator = m.indicatorBy
      ? m.indicatorBy.codes[row.codes[m.indicatorBy.dimension] ?? '']
      : entry.indicator;
    if (indicator === undefined) continue;
    const key = `${indicator}\u0000${region}\u0000${time}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        indicator,
        region,
        regionLabel: row.labels[m.region] ?? region,
        time,
        sum: 0,
        parts: 0,
        missing: false,
        symbol: null,
      };
      groups.set(key, g);
    }
    g.parts++;
    if (g.parts === 1) g.symbol = row.status;
    if (row.value === null) {
      if (!g.missing) g.symbol = row.status;
      g.missing = true;
    } else g.sum += row.value;
  }

  const out: SsbObservation[] = [];
  const seen = new Set<string>();
  const notedOther = new Set<string>();
  for (const g of groups.values()) {
    if (g.parts !== partsPerGroup)
      throw new Error(
        `table ${entry.id}: ${g.region}/${g.time} has ${g.parts} parts, expected ${partsPerGroup}`,
      );
    const { code, level } = normaliseRegionCode(g.region);
    if (!m.keepLevels.includes(level)) {
      // A row no region of the dashboard can hold («Fylkene», «Fastlands-Norge», Svalbard): said once, then left out.
      if (level === 'other' && !g.missing && !notedOther.has(g.region)) {
        notedOther.add(g.region);
        notes.push(
          `table ${entry.id}: region ${g.region} «${g.regionLabel}» skipped (not a kommune, county or Hele landet)`,
        );
      }
      continue;
    }
    if (!/^\d{4}$/.test(g.time)) throw new Error(`table ${entry.id}: time code ${g.time} is not a year`);
    const year = Number(g.time);
    const value = g.missing ? null : g.sum;
    const validity = labelValidity(g.regionLabel);
    const outside =
      (validity.from !== null && year < validity.from) || (validity.to !== null && year > validity.to);
    // SSB fills years a code did not exist with 0 or a symbol; those are not observations.
    if (m.dropOutsideCodeValidity && outside && (value === null || value === 0)) continue;
    const dupKey = `${g.indicator}\u0000${code}\u0000${year}`;
    if (seen.has(dupKey))
      throw new Error(
        `table ${entry.id}: region ${code} appears twice for ${year} (as ${g.region} and another code)`,
      );
    seen.add(dupKey);
    out.push({
      indicator: g.indicator,
      region_code: code,
      year,
      value,
      status: value === null ? 'missing' : 'reported',
      code_year: year,
      region_level: level,
      source_code: g.region,
      region_label: g.regionLabel,
      code_valid_from: validity.from,
      code_valid_to: validity.to,
      // A number SSB flagged (e.g. provisional) keeps its flag; a sum reports the first missing part's.
      ssb_status: g.missing || partsPerGroup === 1 ? g.symbol : null,
      table_id: entry.id,
      priority: entry.priority,
    });
  }
  return out.sort((a, b) =>
    a.indicator < b.indicator
      ? -1
      : a.indicator > b.indicator
        ? 1
        : a.region_code < b.region_code
          ? -1
          : a.region_code > b.region_code
            ? 1
            : a.year - b.year,
  );
}

/**
 * One observation per indicator, region and year when several tables feed the same indicator (07984 and
 * 13470 both give `sysselsatte`): the lowest `priority` that has a number wins; if none has one, the
 * lowest priority's missing observation stays, so the gap is still reported.
 */
export function preferByPriority(observations: readonly SsbObservation[]): SsbObservation[] {
  const best = new Map<string, SsbObservation>();
  for (const o of observations) {
    const key = `${o.indicator}\u0000${o.region_code}\u0000${o.year}`;
    const cur = best.get(key);
    const better =
      !cur ||
      (cur.value === null && o.value !== null) ||
      ((cur.value === null) === (o.value === null) && o.priority < cur.priority);
    if (better) best.set(key, o);
  }
  return [...best.values()];
}
