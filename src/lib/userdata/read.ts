/**
 * A user's own figures, from a CSV or Parquet file they drop on the page: read, checked and matched to
 * Regionpuls's regions in the browser (nothing leaves it). Every problem is said in Norwegian with the
 * file, line and column and what was expected, and a file with any problem is refused whole, so nothing
 * half-read ever reaches a chart.
 *
 * Accepted: comma, semicolon or tab separated; UTF-8 (with or without byte-order mark) or Windows-1252
 * (Excel's «CSV (semikolondelt)»); decimal comma and spaces as thousands separators where the separator is
 * not a comma; SSB's missing marks (.., :, -, empty) kept as missing. Columns are found by their header:
 * region (code or name), year, value, and optionally indicator.
 */
import { parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { decode, foldCell as fold, parseValue, sniff, splitRows } from './text';
import { matcher, matchRegion } from './match';
import type { CodeHistoryFile } from '../schema';
import { formatNumber, t } from '../i18n';

export interface UserRegion {
  code: string;
  name: string;
  level: string;
}

export interface UserObservation {
  indicator: string;
  region_code: string;
  year: number;
  value: number | null;
}

export interface UserData {
  file: string;
  indicators: string[];
  rows: UserObservation[];
}

export type ReadResult =
  | {
      ok: true;
      data: UserData;
      /** Old kommune numbers or names carried to their 2024 kommune, once each («3002 Moss → 3103 Moss»). */
      carried: string[];
    }
  | { ok: false; file: string; errors: string[] };

/** The old kommune numbers (static/data/kommunekoder.json), or none when the file could not be loaded. */
export type CodeHistory = CodeHistoryFile['codes'];

export const LIMITS = {
  bytes: 5_000_000,
  rows: 200_000,
  indicators: 20,
  /** Problems listed one by one; the rest are counted. */
  shownErrors: 10,
} as const;

const HEADERS = {
  region: [
    'region',
    'kommune',
    'kommunenummer',
    'kommunenr',
    'knr',
    'kode',
    'regionkode',
    'region_code',
    'code',
    'fylke',
    'fylkesnummer',
  ],
  year: ['år', 'aar', 'year', 'årstall', 'tid', 'time'],
  value: ['verdi', 'value', 'antall', 'tall', 'persons', 'personer'],
  indicator: ['indikator', 'indicator', 'statistikkvariabel', 'variabel', 'serie'],
} as const;
type Column = keyof typeof HEADERS;

function fromTable(
  file: string,
  header: string[],
  body: { cells: string[]; line: number }[],
  decimalComma: boolean,
  regions: readonly UserRegion[],
  history: CodeHistory | undefined,
): ReadResult {
  const errors: string[] = [];
  const say = (text: string) => errors.push(`${file}: ${text}`);
  const find = (col: Column) =>
    header.findIndex(
      (h) =>
        (HEADERS[col] as readonly string[]).includes(fold(h).replace(/\s+/g, '_')) ||
        (HEADERS[col] as readonly string[]).includes(h.trim().toLowerCase()),
    );
  const at = {
    region: find('region'),
    year: find('year'),
    value: find('value'),
    indicator: find('indicator'),
  };
  const absent = (['region', 'year', 'value'] as const).filter((c) => at[c] < 0);
  if (absent.length) {
    const names = t.readErrors.columns;
    return {
      ok: false,
      file,
      errors: [
        t.readErrors.missingColumns(
          file,
          t.listJoin(absent.map((c) => `«${names[c]}»`)),
          header.map((h) => `«${h}»`).join(', '),
        ),
      ],
    };
  }
  if (body.length === 0) return { ok: false, file, errors: [t.readErrors.noRows(file)] };
  if (body.length > LIMITS.rows)
    return {
      ok: false,
      file,
      errors: [t.readErrors.tooManyRows(file, body.length, LIMITS.rows)],
    };

  const m = matcher(regions, history);
  const defaultIndicator = file.replace(/\.[^.]+$/, '');
  const seen = new Map<string, number>();
  const rows: UserObservation[] = [];
  for (const { cells, line } of body) {
    if (cells.length !== header.length) {
      say(t.readErrors.cellCount(line, cells.length, header.length));
      continue;
    }
    const region = matchRegion(m, cells[at.region]!);
    if (typeof region === 'string') say(`linje ${line}, kolonne «${header[at.region]}»: ${region}`);
    const yearText = cells[at.year]!.trim();
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 1900 || year > 2100)
      say(t.readErrors.notYear(line, header[at.year] ?? '', yearText));
    const value = parseValue(cells[at.value]!, decimalComma);
    if (value === undefined)
      say(t.readErrors.notNumber(line, header[at.value] ?? '', cells[at.value]!.trim(), decimalComma));
    const indicator = at.indicator >= 0 ? cells[at.indicator]!.trim() : defaultIndicator;
    if (indicator === '') say(t.readErrors.noIndicator(line, header[at.indicator] ?? ''));
    if (typeof region === 'string' || value === undefined || indicator === '' || !/^\d{4}$/.test(yearText))
      continue;
    const key = `${indicator}|${region.code}|${year}`;
    const earlier = seen.get(key);
    if (earlier !== undefined)
      say(t.readErrors.duplicate(line, `${region.name} ${year}`, indicator, earlier));
    else seen.set(key, line);
    rows.push({ indicator, region_code: region.code, year, value });
    if (errors.length > LIMITS.shownErrors * 10) break;
  }
  const indicators = [...new Set(rows.map((r) => r.indicator))];
  if (indicators.length > LIMITS.indicators)
    say(t.readErrors.tooManyIndicators(indicators.length, LIMITS.indicators));
  if (errors.length) {
    const shown = errors.slice(0, LIMITS.shownErrors);
    if (errors.length > shown.length) shown.push(t.readErrors.more(file, errors.length - shown.length));
    return { ok: false, file, errors: shown };
  }
  return { ok: true, data: { file, indicators, rows }, carried: [...m.carried] };
}

