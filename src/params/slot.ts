/**
 * The number of an own region («egen region») in its report's path: `/region/egen-1` … `egen-5`, the
 * code it has in `regions=` (src/lib/groups/group.ts).
 */
import type { ParamMatcher } from '@sveltejs/kit';
import { groupSlot } from '../lib/groups/group';

export const match = ((param: string) => groupSlot(`egen-${param}`) !== null) satisfies ParamMatcher;
