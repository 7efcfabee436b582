/**
 * SSB table 07459 "Population, by region, age, contents and year" as exported from statbank (English),
 * one row per region x single-year age, one column per year ("Persons 2005" ...).
 *
 * The seven exports in data/raw/ssb/population/raw_07459 differ in every way an export can: TAB, comma
 * or semicolon; ISO-8859-1 or UTF-8 whose letters were already replaced by U+FFFD; a title line and a
 * blank line above the header; CRLF; labels "0104 Moss", "K-3001 Halden" and "1621 Ørland (-2017)";
 * non-kommune rows "K-21-22 Svalbard and Jan Mayen", "K-23 Continental shelf", "K-Rest ...".
 * Only the 4-digit code is trusted; names are left to the classification files.
 */
import { basename } from 'node:path';
import { parseTable, readText, type TextEncoding } from './text';
import { parseCountCell } from './value';

export interface PopulationByRegionYear {
  /** 4-digit kommune code as printed (numbering valid in that year). */
  code: string;
  /** The region label exactly as in the file (broken letters included). */
  label: string;
  year: number;
  /** Sum over all single-year ages; null if any age cell is a missing marker. 0 = the code did not exist. */
  persons: number | null;
}

export interface Population07459File {
  file: string;
  encoding: TextEncoding;
  delimiter: string;
  years: number[];
  /** Number of age groups per region (the same for every region, checked). */
  ages: number;
  kommuner: PopulationByRegionYear[];
  /** Svalbard, continental shelf and "Rest": part of the national total, but not kommuner. */
  other: { label: string; year: number; persons: number | null }[];
}

const KOMMUNE_LABEL = /^(?:K-)?(\d{4}) \S/;
const NON_KOMMUNE_LABEL = /^K-(?:\d{2}-\d{2}|\d{2}|Rest) /;

export function parse07459PopulationFile(path: string): Population07459File {
  const file = basename(path);
  const { text, encoding } = readText(path);
  const table = parseTable(text, {
    // 2021/2022 start with a title line and a blank line; the header is the line that names "region".
    isHeader: (line) => /^"?region"?[\t;,]/.test(line),
    source: file,
  });
  const [regionCol, ageCol, ...yearCols] = table.header;
  if (regionCol !== 'region' || ageCol !== 'age' || yearCols.length === 0) {
    throw new Error(`${file}: unexpected header ${table.header.join(' | ')}`);
  }
  const years = yearCols.map((h) => {
    const m = /^Persons (\d{4})$/.exec(h);
    if (!m) throw new Error(`${file}: unexpected year column ${JSON.stringify(h)}`);
    return Number(m[1]);
  });

  const sums = new Map<string, (number | null)[]>();
  const ageRows = new Map<string, number>();
  for (const { cells, line } of table.rows) {
    const label = cells[0] ?? '';
    const totals = sums.get(label) ?? years.map(() => 0);
    years.forEach((_, i) => {
      const v = parseCountCell(cells[i + 2] ?? '', `${file} line ${line}`);
      const prev = totals[i];
      totals[i] = v === null || prev === null || prev === undefined ? null : prev + v;
    });
    sums.set(label, totals);
    ageRows.set(label, (ageRows.get(label) ?? 0) + 1);
  }

  const ageCounts = new Set(ageRows.values());
  const ages = [...ageCounts][0] ?? 0;
  if (ageCounts.size !== 1)
    throw new Error(`${file}: regions have different numbers of age rows (${[...ageCounts].join(', ')})`);

  const kommuner: PopulationByRegionYear[] = [];
  const other: Population07459File['other'] = [];
  for (const [label, totals] of sums) {
    const kommune = KOMMUNE_LABEL.exec(label);
    const isOther = NON_KOMMUNE_LABEL.test(label);
    if (!kommune && !isOther) throw new Error(`${file}: unrecognised region label ${JSON.stringify(label)}`);
    years.forEach((year, i) => {
      const persons = totals[i] ?? null;
      if (kommune?.[1] !== undefined) kommuner.push({ code: kommune[1], label, year, persons });
      else other.push({ label, year, persons });
    });
  }
  return { file, encoding, delimiter: table.delimiter, years, ages, kommuner, other };
}
