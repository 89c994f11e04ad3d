/**
 * Case list: filters the cases by list and by the words searched, without a page reload. Without this
 * script the form stays hidden (the page's <noscript> style) and every case shows.
 */
import { all, data } from './dom.ts';

/** The words of a search, lower-cased, blanks collapsed. */
export const searchWords = (q: string): string[] => q.replace(/\s+/g, ' ').trim().toLowerCase().split(' ').filter(Boolean);

export function installCaseFilter(): void {
  const form = document.querySelector<HTMLElement>('[data-case-filter]');
  const q = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !q) return;
  const cases = all('[data-case]');
  const groups = all('[data-group]');
  const count = form.querySelector('[data-n]');
  const none = document.querySelector<HTMLElement>('[data-no-match]');
  function apply(): void {
    const list = form!.querySelector<HTMLInputElement>('input[name="list"]:checked')?.value ?? '';
    const words = searchWords(q!.value);
    let n = 0;
    for (const c of cases) {
      const text = data(c, 'text') ?? '';
      const ok = (!list || data(c, 'list') === list) && words.every((w) => text.includes(w));
      c.hidden = !ok;
      if (ok) n++;
    }
    for (const g of groups) g.hidden = !g.querySelector('[data-case]:not([hidden])');
    if (count) count.textContent = String(n);
    if (none) none.hidden = n > 0;
  }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
}