/**
 * Reads one dropped file. Never throws: every problem comes back as a sentence. With `history`, old
 * kommune numbers and names are carried to 2024 borders where that is exact.
 */
export async function readUserFile(
  file: string,
  bytes: Uint8Array,
  regions: readonly UserRegion[],
  history?: CodeHistory,
): Promise<ReadResult> {
  if (bytes.byteLength === 0) return { ok: false, file, errors: [t.readErrors.empty(file)] };
  if (bytes.byteLength > LIMITS.bytes) {
    return {
      ok: false,
      file,
      errors: [t.readErrors.tooBig(file, formatNumber(bytes.byteLength / 1e6, 1), LIMITS.bytes / 1e6)],
    };
  }
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic === 'PAR1') {
    try {
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      const objects = (await parquetReadObjects({ file: buffer, compressors })) as Record<string, unknown>[];
      const header = Object.keys(objects[0] ?? {});
      const body = objects.map((o, i) => ({
        cells: header.map((h) => (o[h] === null || o[h] === undefined ? '' : String(o[h]))),
        line: i + 1,
      }));
      return fromTable(file, header, body, false, regions, history);
    } catch {
      return {
        ok: false,
        file,
        errors: [t.readErrors.badParquet(file)],
      };
    }
  }
  if (bytes.subarray(0, 1024).includes(0)) return { ok: false, file, errors: [t.readErrors.notCsv(file)] };
  const text = decode(bytes);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const sep = sniff(firstLine);
  const rows = splitRows(text, sep);
  if ('error' in rows) return { ok: false, file, errors: [`${file}: linje ${rows.line}: ${rows.error}`] };
  const [head, ...body] = rows;
  if (!head || head.cells.length < 3)
    return {
      ok: false,
      file,
      errors: [t.readErrors.tooFewColumns(file)],
    };
  return fromTable(
    file,
    head.cells.map((h) => h.trim()),
    body,
    sep !== ',',
    regions,
    history,
  );
}
