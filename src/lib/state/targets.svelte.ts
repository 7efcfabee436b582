/**
 * Targets in the browser: the shipped ones (read-only) and the user's own, which live in the URL
 * (`?t=`, so a link carries them) and in localStorage (so they are there next time). Every change goes
 * through the same validation as an imported file; a rejected import changes nothing.
 */
import { TargetError, parseTarget, parseTargetFile, targetFile } from '../targets/model';
import type { Target } from '../targets/model';
import { decodeTargets, encodeTargets } from '../targets/url';

export const STORAGE_KEY = 'regionpuls:targets';

export class TargetsState {
  shipped = $state<Target[]>([]);
  user = $state<Target[]>([]);
  /** The last problem to tell the user about (bad link, bad file), or a confirmation. */
  message = $state<{ kind: 'error' | 'info'; text: string } | null>(null);

  readonly all = $derived([...this.shipped, ...this.user]);

  constructor(shipped: Target[]) {
    this.shipped = shipped;
  }

  /** Restores user targets: the link's `?t=` wins over what this browser remembered. */
  restore(search: URLSearchParams, storage: Storage | null): void {
    const param = search.get('t');
    if (param) {
      const { targets, error } = decodeTargets(param);
      if (error) this.message = { kind: 'error', text: error };
      else {
        this.user = this.#withoutShippedIds(targets);
        this.#save(storage);
        return;
      }
    }
    const stored = storage?.getItem(STORAGE_KEY);
    if (stored) {
      try {
        this.user = this.#withoutShippedIds(parseTargetFile(JSON.parse(stored)));
      } catch {
        this.message = { kind: 'error', text: 'Lagrede mål i denne nettleseren kunne ikke leses og ble ikke brukt.' };
      }
    }
  }

  /** Adds or replaces a user target (validated); returns an error text or null. */
  upsert(input: unknown, storage: Storage | null): string | null {
    try {
      const t = parseTarget(input, 'målet');
      if (this.shipped.some((s) => s.id === t.id)) return `Id «${t.id}» brukes av et levert mål; velg en annen.`;
      const i = this.user.findIndex((u) => u.id === t.id);
      this.user = i === -1 ? [...this.user, t] : this.user.map((u, j) => (j === i ? t : u));
      this.#save(storage);
      return null;
    } catch (e) {
      return e instanceof TargetError ? e.message : String(e);
    }
  }

  remove(id: string, storage: Storage | null): void {
    this.user = this.user.filter((u) => u.id !== id);
    this.#save(storage);
  }

  /** Imports a target file; on any error shows what is wrong and keeps the current targets. */
  importFile(text: string, fileName: string, storage: Storage | null): boolean {
    let parsed: Target[];
    try {
      parsed = parseTargetFile(JSON.parse(text));
    } catch (e) {
      const why = e instanceof TargetError ? e.message : 'filen er ikke gyldig JSON';
      this.message = { kind: 'error', text: `«${fileName}» ble ikke importert: ${why.replace(/\.?$/, '.')} Ingen mål ble endret.` };
      return false;
    }
    const clash = parsed.find((t) => this.shipped.some((s) => s.id === t.id));
    if (clash) {
      this.message = { kind: 'error', text: `«${fileName}» ble ikke importert: id «${clash.id}» brukes av et levert mål. Ingen mål ble endret.` };
      return false;
    }
    const ids = new Set(parsed.map((t) => t.id));
    this.user = [...this.user.filter((u) => !ids.has(u.id)), ...parsed];
    this.#save(storage);
    this.message = { kind: 'info', text: `Importerte ${parsed.length} mål fra «${fileName}».` };
    return true;
  }

  exportFile(): string {
    return targetFile(this.user);
  }

  /** The `t` parameter for the current user targets, or null when there are none. */
  urlParam(): string | null {
    return this.user.length ? encodeTargets(this.user) : null;
  }

  #withoutShippedIds(targets: Target[]): Target[] {
    return targets.filter((t) => !this.shipped.some((s) => s.id === t.id));
  }

  #save(storage: Storage | null): void {
    try {
      storage?.setItem(STORAGE_KEY, this.exportFile());
    } catch {
      // Storage full or disabled (private mode): the link still carries the targets.
    }
  }
}
