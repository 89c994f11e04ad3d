/**
 * Embed pages (`scripts/embed-page.js`, their only script: an embed carries what a chart in a report needs and
 * nothing of the site's pages — no tabs, share, builder or provenance panel — to stay within its 20 KB). The
 * page posts its height to the page that frames it (`{type: HEIGHT_MESSAGE, chart, height}`) whenever it
 * changes; `/embed.js` on the host page listens. Tooltips, highlight, `?sort=` and `?values=` work as on the
 * chart's page. (`?theme=` is applied before the first paint by the inline loader, src/site/publish/csp.ts.)
 */
import { installAll } from './dom.ts';
import { heightMessage } from './height.ts';
import { installHighlight } from './highlight.ts';
import { unknownThemes } from './params.ts';
import { PARAM, READY_ATTR } from './protocol.ts';
import { installSort } from './sort.ts';
import { findStatus } from './status.ts';
import { installTooltips } from './tooltips.ts';
import { installValues } from './values.ts';

function installHeightPosting(): void {
  if (window.parent === window) return;
  const chart = document.querySelector<HTMLElement>('[data-embed]')?.dataset.embed ?? '';
  let last = 0;
  const post = () => {
    const h = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (h === last) return;
    last = h;
    // The height is no secret: any page may frame an embed, so it goes to whichever page that is.
    window.parent.postMessage(heightMessage(chart, h), '*');
  };
  if ('ResizeObserver' in window) new ResizeObserver(post).observe(document.documentElement);
  window.addEventListener('resize', post);
  post();
}

const status = findStatus();
installAll([
  installTooltips,
  installValues,
  () =>
    installHighlight(
      status,
      unknownThemes(location.search).map((v) => `${PARAM.theme}=${v}`),
    ),
  () => installSort(status),
  installHeightPosting,
]);
document.documentElement.setAttribute(READY_ATTR, '');
