/**
 * Each chart's Chart · Table · Download panels as ARIA tabs (arrows, Home/End). The build renders the first
 * tab selected and the stylesheet shows only its panel, so nothing moves when this runs; without this
 * script all three panels show.
 */
import { all } from './dom.ts';

/** The tab to select from tab `i` of `n` for a key (wrapping), or undefined for other keys. */
export function tabStep(key: string, i: number, n: number): number | undefined {
  const j = ({ ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: n - 1 } as Record<string, number>)[key];
  return j === undefined ? undefined : (j + n) % n;
}

const panelOf = (tab: HTMLElement) => document.getElementById(tab.getAttribute('aria-controls') ?? '');

function installTabList(tools: HTMLElement): void {
  const tabs = all('[role=tab]', tools);
  function select(tab: HTMLElement, focus: boolean): void {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      const panel = panelOf(t);
      // The chart panel shows unless turned off; the others are hidden unless turned on (src/styles/site.css).
      if (panel?.dataset.panel === 'chart') panel.classList.toggle('off', !on);
      else panel?.classList.toggle('on', on);
    }
    if (focus) tab.focus();
  }
  tabs.forEach((t, i) => {
    const panel = panelOf(t);
    panel?.setAttribute('role', 'tabpanel');
    panel?.setAttribute('aria-labelledby', t.id);
    t.addEventListener('click', () => select(t, false));
    t.addEventListener('keydown', (e) => {
      const j = tabStep(e.key, i, tabs.length);
      if (j === undefined) return;
      e.preventDefault();
      select(tabs[j]!, true);
    });
  });
}

export function installTabs(): void {
  for (const fig of all('[data-chart-figure]')) {
    const tools = fig.querySelector<HTMLElement>('[data-tools]');
    if (tools) installTabList(tools);
  }
}
