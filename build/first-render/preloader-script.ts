/**
 * The one inline script in index.html, and its hash for the Content-Security-Policy.
 * It reads the build's route list (a JSON data block, which never runs) and starts the
 * downloads the current address needs: the page's code, its styles and the catalogue.
 * Its text is fixed, so its hash is known before the build; the chunk names live in the data.
 * Plain ES5 on purpose: it runs before anything else, on any browser, and must not throw.
 */
import { createHash } from 'node:crypto';

export const ROUTE_DATA_ID = 'bsf-routes';

// Styles are only preloaded: Vite's loader adds the stylesheet itself and waits for it, so a
// page never shows unstyled. The catalogue preload must match the app's fetch (CORS, same origin).
export const ROUTE_PRELOADER = `(function(){try{var d=document,e=d.getElementById('${ROUTE_DATA_ID}');if(!e)return;var r=JSON.parse(e.textContent),p=location.pathname;for(var i=0;i<r.length;i++){if(!new RegExp(r[i].re).test(p))continue;var f=[['modulepreload','',r[i].js],['preload','style',r[i].css],['preload','fetch',r[i].data]];for(var j=0;j<f.length;j++)for(var k=0;k<f[j][2].length;k++){var l=d.createElement('link');l.rel=f[j][0];if(f[j][1])l.as=f[j][1];l.crossOrigin='anonymous';l.href=f[j][2][k];d.head.appendChild(l)}return}}catch(x){}})();`;

/** The CSP source allowing exactly this script. */
export const ROUTE_PRELOADER_HASH = `'sha256-${createHash('sha256').update(ROUTE_PRELOADER).digest('base64')}'`;
