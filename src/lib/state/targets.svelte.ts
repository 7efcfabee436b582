/**
 * Targets in the browser: the shipped ones (read-only) and the user's own, which live in the URL
 * (`?t=`, so a link carries them) and in localStorage (so they are there next time). Every change goes
 * through the same validation as an imported file and the limits in targets/limits.ts; a refused
 * change — bad file, too large, too many — changes nothing.
 */
import { TargetError } from '../targets/model';
import { parseOwnRegions, parseTarget, parseTargetFile, targetFile } from '../targets/target-file';
import { loadGroups, rememberGroups, saveGroups } from '../groups/store';
import type { Target } from '../targets/model';
import type { StoredGroup } from '../groups/store';
import { MAX_FILE_OWN_REGIONS } from '../targets/file-format';
import { decodeTargets, encodeTargets } from '../targets/url';
import { MAX_IMPORT_BYTES, MAX_LINK_PARAM, MAX_USER_TARGETS } from '../targets/limits';
import { t as words } from '../i18n';
import { activeLocale } from '../i18n/format';

export const STORAGE_KEY = 'regionpuls:targets';

export type TargetsMessage = { kind: 'error' | 'info'; text: string };

/** The targets page has no kommune list at hand: a remembered own region's members are checked for form here. */
const isKommuneCode = (code: string) => /^[0-9]{4}$/.test(code);

export class TargetsState {
  shipped = $state<Target[]>([]);
  user = $state<Target[]>([]);
  /** The last problem to tell the user about (bad link, bad file, a limit), or a confirmation. */
  message = $state<TargetsMessage | null>(null);
  /** The `t` parameter for the user's targets; null when there are none or they do not fit a link. */
  param = $state<string | null>(null);
  /** True when the user's targets are too many for a link (share them as a file instead). */
  linkTooLong = $state(false);
  /** True once the link and this browser's storage have been read: an unknown id is then really unknown. */
  restored = $state(false);

  /** Own regions this browser remembers: offered in the editor and written to the exported file. */
  ownRegions = $state<StoredGroup[]>([]);

  readonly all = $derived([...this.shipped, ...this.user]);
  /** The file holds targets and own regions, so either alone is worth exporting. */
  readonly canExport = $derived(this.user.length > 0 || this.ownRegions.length > 0);

  /** Set when a link's targets are shown without saving, so this browser's own targets are not overwritten. */
  #detached = false;
  #encoding = 0;

  constructor(shipped: Target[]) {
    this.shipped = shipped;
  }

  /** Restores user targets: the link's `?t=` first, then what this browser remembered (same id: the link's). */
  async restore(search: URLSearchParams, storage: Storage | null): Promise<void> {
    this.ownRegions = loadGroups(isKommuneCode, storage ?? undefined);
    const stored = this.#readStorage(storage);
    const param = search.get('t');
    const fromLink = param ? await decodeTargets(param, words.targetFile) : null;
    if (fromLink?.error) this.message = { kind: 'error', text: fromLink.error };
    if (fromLink && !fromLink.error) {
      const linked = this.#adopt(fromLink.targets);
      const ids = new Set(linked.map((t) => t.id));
      const merged = [...linked, ...stored.filter((s) => !ids.has(s.id))];
      if (merged.length > MAX_USER_TARGETS) {
        this.user = linked;
        this.#detached = true;
        this.message = {
          kind: 'info',
          text: words.targetFile.linkDetached(linked.length, stored.length, MAX_USER_TARGETS),
        };
      } else {
        this.user = merged;
        this.#save(storage);
      }
    } else this.user = stored;
    await this.link();
    this.restored = true;
  }

  /** Adds or replaces a user target (validated); returns an error text or null. */
  upsert(input: unknown, storage: Storage | null): string | null {
    try {
      const t = parseTarget(input, (w) => w.theTarget);
      if (this.shipped.some((s) => s.id === t.id)) return words.targetFile.shippedId(t.id);
      const i = this.user.findIndex((u) => u.id === t.id);
      if (i === -1 && this.user.length >= MAX_USER_TARGETS) return words.targetFile.tooMany(this.user.length);
      const user = i === -1 ? [...this.user, t] : this.user.map((u, j) => (j === i ? t : u));
      const owns = new Set(
        user.flatMap((u) => (u.own_region === undefined ? [] : [`${u.own_region}|${u.region}`])),
      );
      if (owns.size > MAX_FILE_OWN_REGIONS)
        return words.targetFile.targetOwnRegionsFull(MAX_FILE_OWN_REGIONS);
      this.user = user;
      this.#save(storage);
      return null;
    } catch (e) {
      return e instanceof TargetError ? e.text(words.targetFile) : String(e);
    }
  }

