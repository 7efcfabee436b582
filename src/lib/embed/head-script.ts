import { inlineScript } from '../html/inline-script';

/**
 * The inline script in /embed's <head>, run before first paint (it is Regionpuls's own page; the host's
 * CSP does not apply inside the iframe). It sets the theme from `?theme=` so a dark embed never flashes
 * white (a framed `auto` starts light and then follows the host page, see host-theme.ts), and hides the prerendered content when it is not what the URL asks for — another view, or
 * another data version (an archived chart must never show, even for a moment, numbers other than its
 * own). The page shows it again once it knows what to draw.
 */
export function embedHeadScript(defaultSearch: string, buildVersion: string): string {
  // JSON of plain strings, with '<' escaped so no value can close the script element.
  const lit = (s: string) => JSON.stringify(s).replace(/</g, '\\u003c');
  const body =
    `var q=new URLSearchParams(location.search),h=document.documentElement,t=q.get('theme'),v=q.get('v');` +
    // Framed, `auto` means the host page's theme (host-theme.ts): light until the host says otherwise.
    `h.setAttribute('data-rp-theme',t==='light'||t==='dark'?t:window.parent!==window?'light':'auto');` +
    `q.delete('theme');q.delete('v');var s=decodeURIComponent(q.toString());` +
    `if((v&&v!==${lit(buildVersion)})||(s&&s!==decodeURIComponent(${lit(defaultSearch)})))h.classList.add('rp-custom-view','rp-embed-wait');`;
  return inlineScript(`(function(){${body}})()`);
}
