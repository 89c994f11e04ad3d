/** Japanese quoted on English pages is marked lang="ja"; everything else of the page is left byte for byte. */
import { describe, expect, it } from 'vitest';
import { markJapanese } from '../../../src/site/publish/mark-languages.ts';

describe('markJapanese', () => {
  it('wraps each run of Japanese prose, digits and brackets inside it included', () => {
    expect(markJapanese('<p>Laboratories (衛生検査所, which) and 平成22年（2010年）12月.</p>')).toBe(
      '<p>Laboratories (<span lang="ja">衛生検査所</span>, which) and <span lang="ja">平成22年（2010年）12月</span>.</p>',
    );
  });

  it('leaves the doctype, comments, a stray "<" and attribute values (even with ">" in them) alone', () => {
    const html = '<!DOCTYPE html><html lang="en"><!-- 注 --><p title="a > 検査">1 < 2 検査</p></html>';
    expect(markJapanese(html)).toBe(
      '<!DOCTYPE html><html lang="en"><!-- 注 --><p title="a > 検査">1 < 2 <span lang="ja">検査</span></p></html>',
    );
  });

  it('does not mark text already in Japanese elements, nor scripts, styles, titles, form text or SVG', () => {
    const html =
      '<head><title>検査</title><style>.a>b{}</style></head><p lang="ja">検査 <b>所</b></p><textarea>検査</textarea><svg><text>検査</text></svg><script>if (a<b) x="検査"</script><p>所</p>';
    expect(markJapanese(html)).toBe(html.replace('<p>所</p>', '<p><span lang="ja">所</span></p>'));
  });

  it('changes nothing on a page without Japanese', () => {
    const html = '<!doctype html><html lang="en"><body><p>Hello <a href="/?a=1&amp;b=2">there</a></p></body></html>';
    expect(markJapanese(html)).toBe(html);
  });
});
