/**
 * The strings of downloads, the embed dialog and the /embed page, in the active language. They live
 * in the catalogues (`embed` in src/lib/i18n/nb/charts.ts, nn/charts.ts, en/charts.ts); this name stays
 * for the components that read them.
 */
import { t, type Messages } from '../i18n';

export const embedText: Messages['embed'] = new Proxy({} as Messages['embed'], {
  get: (_, key) => t.embed[key as keyof Messages['embed']],
});
