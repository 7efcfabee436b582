/**
 * The site's colour theme: the reader's choice kept in this browser, or the system's. Applied before
 * first paint by a small inline script (allowed by its hash in the Content-Security-Policy) so a dark
 * page never flashes white; embeds take theirs from `?theme=` instead (src/lib/embed/head-script.ts).
 */
import { inlineScript } from './html/inline-script';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_KEY = 'regionpuls:theme';

export function storedTheme(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Theme {
  try {
    const t = storage?.getItem(THEME_KEY);
    return t === 'light' || t === 'dark' ? t : 'auto';
  } catch {
    return 'auto';
  }
}

export function applyTheme(
  theme: Theme,
  storage: Pick<Storage, 'setItem' | 'removeItem'> = localStorage,
): void {
  document.documentElement.setAttribute('data-rp-theme', theme);
  try {
    if (theme === 'auto') storage.removeItem(THEME_KEY);
    else storage.setItem(THEME_KEY, theme);
  } catch {
    // A browser that keeps nothing still shows the theme for this page.
  }
}

/** The first-paint script: the stored choice onto <html>, `auto` when there is none. */
export const themeScript = inlineScript(
  `(function(){var t;try{t=localStorage.getItem(${JSON.stringify(THEME_KEY)})}catch(e){}document.documentElement.setAttribute('data-rp-theme',t==='light'||t==='dark'?t:'auto')})()`,
);
