/**
 * Each language pure: a Japanese page has no English sentence in what it shows or reads out (text and the
 * title, aria-label, alt and placeholder attributes), and every Japanese character on an English page is
 * inside an element marked lang="ja". Quoted material is exempt: code, the OCR text (.raw), the source
 * viewer's lines, form text (snippets, citations) and anything marked with the other language.
 * Written for readers: Japanese pages quote with 「」, never “” or "; no reader page (the About page, which
 * explains the method, aside) shows a repository path (`data/…`) or a field name with its value
 * ("status: read", "source line 772", 状態:, 原文 772).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DIST } from '../e2e/browser.ts';
import { pages, read, urlOf } from './dist-helpers.ts';

/** Three or more Latin words in a row, the last one not a file name or a unit: an English phrase. */
const ENGLISH = /\b[A-Za-z][a-z]+(?:[ ,'’-]+[A-Za-z][a-z]+){2,}\b/g;
/** Proper names of things that have no Japanese name (formats, licences, products). */
const NAMES = ['Frictionless Data Package', 'Government of Japan Standard Terms of Use', 'Creative Commons'];
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60]/;
const QUOTED = 'script, style, pre, code, textarea, .raw, ol.source, [lang="ja"], [lang="en"]';

function visibleTexts(document: Document, skip: string): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(document.body, 4 /* text */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = (n as Text).parentElement;
    if (parent && !parent.closest(skip)) out.push(n.textContent ?? '');
  }
  return out;
}

function readTexts(document: Document, skip: string): string[] {
  const out: string[] = [];
  for (const el of document.querySelectorAll('[title], [aria-label], [alt], [placeholder]')) {
    if (el.closest(skip)) continue;
    for (const a of ['title', 'aria-label', 'alt', 'placeholder']) if (el.hasAttribute(a)) out.push(el.getAttribute(a)!);
  }
  // SVG titles and descriptions are read out too.
  for (const el of document.querySelectorAll('svg title, svg desc')) if (!el.closest(skip)) out.push(el.textContent ?? '');
  return out;
}

const all = pages(DIST);
const ja = all.filter((f) => !urlOf(DIST, f).startsWith('/en/'));
const en = all.filter((f) => urlOf(DIST, f).startsWith('/en/'));

describe('Japanese pages speak Japanese', () => {
  for (const file of ja) {
    it(`${urlOf(DIST, file)} has no English sentence`, () => {
      const { document } = parseHTML(read(file));
      const phrases = [...visibleTexts(document, QUOTED), ...readTexts(document, QUOTED)].flatMap((text) => {
        let t = text;
        for (const name of NAMES) t = t.split(name).join('');
        return t.match(ENGLISH) ?? [];
      });
      expect(phrases).toEqual([]);
    });
  }
});

describe('English pages mark the Japanese they quote', () => {
  for (const file of en) {
    it(`${urlOf(DIST, file)}: every Japanese text is inside lang="ja"`, () => {
      const { document } = parseHTML(read(file));
      const unmarked = visibleTexts(document, 'script, style, title, textarea, svg, [lang="ja"]').filter((t) => CJK.test(t));
      expect(unmarked).toEqual([]);
    });
  }

  it('the Japanese pages have no element marked English other than the language switch and quoted English', () => {
    for (const file of ja) {
      const { document } = parseHTML(read(file));
      // 404.html is served for any address, Japanese or English: its English half is one section of its own
      const marked = [...document.querySelectorAll('body [lang="en"]')].filter(
        (el) => !el.matches('[data-lang-switch]') && !(urlOf(DIST, file) === '/404.html' && el.matches('section.second-language')),
      );
      expect(
        marked.map((el) => el.outerHTML.slice(0, 120)),
        urlOf(DIST, file),
      ).toEqual([]);
    }
  });
});

describe('pages are written for readers', () => {
  const texts = (file: string) => {
    const { document } = parseHTML(read(file));
    return [...visibleTexts(document, QUOTED), ...readTexts(document, QUOTED)];
  };
  const JARGON = /\b(?:status|raw|rule): |\bsource line \d|状態[:：] |原文 \d|規則: /;
  const readerPages = all.filter((f) => !/^\/(?:en\/)?about\/$/.test(urlOf(DIST, f)));

  it('the Japanese pages quote with 「」, not “” or "', () => {
    const bad = ja.flatMap((f) =>
      texts(f)
        .filter((t) => /[“”"]/.test(t))
        .map((t) => `${urlOf(DIST, f)}: ${t.slice(0, 80)}`),
    );
    expect(bad).toEqual([]);
  });

  it('no reader page shows a repository path or a field name with its value', () => {
    expect(readerPages.length).toBeGreaterThan(20);
    const bad = readerPages.flatMap((f) =>
      texts(f)
        .filter((t) => /(?:^|[\s（(])data\/[a-z]/.test(t) || JARGON.test(t))
        .map((t) => `${urlOf(DIST, f)}: ${t.slice(0, 80)}`),
    );
    expect(bad).toEqual([]);
  });
});
