/**
 * State of the commuting page: the area the URL asks for and its figures. The default area's figures
 * come with the page; any other is loaded through the engine, started only then. A newer request wins
 * over a slower older one, and an unknown code falls back to the default with a notice.
 */
import type { Engine } from '../db/engine';
import { regionLabel } from '../definitions/regions';
import { t } from '../i18n';
import { groupCode, groupSlot, parseGroups } from '../groups/group';
import type { OwnGroup } from '../groups/group';
import { DEFAULT_AREA, loadCommuting } from '../commuting/load';
import type { CommutingData } from '../commuting/load';
import { errorText } from '../i18n/errors';

export interface CommutingArea {
  code: string;
  name: string;
  level: string;
  kind: string;
}

export class CommutingPageState {
  /** Replaced whole, never mutated: raw, so `shown === seed` compares the objects themselves. */
  shown = $state.raw<CommutingData>(null!);
  /** The area picked, shown in the picker at once while its figures load. */
  wanted = $state('');
  loading = $state(false);
  failure = $state<string | null>(null);
  notice = $state<string | null>(null);
  /** Own regions in the link (`g1` … `g5`), shown as areas `egen-1` … `egen-5`. */
  own = $state.raw<OwnGroup[]>([]);

  readonly seed: CommutingData;
  readonly byCode: ReadonlyMap<string, CommutingArea>;
  #engine: () => Promise<Engine>;
  #settled: () => void;
  #request = 0;
  /** The members `shown` was computed for, when it is an own region (also the flow map's kommuner). */
  shownMembers = $state.raw<readonly string[] | undefined>(undefined);
  /** `shown`'s area as it was when loaded: an own region keeps its name while the link moves on. */
  shownArea = $state.raw<CommutingArea>(null!);

  /** `settled` runs once the page shows what the URL asks for, or says why not. */
  constructor(
    seed: CommutingData,
    areas: readonly CommutingArea[],
    engine: () => Promise<Engine>,
    settled: () => void,
  ) {
    this.seed = seed;
    this.shown = seed;
    this.wanted = seed.code;
    this.byCode = new Map(areas.map((a) => [a.code, a]));
    this.shownArea = this.byCode.get(seed.code)!;
    this.#engine = engine;
    this.#settled = settled;
  }

  /** A shipped area, or an own region of the link as an area. */
  area(code: string): CommutingArea | undefined {
    const group = this.ownGroup(code);
    return group ? ownArea(group) : this.byCode.get(code);
  }

  ownGroup(code: string): OwnGroup | undefined {
    const slot = groupSlot(code);
    return slot === null ? undefined : this.own.find((g) => g.slot === slot);
  }

  async applyUrl(search: string): Promise<void> {
    const params = new URLSearchParams(search);
    const { groups, refused } = parseGroups(params, (c) => this.byCode.get(c)?.level === 'kommune');
    this.own = groups;
    let code = params.get('region') ?? DEFAULT_AREA;
    // A refused own region is named with its reason (as on every page); the area shown instead follows.
    const notices = refused.map((r) => t.groups.refused(r));
    if (!this.area(code)) {
      const fallback = regionLabel(this.byCode.get(DEFAULT_AREA)!);
      const slot = groupSlot(code);
      notices.push(
        slot !== null && refused.some((r) => r.param === `g${slot}`)
          ? t.commuting.showingInstead(fallback)
          : t.commuting.unknownArea(code, fallback),
      );
      code = DEFAULT_AREA;
    }
    this.notice = notices.length ? notices.join(' ') : null;
    this.wanted = code;
    const group = this.ownGroup(code);
    // An own region is the same area only with the same members: `g1` may be edited in the link.
    if (code === this.shown.code && sameMembers(group?.members, this.shownMembers)) {
      this.shownArea = this.area(code)!;
      this.loading = false;
      this.#settled();
      return;
    }
    const request = ++this.#request;
    this.loading = true;
    this.failure = null;
    try {
      const next =
        code === this.seed.code ? this.seed : await loadCommuting(await this.#engine(), code, group?.members);
      if (request === this.#request) {
        this.shownMembers = group?.members;
        this.shownArea = this.area(code)!;
        this.shown = next;
      }
    } catch (e) {
      if (request === this.#request) this.failure = errorText(e);
    } finally {
      if (request === this.#request) {
        this.loading = false;
        this.#settled();
      }
    }
  }
}

/** An own region as one of the page's areas. */
export function ownArea(group: OwnGroup): CommutingArea {
  return { code: groupCode(group.slot), name: group.name, level: 'region', kind: 'egen' };
}

function sameMembers(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return (a ?? []).join(',') === (b ?? []).join(',');
}
