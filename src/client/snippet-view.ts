/**
 * The page's default embed snippets (`<textarea data-embed-url data-chart>`, before the embed builder takes
 * them over) carry the view the page shows: its chart's highlighted keys (highlight.ts) and, on a chart with
 * the "values shown" box, `?values=printed` (values.ts). Each writer sets its part; this writes the address.
 */
import { all, data } from './dom.ts';
import { PARAM, VALUES_ATTR } from './protocol.ts';

/** The embed's address with the view's parameters, for a double-quoted attribute (`&amp;` between them). */
export function snippetAddress(base: string, keys: readonly string[], values: string): string {
  const params = [
    keys.length ? `${PARAM.highlight}=${keys.map(encodeURIComponent).join(',')}` : '',
    values && values !== 'all' ? `${PARAM.values}=${encodeURIComponent(values)}` : '',
  ].filter(Boolean);
  return params.length ? `${base}?${params.join('&amp;')}` : base;
}

/** Rewrites every default snippet; `keysOf(chart)` gives a chart's highlighted keys (none when omitted: kept as they were). */
export function writeSnippets(keysOf?: (chart: string) => readonly string[]): void {
  const values = document.documentElement.getAttribute(VALUES_ATTR) ?? '';
  for (const ta of all<HTMLTextAreaElement>('textarea[data-embed-url]')) {
    const base = data(ta, 'embedUrl') ?? '';
    if (!base) continue;
    if (keysOf) ta.dataset.keys = keysOf(data(ta, 'chart') ?? '').join(',');
    const keys = ta.dataset.keys ? ta.dataset.keys.split(',') : [];
    // Only a chart that has values not read as printed offers the choice (its figure has the box).
    const mine = ta.closest('figure')?.querySelector('[data-values-select]') ? values : '';
    ta.dataset.original ??= ta.value;
    ta.value = ta.dataset.original.split(base).join(snippetAddress(base, keys, mine));
  }
}
