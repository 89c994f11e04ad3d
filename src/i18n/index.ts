/**
 * The languages of the site and its words: Japanese first, every page also in English. The site's words are
 * in ja.ts and en.ts; each dataset's chart and table words are in its folder (words.ts), made the same way.
 */
import { en } from './en.ts';
import { ja } from './ja.ts';
import { dictionary, type Lang, type Words } from './words.ts';

export { LANGS, type Lang } from './words.ts';

/** The other language (for the language switch and alternates). */
export function otherLang(lang: Lang): Lang {
  return lang === 'ja' ? 'en' : 'ja';
}

/** The path segment of a language: none for Japanese (the root), `en` for English. */
export const LANG_SEGMENT: Record<Lang, string> = { ja: '', en: 'en' };

/** Of two texts given in both languages (optional notes of a document), the one of the language. */
export function inLang<T>(lang: Lang, ja: T, en: T): T {
  return lang === 'ja' ? ja : en;
}

const SITE = dictionary(ja, en);
export type SiteWords = Words<typeof ja>;

/** The site's words in a language. */
export function t(lang: Lang): SiteWords {
  return SITE[lang];
}

/** A name that a table gives in both languages: the English where it exists, else the Japanese as printed. */
export function localName(lang: Lang, ja: string, en: string): string {
  return lang === 'en' && en ? en : ja;
}
