/**
 * The language switch (`<a data-lang-switch>`, a plain link to the other language's page) keeps the view:
 * the query (`?highlight=`, `?theme=`) and the `#anchor` of the page now are added to it, at load and again
 * whenever they may have changed (the anchor moved, or just before the link is followed or copied).
 */
import { all } from './dom.ts';

/** The other language's address with this page's query and anchor. */
export function switchedHref(href: string, here: { search: string; hash: string }): string {
  const base = href.replace(/[?#].*$/, '');
  return `${base}${here.search}${here.hash}`;
}

export function installLangSwitch(): void {
  for (const a of all<HTMLAnchorElement>('a[data-lang-switch]')) {
    const update = () => a.setAttribute('href', switchedHref(a.getAttribute('href') ?? '', location));
    update();
    window.addEventListener('hashchange', update);
    for (const e of ['pointerdown', 'focus', 'click']) a.addEventListener(e, update);
  }
}
