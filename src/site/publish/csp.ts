/**
 * The Content-Security-Policy of every page: no third-party origins, and no inline script but one, the
 * script loader below, allowed by its hash (never 'unsafe-inline').
 */
import { createHash } from 'node:crypto';
import { PARAM, THEMES } from '../../client/protocol.ts';

/**
 * The one inline script (src/components/Scripts.astro), the same bytes on every page so one hash allows it.
 * Before the first paint it applies an embed's `?theme=` (no flash of the other theme); then, once the page
 * has loaded and painted, adds the scripts its `data-load` attribute lists, in order. The pages are complete
 * without them (they are enhancements), so they are not fetched while the first screen is still coming: on a
 * slow phone the reader sees the page sooner, and the page's own first paint is its largest one. When they
 * have run, site.js marks the page `<html data-ready>` (tests wait for it).
 */
export const LOADER =
  // The theme is read as the scripts read parameters (src/client/params.ts): parsed, and only a known value
  // applied, so `?theme=dark-x` is not taken for dark while the page announces it as ignored.
  `(function(d,s){var t=new URLSearchParams(location.search).get(${JSON.stringify(PARAM.theme)});` +
  `if(${JSON.stringify(THEMES)}.indexOf(t)>=0)d.documentElement.setAttribute('data-theme',t);` +
  "addEventListener('load',function(){requestAnimationFrame(function(){setTimeout(function(){s.getAttribute('data-load').split(' ').forEach(function(u){" +
  "var e=d.createElement('script');e.src=u;e.async=false;d.head.appendChild(e)})})})})})(document,document.currentScript)";

const LOADER_HASH = `'sha256-${createHash('sha256').update(LOADER).digest('base64')}'`;

const CSP_BASE = [
  "default-src 'self'",
  `script-src 'self' ${LOADER_HASH}`,
  // Plot and Astro emit inline <style>: styles may be inline, scripts may not (but the loader).
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy as a <meta> tag can carry it (frame-ancestors only works as a header: see _headers). */
export const CSP_META = CSP_BASE.join('; ');

export function cspHeader(frameAncestors: string): string {
  return [...CSP_BASE, `frame-ancestors ${frameAncestors}`].join('; ');
}
