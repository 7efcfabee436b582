/**
 * data/regions/*.csv: region groupings (regionråd, næringssamarbeid) maintained by hand.
 * Format (documented in data/regions/README.md): lines starting with `#` are comments; then a header
 * `id,name,valid_from,members,source`; members are 2024 kommune codes separated by spaces.
 * Every mistake names the file, the line and the offending value, because users edit these files.
 */
import { basename } from 'node:path';
import { readText, splitCells, splitLines } from './text';

export interface SamarbeidGrouping {
  id: string;
  name: string;
  validFrom: number;
  members: string[];
  source: string;
  /** "samarbeid.csv line 7", for messages. */
  where: string;
}

const HEADER = ['id', 'name', 'valid_from', 'members', 'source'];
const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Parse and validate one groupings file against the 2024 kommune codes.
 * @example parseSamarbeidCsv('data/regions/samarbeid.csv', new Set(['3103', '3112', '3114']))
 */
export function parseSamarbeidCsv(
  path: string,
  kommuneCodes: ReadonlySet<string>,
  displayPath = `data/regions/${basename(path)}`,
): SamarbeidGrouping[] {
  const lines = splitLines(readText(path).text);
  const out: SamarbeidGrouping[] = [];
  let headerSeen = false;
  for (const [i, line] of lines.entries()) {
    const where = `${displayPath} line ${i + 1}`;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cells = splitCells(line, ',').map((c) => c.trim());
    if (!headerSeen) {
      if (cells.join(',') !== HEADER.join(','))
        throw new Error(`${where}: header must be "${HEADER.join(',')}", found "${cells.join(',')}"`);
      headerSeen = true;
      continue;
    }
    if (cells.length !== HEADER.length)
      throw new Error(`${where}: expected ${HEADER.length} columns, found ${cells.length}`);
    const [id = '', name = '', validFrom = '', members = '', source = ''] = cells;
    if (!SLUG.test(id))
      throw new Error(
        `${where}: invalid region id ${JSON.stringify(id)} (use a lowercase slug like "mosseregionen")`,
      );
    // `egen-1` … are the codes of users' own regions in links (src/lib/groups): a grouping may not take one.
    if (id.startsWith('egen-'))
      throw new Error(
        `${where}: region id ${id} starts with "egen-", which is reserved for users' own regions`,
      );
    if (name === '') throw new Error(`${where}: region ${id} has no name`);
    if (!/^\d{4}$/.test(validFrom))
      throw new Error(`${where}: invalid valid_from ${JSON.stringify(validFrom)} for ${id}`);
    if (source === '') throw new Error(`${where}: region ${id} has no source`);
    const codes = members.split(/\s+/).filter((c) => c !== '');
    if (codes.length === 0) throw new Error(`${where}: region ${id} has no members`);
    const seen = new Set<string>();
    for (const code of codes) {
      if (!kommuneCodes.has(code))
        throw new Error(`${where}: member ${JSON.stringify(code)} of ${id} is not a 2024 kommune code`);
      if (seen.has(code)) throw new Error(`${where}: member ${code} listed twice in ${id}`);
      seen.add(code);
    }
    out.push({ id, name, validFrom: Number(validFrom), members: [...codes].sort(), source, where });
  }
  if (!headerSeen) throw new Error(`${displayPath}: no header line`);
  return out;
}
