/**
 * User targets in a link. `?t=2.<…>` carries them as deflate-compressed JSON in the target-file format
 * (empty fields left out), base64url-encoded; links written before compression (`?t=<base64url JSON>`,
 * no "2." prefix — base64url has no ".") are still read. A tampered, oversized or over-full link yields
 * a message, never an exception.
 */
import { TargetError, type TargetFileWords } from './model';
import { parseTargetFile } from './target-file';
import { nb } from '../i18n/nb';
import { TARGET_FILE_VERSION } from './file-format';
import { writeOwnRegions } from './own-region';
import type { Target } from './model';
import { MAX_LINK_JSON_BYTES, MAX_LINK_PARAM_READ, MAX_USER_TARGETS } from './limits';

const COMPACT_PREFIX = '2.';

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new TargetError((w) => w.linkBadChars);
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** The target without the fields that are empty or default, which the parser fills in again. */
function compact(t: Target): Partial<Target> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(t)) if (v !== '' && v !== false) out[k] = v;
  return out as Partial<Target>;
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates, stopping as soon as the output passes `max` bytes. */
async function inflate(bytes: Uint8Array, max: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      throw new TargetError((w) => w.linkUnpacksTooLarge);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The `t` parameter for these targets (compressed; the caller checks it against MAX_LINK_PARAM). */
export async function encodeTargets(targets: readonly Target[]): Promise<string> {
  // A target on an own region carries it as the file does: `egen-N` into the link's own_regions.
  const written = writeOwnRegions(targets, []);
  const json = JSON.stringify({
    regionpuls_targets: TARGET_FILE_VERSION,
    targets: written.targets.map(compact),
    ...(written.ownRegions.length ? { own_regions: written.ownRegions } : {}),
  });
  return COMPACT_PREFIX + toBase64Url(await deflate(new TextEncoder().encode(json)));
}

/** Decodes `?t=` in either format; never throws. */
/**
 * The targets in a link, or the reason they were not read in `words` (the app passes the reader's
 * language; bokmål otherwise — this module also runs in plain Node).
 */
export async function decodeTargets(
  param: string,
  words: TargetFileWords = nb.targetFile,
): Promise<{ targets: Target[]; error: string | null }> {
  try {
    if (param.length > MAX_LINK_PARAM_READ) throw new TargetError((w) => w.linkTooLongToRead);
    const bytes = param.startsWith(COMPACT_PREFIX)
      ? await inflate(fromBase64Url(param.slice(COMPACT_PREFIX.length)), MAX_LINK_JSON_BYTES)
      : fromBase64Url(param);
    const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    const targets = parseTargetFile(json);
    if (targets.length > MAX_USER_TARGETS)
      return { targets: [], error: words.linkTooMany(targets.length, MAX_USER_TARGETS) };
    return { targets, error: null };
  } catch (e) {
    const why = e instanceof TargetError ? e.text(words).replace(/\.$/, '') : words.linkUnreadable;
    return { targets: [], error: words.linkNotRead(why) };
  }
}
