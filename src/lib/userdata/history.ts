/**
 * The old kommune numbers own files are matched against (static/data/kommunekoder.json), fetched once
 * when the first file is read. Without it a file still reads; old numbers are then refused as unknown.
 */
import { MAP_FILES, type CodeHistoryFile } from '../schema';
import type { CodeHistory } from './read';

let loading: Promise<CodeHistory | undefined> | undefined;

function isHistory(file: unknown): file is CodeHistoryFile {
  const codes = (file as CodeHistoryFile | null)?.codes;
  return (
    typeof codes === 'object' &&
    codes !== null &&
    Object.values(codes).every(
      (c) => typeof c?.name === 'string' && typeof c.to === 'object' && typeof c.whole === 'boolean',
    )
  );
}

export function codeHistory(dataUrl: URL): Promise<CodeHistory | undefined> {
  loading ??= fetch(new URL(MAP_FILES.codeHistory, dataUrl))
    .then((res) => (res.ok ? res.json() : undefined))
    .then((file: unknown) => (isHistory(file) ? file.codes : undefined))
    .catch(() => undefined);
  return loading;
}
