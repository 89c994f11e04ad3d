/**
 * Highlighting: `?highlight=KEY[,KEY…]` keeps the marks and labels of those items (their `data-key`, given
 * at build time) at full strength and dims the others, on every chart of the page that has them, and marks
 * their rows in the tables. A click on a label or the chart's select box toggles an item (a mark's click opens
 * its value's evidence), and the page's embed snippets follow. Only the select box puts it in the address (Share gives it
 * too): a tap on a mark shows its tooltip and leaves the address alone. Keys the page does not have are
 * dropped and announced in the chart's live region. Keys are compared with `dataset`, never put
 * into a selector: any value leaves the page working.
 */
import { all, closest, data } from './dom.ts';
import { highlightKeys, shown, withHighlight } from './params.ts';
import { CLASS, ITEM_KEY, ITEM_KEY_ATTR } from './protocol.ts';
import { writeSnippets } from './snippet-view.ts';
import type { Status } from './status.ts';

const CHART = 'svg[data-chart][role=group]';
const ITEM_KEY_SELECTOR = `[${ITEM_KEY_ATTR}]`;
/** At most this many unknown values are repeated in an announcement. */
const SHOWN_UNKNOWN = 5;

export interface Highlight {
  /** The keys highlighted now, in the order they were chosen. */
  current(): readonly string[];
}

/** The announcement of values a page ignored: `words.unknown` and the first few values, shown safely. */
export function unknownNote(unknownWord: string, values: readonly string[]): string {
  const unique = [...new Set(values)];
  if (!unique.length) return '';
  const listed = unique.slice(0, SHOWN_UNKNOWN).map(shown);
  return `${unknownWord}${listed.join(', ')}${unique.length > SHOWN_UNKNOWN ? ', …' : ''}`;
}

const keysIn = (root: ParentNode) => new Set(all<Element>(ITEM_KEY_SELECTOR, root).map((el) => data(el, ITEM_KEY) ?? ''));

/**
 * Installs highlighting on a page with charts; `otherUnknown` are values of other parameters the page
 * ignored, announced with the first state. Returns null on a page without charts.
 */
export function installHighlight(status: Status | null, otherUnknown: readonly string[] = []): Highlight | null {
  const charts = all<SVGSVGElement>(CHART);
  const say = (text: string) => status?.say(text);
  if (!charts.length) {
    if (status && otherUnknown.length) say(unknownNote(status.words.unknown, otherUnknown));
    return null;
  }
  const onPage = keysIn(document);
  const perChart = new Map(charts.map((svg) => [svg, keysIn(svg)]));
  const byId = new Map<string, Set<string>>();
  for (const [svg, keys] of perChart) if (!byId.has(data(svg, 'chart') ?? '')) byId.set(data(svg, 'chart') ?? '', keys);
  const names = new Map(all<HTMLOptionElement>('[data-highlight-select] option').map((o) => [o.value, o.textContent ?? o.value]));
  let current: string[] = [];

  /** `address`: the address bar follows (the highlight menu, and the first state's dropped keys); a click on
   * a mark or label changes the view only, and Share gives its address. */
  function apply(keys: readonly string[], announce: boolean, ignored: readonly string[] = [], address = true): void {
    const unknown = [...ignored.filter(Boolean), ...keys.filter((k) => !onPage.has(k))];
    current = [...new Set(keys.filter((k) => onPage.has(k)))];
    for (const [svg, keys] of perChart) {
      const mine = current.some((k) => keys.has(k));
      svg.toggleAttribute('data-highlighting', mine);
      for (const el of all<Element>(ITEM_KEY_SELECTOR, svg))
        el.classList.toggle(CLASS.highlighted, mine && current.includes(data(el, ITEM_KEY) ?? ''));
    }
    for (const tr of all(`tr${ITEM_KEY_SELECTOR}`)) tr.classList.toggle(CLASS.highlighted, current.includes(data(tr, ITEM_KEY) ?? ''));
    for (const s of all<HTMLSelectElement>('[data-highlight-select]')) {
      const one = current.length === 1 ? current[0]! : '';
      s.value = one && Array.from(s.options).some((o) => o.value === one) ? one : '';
    }
    if (address) history.replaceState(history.state, '', withHighlight(location, current));
    writeSnippets((chart) => current.filter((k) => (byId.get(chart) ?? new Set()).has(k)));
    if (!status) return;
    const note = unknownNote(status.words.unknown, unknown);
    if (!announce && !note) return;
    const state = current.length ? status.words.on + current.map((k) => names.get(k) ?? k).join(', ') : status.words.off;
    say(note ? `${state} ${note}` : state);
  }

  function toggle(key: string): void {
    apply(current.includes(key) ? current.filter((k) => k !== key) : [...current, key], true, [], false);
  }

  const start = highlightKeys(location.search);
  if (start.length || otherUnknown.length) apply(start, false, otherUnknown);

  // A click on a label toggles its item; a mark's click and Enter open its value's evidence (provenance.ts).
  document.addEventListener('click', (e) => {
    const el = closest<Element>(e.target, `${CHART} ${ITEM_KEY_SELECTOR}`);
    const key = el && !el.closest('.mark') && data(el, ITEM_KEY);
    if (key) toggle(key);
  });
  for (const s of all<HTMLSelectElement>('[data-highlight-select]'))
    s.addEventListener('change', () => apply(s.value ? [s.value] : [], true));
  return { current: () => current };
}
