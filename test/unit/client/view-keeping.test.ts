/**
 * The pure parts of the language switch and the tooltip's placement: the switch carries the page's query
 * and anchor to the other language; a tooltip sits above its mark, below when there is no room above, and
 * never over the mark; the default embed snippets carry the view.
 */
import { describe, expect, it } from 'vitest';
import { switchedHref } from '../../../src/client/lang-switch.ts';
import { snippetAddress } from '../../../src/client/snippet-view.ts';
import { tipTop } from '../../../src/client/tooltips.ts';

describe('the language switch', () => {
  it('keeps the query and the anchor', () => {
    expect(switchedHref('/en/datasets/price-agreement/', { search: '?highlight=national', hash: '#chart-x' })).toBe(
      '/en/datasets/price-agreement/?highlight=national#chart-x',
    );
  });
  it('replaces what the link held before, and adds nothing to a bare page', () => {
    expect(switchedHref('/datasets/x/?highlight=a#old', { search: '?highlight=b', hash: '' })).toBe('/datasets/x/?highlight=b');
    expect(switchedHref('/en/', { search: '', hash: '' })).toBe('/en/');
  });
});

describe('the tooltip', () => {
  const overlaps = (top: number, h: number, mark: { top: number; bottom: number }) => top < mark.bottom && top + h > mark.top;
  it('goes above a mark with room above', () => {
    const mark = { top: 300, bottom: 310 };
    const top = tipTop(mark, 60, 800);
    expect(top + 60).toBeLessThanOrEqual(mark.top);
  });
  it('flips below a mark near the top of the screen, never covering it', () => {
    const mark = { top: 20, bottom: 30 };
    const top = tipTop(mark, 60, 800);
    expect(top).toBeGreaterThanOrEqual(mark.bottom);
    expect(overlaps(top, 60, mark)).toBe(false);
  });
  it('stays above when there is no room below either (the page scrolls to it; the mark stays clear)', () => {
    const mark = { top: 40, bottom: 50 };
    expect(overlaps(tipTop(mark, 80, 120), 80, mark)).toBe(false);
  });
});

describe("the page's embed snippets", () => {
  const base = 'https://example.org/embed/c/';
  it('carry the highlighted keys and the values shown, joined as an attribute needs', () => {
    expect(snippetAddress(base, ['a b', 'c'], 'printed')).toBe(`${base}?highlight=a%20b,c&amp;values=printed`);
    expect(snippetAddress(base, [], 'printed')).toBe(`${base}?values=printed`);
    expect(snippetAddress(base, ['a'], '')).toBe(`${base}?highlight=a`);
  });
  it('leave the address bare for the default view (all values, nothing highlighted)', () => {
    expect(snippetAddress(base, [], 'all')).toBe(base);
    expect(snippetAddress(base, [], '')).toBe(base);
  });
});
