/**
 * All-or-nothing writes of the fetched files. Everything goes into a temporary sibling folder (a copy of
 * the current output plus the new files) that replaces the output folder by rename only once it is
 * complete, so an interrupted or failed fetch never leaves a half-updated data/raw/ssb_api/.
 */
import { randomBytes } from 'node:crypto';
import { cp, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** index.json in the output folder: which file holds what, so the pipeline need not guess. */
export interface FetchIndex {
  updated_at: string;
  tables: Record<
    string,
    { indicator: string; data: string; meta: string; updated: string | null; retrieved_at: string }
  >;
  klass: Record<string, { data: string; meta: string; retrieved_at: string }>;
}

export const INDEX_FILE = 'index.json';

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** The current index.json of a folder, or an empty one. */
export async function readIndex(outDir: string): Promise<FetchIndex> {
  try {
    const json = JSON.parse(await readFile(join(outDir, INDEX_FILE), 'utf-8')) as Partial<FetchIndex>;
    return { updated_at: json.updated_at ?? '', tables: json.tables ?? {}, klass: json.klass ?? {} };
  } catch {
    return { updated_at: '', tables: {}, klass: {} };
  }
}

/** The `verify` step refused the new folder; `message` says why (Norwegian). */
export class VerifyFailed extends Error {
  constructor(
    message: string,
    readonly original: unknown,
  ) {
    super(message);
    this.name = 'VerifyFailed';
  }
}

/**
 * Write `files` (name → content) into `outDir`, keeping the folder's other files, atomically: readers
 * see either the old folder or the complete new one. `verify` sees the complete new folder first and
 * can refuse it by throwing.
 * @throws VerifyFailed when `verify` refuses; Error from the file system. `outDir` is then unchanged.
 */
export async function writeFolderAtomically(
  outDir: string,
  files: ReadonlyMap<string, string>,
  verify?: (candidateDir: string) => Promise<void>,
): Promise<void> {
  const parent = dirname(outDir);
  const name = basename(outDir);
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const tmp = join(parent, `.${name}.tmp-${tag}`);
  const old = join(parent, `.${name}.old-${tag}`);
  await mkdir(parent, { recursive: true });
  const hadOld = await exists(outDir);
  try {
    if (hadOld) await cp(outDir, tmp, { recursive: true, preserveTimestamps: true });
    else await mkdir(tmp);
    for (const [file, content] of files) {
      if (file.includes('/') || file.includes('\\') || file.startsWith('.'))
        throw new Error(`unsafe file name ${file}`);
      await writeFile(join(tmp, file), content, 'utf-8');
    }
    if (verify) {
      try {
        await verify(tmp);
      } catch (e) {
        throw e instanceof VerifyFailed ? e : new VerifyFailed(e instanceof Error ? e.message : String(e), e);
      }
    }
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  if (!hadOld) {
    await rename(tmp, outDir);
    return;
  }
  // Two renames: POSIX cannot swap directories in one step. If the second fails the old one goes back.
  await rename(outDir, old);
  try {
    await rename(tmp, outDir);
  } catch (e) {
    await rename(old, outDir);
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  await rm(old, { recursive: true, force: true });
}
