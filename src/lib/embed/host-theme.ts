/**
 * `theme=auto` in an embed follows the page it is embedded in, not the reader's system: a white
 * newspaper page must not get a black chart box because the reader's phone is in dark mode. The host
 * side (static/embed/regionpuls.js) reads the host page's background and posts
 * `{type: 'regionpuls:host-theme', theme: 'light' | 'dark'}`; until it does (or without the script),
 * a framed auto embed is light (set before first paint by head-script.ts).
 */
export const HOST_THEME_MESSAGE = 'regionpuls:host-theme';

/** Starts following the host's theme when the embed is framed and asked for `auto`; returns a stop. */
export function followHostTheme(search: string): () => void {
  const parent = window.parent;
  const asked = new URLSearchParams(search).get('theme');
  if (parent === window || asked === 'light' || asked === 'dark') return () => {};
  const onMessage = (e: MessageEvent) => {
    // Any origin may host the embed; only its direct parent decides, and only between two values.
    if (e.source !== parent) return;
    const data = e.data as { type?: unknown; theme?: unknown } | null;
    if (data?.type !== HOST_THEME_MESSAGE || (data.theme !== 'light' && data.theme !== 'dark')) return;
    document.documentElement.setAttribute('data-rp-theme', data.theme);
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
