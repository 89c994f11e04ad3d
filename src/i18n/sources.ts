/**
 * References to a source document, in one place for pages, embeds, citations and the SVG and PNG files:
 * the one-line credit under a chart, the reference in a citation, and the entry of a page's source list.
 */
import type { RegisterEntry } from '../pipeline/register.ts';
import { formatDocumentDate } from './dates.ts';
import type { Lang } from './words.ts';

export type SourceRef = Pick<
  RegisterEntry,
  'publisher_ja' | 'publisher_en' | 'title_ja' | 'title_en' | 'date' | 'type_ja' | 'type_en' | 'licence' | 'licence_ja'
> & {
  date_ja?: string | undefined;
};

/** How many sources a credit names before it says "and N more" (the full list is in the table and the data). */
const CREDITED = 3;

/**
 * The one credit of a chart: `出典：厚生労働省 医政局経済課「…」、医療介護CBニュース（…）` / `Source: MHLW …, “…”; …`:
 * the documents, then the publishers of quoted values; beyond three, "and N more".
 */
export function creditLine(sources: readonly SourceRef[], lang: Lang, publishers: readonly string[] = []): string {
  const named = [
    ...sources.map((s) => (lang === 'ja' ? `${s.publisher_ja}「${s.title_ja}」` : `${s.publisher_en}, “${s.title_en}”`)),
    ...publishers,
  ];
  const shown = named.length > CREDITED + 1 ? named.slice(0, CREDITED) : named;
  const more = named.length - shown.length;
  if (lang === 'ja')
    return `出典：${shown.join('、')}${more ? `ほか${more}件` : ''}${publishers.length ? '（引用した値の出典と文言は表とCSVに）' : ''}`;
  return `Source: ${shown.join('; ')}${more ? `; and ${more} more` : ''}${publishers.length ? " (each quoted value's source and words are in the table and the CSV)" : ''}`;
}

/** A source as a citation names it: publisher, title and date (several joined by "、" / "; "). */
export function citationRef(sources: readonly SourceRef[], lang: Lang): string {
  return citationOf(
    sources.map((s) => ({
      publisher: lang === 'ja' ? s.publisher_ja : s.publisher_en,
      title: lang === 'ja' ? s.title_ja : s.title_en,
      date: formatDocumentDate(s, lang),
    })),
    lang,
  );
}

/**
 * Sources in a language as a citation names them — 発行者「題名」（日付） / Publisher, “Title” (date) — each
 * title or date the source does not give ('unknown' or empty) left out, never guessed.
 */
export function citationOf(sources: readonly { publisher: string; title: string; date: string }[], lang: Lang): string {
  const known = (v: string) => (v && v !== 'unknown' ? v : '');
  const named = sources.map(({ publisher, title, date }) =>
    lang === 'ja'
      ? `${publisher}${known(title) && `「${title}」`}${known(date) && `（${date}）`}`
      : `${publisher}${known(title) && `, “${title}”`}${known(date) && ` (${date})`}`,
  );
  // two pages of one publisher, neither titled nor dated, are named once
  return [...new Set(named)].join(lang === 'ja' ? '、' : '; ');
}

/** The entry of a page's source list: publisher, title, type, date and the licence of its reuse. */
export function sourceEntry(s: SourceRef, lang: Lang): string {
  return lang === 'ja'
    ? `${s.publisher_ja}「${s.title_ja}」（${s.type_ja}、${formatDocumentDate(s, lang)}）。${s.licence_ja}。`
    : `${s.publisher_en}: ${s.title_en} (${s.type_en}, ${formatDocumentDate(s, lang)}). ${s.licence}.`;
}
