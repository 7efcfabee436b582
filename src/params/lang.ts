/**
 * The language segment of the pages that run no script (region reports, `/dekning`): they cannot read
 * `lang=` after loading, so each language has its own prerendered path — `/nn/region/3403`,
 * `/en/dekning`. Bokmål is the path without the segment.
 */
import type { ParamMatcher } from '@sveltejs/kit';

export const match = ((param: string): param is 'nn' | 'en' =>
  param === 'nn' || param === 'en') satisfies ParamMatcher;
