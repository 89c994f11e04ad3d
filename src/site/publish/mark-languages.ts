/**
 * English pages quote Japanese: labels the source has in Japanese only, titles of documents, OCR text. Each
 * run of Japanese text that is not already inside an element marked `lang="ja"` is wrapped in
 * `<span lang="ja">`, so that screen readers and fonts treat it as Japanese. Applied to the built English
 * pages (src/site/publish/integration.ts); everything else of the page is left byte for byte.
 */

/** Kana, kanji and full-width forms (the ideographic space and punctuation included). */
const CJK = '\\u3000-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
/** A run: Japanese characters, with digits, spaces and brackets between them, starting and ending on Japanese. */
const RUN = new RegExp(`[${CJK}](?:[${CJK}0-9\\s()\\-・.,:]*[${CJK}])?`, 'g');
/** Comments, doctypes, tags (quoted attribute values may hold `>`), a stray `<`, and text. */
const TOKEN = /<!--[\s\S]*?-->|<![^>]*>|<\/?[a-zA-Z][^\s/>]*(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>|<|[^<]+/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose text is not prose to mark: scripts, styles, the document title, form text, and SVG. */
const OPAQUE = new Set(['script', 'style', 'title', 'textarea', 'svg', 'option']);

interface Open {
  name: string;
  ja: boolean;
  opaque: boolean;
}

export function markJapanese(html: string): string {
  const stack: Open[] = [];
  let out = '';
  for (const m of html.matchAll(TOKEN)) {
    const token = m[0];
    if (token.startsWith('<!') || token === '<') {
      out += token;
      continue;
    }
    if (token.startsWith('<')) {
      const close = token.startsWith('</');
      const name = /^<\/?([a-zA-Z][\w-]*)/.exec(token)![1]!.toLowerCase();
      if (close) {
        const at = stack.map((o) => o.name).lastIndexOf(name);
        if (at >= 0) stack.length = at;
      } else if (!VOID.has(name) && !token.endsWith('/>')) {
        const parent = stack[stack.length - 1];
        const lang = /\slang="([^"]*)"/.exec(token)?.[1];
        stack.push({
          name,
          ja: lang ? lang.startsWith('ja') : (parent?.ja ?? false),
          opaque: OPAQUE.has(name) || (parent?.opaque ?? false),
        });
      }
      out += token;
      continue;
    }
    const here = stack[stack.length - 1];
    out += !here || here.ja || here.opaque ? token : token.replace(RUN, (run) => `<span lang="ja">${run}</span>`);
  }
  return out;
}
