/**
 * kommunekode_endringer_2024_klass131.json (from SSB KLASS 131 changes 2023-12-01 -> 2024-02-01):
 * 2024 code -> the 2020-2023 code it replaced. It lists only renumberings that kept the name, so
 * Våler (Viken) -> Våler (Østfold) and Gratangen -> Gratangen - Rivtták are not in it, and the 1507
 * entry ignores that Haram (1580) was split off Ålesund.
 */
import { readFileSync } from 'node:fs';

export function parseKlass131Changes2024(path: string): { code2024: string; code2023: string }[] {
  const json: unknown = JSON.parse(readFileSync(path, 'utf-8'));
  const changes = (json as { endringer?: unknown }).endringer;
  if (typeof changes !== 'object' || changes === null)
    throw new Error('kommunekode_endringer_2024_klass131.json: no "endringer" object');
  return Object.entries(
    changes as Record<string, { oldCodes?: { code?: unknown; validTo?: unknown }[] }>,
  ).map(([code2024, v]) => {
    const old = v.oldCodes;
    const first = old?.[0];
    if (!old || old.length !== 1 || typeof first?.code !== 'string' || first.validTo !== '2024-01-01') {
      throw new Error(`kommunekode_endringer_2024_klass131.json: unexpected entry for ${code2024}`);
    }
    return { code2024, code2023: first.code };
  });
}
