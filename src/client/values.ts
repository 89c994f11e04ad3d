/**
 * `?values=printed`: only the values read from the document as printed are shown, on every chart and table
 * of the page (repaired, corrected and sourced values become gaps; CSS hides them by their `data-status`).
 * Each chart's "Values shown" box sets it; the address bar follows (the permalink), the page's embed snippets
 * carry it (snippet-view.ts), the Download tab offers the CSV of the values shown, and embeds read it too.
 */
import { all } from './dom.ts';
import { valuesShown, withValues } from './params.ts';
import { VALUES_ATTR, type ValuesShown } from './protocol.ts';
import { writeSnippets } from './snippet-view.ts';

function apply(values: ValuesShown): void {
  document.documentElement.toggleAttribute(VALUES_ATTR, values !== 'all');
  if (values !== 'all') document.documentElement.setAttribute(VALUES_ATTR, values);
  for (const s of all<HTMLSelectElement>('select[data-values-select]')) s.value = values;
  writeSnippets();
}

export function installValues(): void {
  apply(valuesShown(location.search));
  for (const s of all<HTMLSelectElement>('select[data-values-select]'))
    s.addEventListener('change', () => {
      const v: ValuesShown = s.value === 'printed' ? 'printed' : 'all';
      apply(v);
      history.replaceState(history.state, '', withValues(location, v));
    });
}
