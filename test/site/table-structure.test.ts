/**
 * Every table of every built page has a header row as wide as its widest body row (colspan counted), so no
 * header stands over the wrong column; and every id an `aria-labelledby` or `aria-describedby` names exists
 * on its page.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DIST } from '../e2e/browser.ts';
import { pages, read, urlOf } from './dist-helpers.ts';

const width = (tr: Element) =>
  [...tr.children].filter((c) => c.tagName === 'TH' || c.tagName === 'TD').reduce((n, c) => n + Number(c.getAttribute('colspan') ?? 1), 0);

/** For each table: the width of its header row and of its widest body row. */
function tableWidths(html: string): { caption: string; head: number; body: number }[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('table')].map((table, i) => {
    const head = table.querySelector('thead tr') ?? table.querySelector('tr');
    const body = [...table.querySelectorAll('tbody tr')].filter((tr) => tr !== head);
    return {
      caption: table.querySelector('caption')?.textContent?.trim() || table.closest('[id]')?.id || `table ${i + 1}`,
      head: head ? width(head) : 0,
      body: Math.max(0, ...body.map(width)),
    };
  });
}

/** The ids named by aria-labelledby / aria-describedby that the page does not have. */
function danglingRefs(html: string): string[] {
  const { document } = parseHTML(html);
  const have = new Set([...document.querySelectorAll('[id]')].map((e) => e.id));
  return [...document.querySelectorAll('[aria-labelledby], [aria-describedby]')].flatMap((el) =>
    ['aria-labelledby', 'aria-describedby'].flatMap((a) =>
      (el.getAttribute(a) ?? '')
        .split(/\s+/)
        .filter((id) => id && !have.has(id))
        .map((id) => `${a}="${id}"`),
    ),
  );
}

describe('the checks see what they forbid', () => {
  it('a header row one cell short, and a colspan counted', () => {
    const html = `<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><th>x</th><td>1</td><td>2</td></tr></tbody></table>
      <table><thead><tr><td></td><th colspan="2">a</th></tr></thead><tbody><tr><th>x</th><td>1</td><td>2</td></tr></tbody></table>`;
    expect(tableWidths(html).map((t) => [t.head, t.body])).toEqual([
      [2, 3],
      [3, 3],
    ]);
  });
  it('a label pointing at a missing id', () => {
    expect(danglingRefs('<section aria-labelledby="v1.1.0"><h2 id="v1-1-0">1.1.0</h2></section>')).toEqual(['aria-labelledby="v1.1.0"']);
    expect(danglingRefs('<p id="a">x</p><p aria-describedby="a">y</p>')).toEqual([]);
  });
});

describe('tables and references of the built pages', () => {
  const all = pages(DIST);
  it('the site has tables to check', () => {
    expect(all.filter((f) => tableWidths(read(f)).length > 0).length).toBeGreaterThan(4);
  });
  for (const file of all) {
    it(`${urlOf(DIST, file)}: every header row as wide as its body; every aria reference resolves`, () => {
      const html = read(file);
      const bad = tableWidths(html).filter((t) => t.body > 0 && t.head !== t.body);
      expect(bad).toEqual([]);
      expect(danglingRefs(html)).toEqual([]);
    });
  }
});
