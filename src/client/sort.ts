/**
 * Re-sorting a sortable chart (`<select data-sort>`: as drawn, by a period's value, by name): the rows are
 * pre-rendered, so sorting moves them. Each row's label carries `data-span="TOP HEIGHT"`; every element of a
 * row carries its `data-key` (or `data-row`), values their `data-period` and `data-value`. Elements are
 * matched by comparing those attributes, never by a selector built from them.
 */
import { all, data } from './dom.ts';
import { sortParam, withSort } from './params.ts';
import { ITEM_KEY, ITEM_KEY_ATTR } from './protocol.ts';
import type { Status } from './status.ts';

const ITEM_KEY_SELECTOR = `[${ITEM_KEY_ATTR}]`;

interface Row {
  key: string;
  top: number;
  height: number;
  /** Its place as drawn. */
  i: number;
  name: string;
}

/** The option values of the sort box: '' (as drawn), `period:P` (highest in P first), `name`. */
const PERIOD = 'period:';

/** The rows in the order `by` asks for. `value` is a row's value in a period (NaN when it has none). */
export function sortRows<R extends Pick<Row, 'key' | 'i' | 'name'>>(
  rows: R[],
  by: string,
  value: (key: string, period: string) => number,
  lang: string,
): R[] {
  const v = (r: R) => {
    const x = value(r.key, by.slice(PERIOD.length));
    return Number.isFinite(x) ? x : -1;
  };
  return [...rows].sort((a, b) => {
    if (by === 'name') return a.name.localeCompare(b.name, lang);
    return (by.startsWith(PERIOD) ? v(b) - v(a) : 0) || a.i - b.i;
  });
}

function sortChart(svg: SVGSVGElement, by: string): void {
  const rows: Row[] = all<SVGElement>('[data-span]', svg).map((l, i) => {
    const [top, height] = (data(l, 'span') ?? '').split(' ').map(Number);
    return { key: data(l, ITEM_KEY) ?? '', top: top ?? 0, height: height ?? 0, i, name: l.textContent ?? '' };
  });
  if (!rows.length || rows.some((r) => !Number.isFinite(r.top) || !Number.isFinite(r.height))) return;
  const values = new Map<string, number>();
  for (const el of all<SVGElement>('[data-period][data-value]', svg))
    values.set(`${data(el, ITEM_KEY)}\u0000${data(el, 'period')}`, Number(data(el, 'value')));
  const value = (key: string, period: string) => values.get(`${key}\u0000${period}`) ?? NaN;
  const keyed = all<SVGElement>(`${ITEM_KEY_SELECTOR},[data-row]`, svg);
  let y = rows[0]!.top;
  for (const r of sortRows(rows, by, value, document.documentElement.lang)) {
    const dy = y - r.top;
    y += r.height;
    for (const el of keyed) {
      if (data(el, ITEM_KEY) !== r.key && data(el, 'row') !== r.key) continue;
      el.dataset.t0 ??= el.getAttribute('transform') ?? '';
      el.setAttribute('transform', `translate(0,${dy}) ${el.dataset.t0}`.trim());
    }
  }
}

/**
 * The sort boxes: a change re-sorts the chart and writes the order into the address (`?sort=`), so the
 * address is the permalink of the view; an address with a `?sort=` the box offers opens sorted that way.
 */
export function installSort(status: Status | null): void {
  const apply = (sel: HTMLSelectElement) => {
    const fig = sel.closest('[data-chart-figure]');
    if (fig) for (const svg of all<SVGSVGElement>('svg[data-chart]', fig)) sortChart(svg, sel.value);
  };
  const wanted = sortParam(location.search);
  // An embed has no sort box: its `?sort=` (the embed builder sets it) sorts its charts when it names an order a
  // box would offer (`name`, `period:P`); anything else is ignored.
  if (!all('[data-sort]').length && (wanted === 'name' || wanted.startsWith(PERIOD)))
    for (const svg of all<SVGSVGElement>('svg[data-chart]')) sortChart(svg, wanted);
  for (const sel of all<HTMLSelectElement>('[data-sort]')) {
    // only an order the box offers (the value is compared, never used as a selector)
    if (wanted && Array.from(sel.options).some((o) => o.value === wanted)) {
      sel.value = wanted;
      apply(sel);
    }
    sel.addEventListener('change', () => {
      apply(sel);
      history.replaceState(history.state, '', withSort(location, sel.value));
      status?.say(sel.selectedOptions[0]?.textContent ?? '');
    });
  }
}
