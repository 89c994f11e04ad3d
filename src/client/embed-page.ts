/**
 * Embed pages (`scripts/embed-page.js`): the page posts its height to the page that frames it
 * (`{type: HEIGHT_MESSAGE, chart, height}`) whenever it changes; `/embed.js` on the host page listens.
 * (`?theme=` is applied before the first paint by the inline loader, src/site/publish/csp.ts.) The loader adds this
 * script once the page has loaded.
 */
import { heightMessage } from './height.ts';
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

installHeightPosting();
installValues();
