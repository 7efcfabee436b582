/**
 * An inline <head> script that asks for a link's engine-free files (local-files.ts) while the page's
 * JavaScript is still loading, so the first chart of any view waits for neither: the indicator in the
 * URL (and population, for per 1 000), and the catalogue where the page does not carry it.
 */
import { POPULATION_INDICATOR } from '../schema';
import { CATALOGUE_FILE, indicatorFileName } from './local-files';

export interface PreloadOptions {
  /** `<base>/rows/<version>/`, as the page sees it (relative paths work). */
  folder: string;
  indicators: readonly string[];
  defaultIndicator: string;
  catalogue: boolean;
}

/** The script's body (no <script> tags); runs before the app, reads only `location.search`. */
export function preloadScript(o: PreloadOptions): string {
  const files = Object.fromEntries(o.indicators.map((id) => [id, indicatorFileName(id)]));
  const json = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');
  return (
    `(function(){try{var f=${json(files)},p=new URLSearchParams(location.search),i=p.get('indicator');if(!f[i])i=${json(o.defaultIndicator)};` +
    `var n=[f[i]];if(p.get('mode')==='per1000'&&i!==${json(POPULATION_INDICATOR)}&&f[${json(POPULATION_INDICATOR)}])n.push(f[${json(POPULATION_INDICATOR)}]);` +
    `${o.catalogue ? `n.push(${json(CATALOGUE_FILE)});` : ''}n.forEach(function(x){var l=document.createElement('link');l.rel='preload';l.as='fetch';l.crossOrigin='anonymous';l.href=${json(o.folder)}+x;document.head.appendChild(l)})}catch(e){}})()`
  );
}
