/**
 * The bokmål region reports and `/dekning` run no script, so a `?lang=nn` link to them would show
 * bokmål. This first-paint script (allowed by its hash in the CSP) sends such a link on to the page's
 * own prerendered language version — `/region/3403?lang=nn` → `/nn/region/3403` — before anything paints.
 */
import { inlineScript } from './inline-script';

export const langRedirectScript = inlineScript(
  `(function(){var l=new URLSearchParams(location.search).get('lang');if(l!=='nn'&&l!=='en')return;var p=location.pathname.replace(/\\/(region\\/[^/]+|dekning)\\/?$/,'/'+l+'/$1');if(p!==location.pathname)location.replace(p+location.hash)})()`,
);
