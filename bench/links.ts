/**
 * The three links issue 13 measures against the engine-free floor, shared by `npm run bench`
 * (bench/run.ts) and the two-build comparison (bench/ab.ts) so both measure the same views.
 */
import { encodeTargets } from '../src/lib/targets/url';
import type { Target } from '../src/lib/targets/model';
import type { LoadOptions } from './load';

/** The shared link of issue 13: five kommuner's population (SSB 07459). */
export const SHARED_LINK = '/?indicator=befolkning&regions=3103,3107,3105,3101,3403';

/** The same regions as a non-default embed (indexed from 2010). */
export const EMBED_LINK =
  '/embed?indicator=befolkning&regions=3103,3107,3105,3101,3403&mode=indexed&base=2010';

/** A user's target carried in a link (not prerendered: its series must be queried). */
const LINK_TARGET: Target = {
  id: 'moss-folk',
  title: 'Moss: 55 000 innbyggere i 2030',
  region: '3103',
  indicator: 'befolkning',
  base_year: 2020,
  kind: 'level',
  amount: 55000,
  end_year: 2030,
  set_by: 'bench',
  source: '',
  source_url: '',
  illustration: false,
  note: '',
};

/** The target link's path, with the target encoded as the app writes it. */
export async function targetLink(): Promise<string> {
  return `/targets?target=${LINK_TARGET.id}&t=${await encodeTargets([LINK_TARGET])}`;
}

/** What tells a target link's chart is drawn. */
export const TARGET_CHART: Pick<LoadOptions, 'chartSelector'> = {
  chartSelector: '[data-testid=target-detail] svg',
};