  remove(id: string, storage: Storage | null): void {
    this.user = this.user.filter((u) => u.id !== id);
    this.#save(storage);
  }

  /** Checks an import file's size before it is read; false (with a message) when it is too large. */
  acceptsFile(name: string, bytes: number): boolean {
    if (bytes <= MAX_IMPORT_BYTES) return true;
    const mb = (bytes / 1_000_000).toLocaleString(activeLocale(), { maximumFractionDigits: 1 });
    this.message = { kind: 'error', text: words.targetFile.fileTooLarge(name, mb) };
    return false;
  }

  /** Imports a target file; on any error shows what is wrong and keeps the current targets. */
  importFile(text: string, fileName: string, storage: Storage | null): boolean {
    if (!this.acceptsFile(fileName, new Blob([text]).size)) return false;
    let parsed: Target[];
    let ownRegions: ReturnType<typeof parseOwnRegions>;
    try {
      const json: unknown = JSON.parse(text);
      parsed = parseTargetFile(json);
      ownRegions = parseOwnRegions(json);
    } catch (e) {
      const why = e instanceof TargetError ? e.text(words.targetFile) : words.targetFile.notJson;
      this.message = {
        kind: 'error',
        text: words.targetFile.notImported(fileName, why.replace(/\.?$/, '.')),
      };
      return false;
    }
    const clash = parsed.find((t) => this.shipped.some((s) => s.id === t.id));
    if (clash) {
      this.message = {
        kind: 'error',
        text: words.targetFile.importShippedId(fileName, clash.id),
      };
      return false;
    }
    const ids = new Set(parsed.map((t) => t.id));
    const kept = this.user.filter((u) => !ids.has(u.id));
    if (kept.length + parsed.length > MAX_USER_TARGETS) {
      this.message = {
        kind: 'error',
        text: words.targetFile.importTooMany(fileName, parsed.length, this.user.length, MAX_USER_TARGETS),
      };
      return false;
    }
    this.user = [...kept, ...parsed];
    this.#save(storage);
    // The file's own regions join the ones this browser remembers; the comparison page offers them.
    if (ownRegions.length) {
      this.ownRegions = rememberGroups(loadGroups(isKommuneCode, storage ?? undefined), ownRegions);
      saveGroups(this.ownRegions, storage ?? undefined);
    }
    this.message = {
      kind: 'info',
      text: words.targetFile.imported(parsed.length, ownRegions.length, fileName),
    };
    return true;
  }

  /** The user's targets, and the own regions this browser remembers (groups/store.ts). */
  exportFile(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): string {
    return targetFile(this.user, loadGroups(isKommuneCode, storage));
  }

  /**
   * Encodes the user's targets for the link and updates `param` and `linkTooLong`; returns the
   * parameter, or null when there are none or they do not fit (then the file is the way to share).
   */
  async link(): Promise<string | null> {
    const run = ++this.#encoding;
    const param = this.user.length ? await encodeTargets(this.user) : null;
    if (run !== this.#encoding) return this.param;
    this.linkTooLong = param !== null && param.length > MAX_LINK_PARAM;
    this.param = this.linkTooLong ? null : param;
    return this.param;
  }

  #readStorage(storage: Storage | null): Target[] {
    const stored = storage?.getItem(STORAGE_KEY);
    if (!stored) return [];
    try {
      return this.#adopt(parseTargetFile(JSON.parse(stored)));
    } catch {
      this.message = {
        kind: 'error',
        text: words.targetFile.storageUnreadable,
      };
      return [];
    }
  }

  /** User targets whose id a shipped target now uses get a new id instead of disappearing. */
  #adopt(targets: Target[]): Target[] {
    const taken = new Set([...this.shipped.map((s) => s.id), ...targets.map((t) => t.id)]);
    return targets.map((t) => {
      if (!this.shipped.some((s) => s.id === t.id)) return t;
      let n = 2;
      while (taken.has(`${t.id.slice(0, 55)}-egen${n}`)) n++;
      const id = `${t.id.slice(0, 55)}-egen${n}`;
      taken.add(id);
      return { ...t, id };
    });
  }

  #save(storage: Storage | null): void {
    if (this.#detached) return;
    try {
      storage?.setItem(STORAGE_KEY, targetFile(this.user));
    } catch {
      // Storage full or disabled (private mode): the link still carries the targets.
    }
  }
}
