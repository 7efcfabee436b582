/**
 * User targets in a link: `?t=` carries them as base64url-encoded JSON in the target-file format, so a
 * link reproduces them and a tampered link yields a message, not an exception.
 */
import { TargetError, parseTargetFile, targetFile } from './model';
import type { Target } from './model';

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export function encodeTargets(targets: readonly Target[]): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(JSON.parse(targetFile(targets)))));
}

/** Decodes `?t=`; never throws. */
export function decodeTargets(param: string): { targets: Target[]; error: string | null } {
  try {
    if (param.length > 20_000) throw new TargetError('lenken er for lang');
    const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(param)));
    return { targets: parseTargetFile(json), error: null };
  } catch (e) {
    const why = e instanceof TargetError ? e.message : 'den kan ikke leses';
    return { targets: [], error: `Målene i lenken ble ikke lest: ${why}.` };
  }
}
