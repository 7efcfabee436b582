/**
 * Sizes of the /embed page. The chart keeps Plot's fixed height at every width (only the width
 * follows the container), so the prerendered chart and the live one take the same space: no jump.
 */
import { lineDefaults } from '../charts/line';

export const EMBED_CHART_HEIGHT = lineDefaults.height;

/** The width /embed's default view is prerendered at: a typical article column. */
export const EMBED_PRERENDER_WIDTH = 640;

/**
 * The iframe's height in the embed code, before the embed reports its own: about the default view's
 * height (title, legend, chart, source, link) in an article column, so most hosts see no resize at all.
 */
export const EMBED_HEIGHT = 600;
