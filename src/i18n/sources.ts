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

/** `出典：厚生労働省 医政局経済課「…」` / `Source: MHLW …, “…”` (several joined by a space). */
export function creditLine(sources: readonly SourceRef[], lang: Lang): string {
  return sources
    .map((s) => (lang === 'ja' ? `出典：${s.publisher_ja}「${s.title_ja}」` : `Source: ${s.publisher_en}, “${s.title_en}”`))
    .join(' ');
}

/** A source as a citation names it: publisher, title and date (several joined by "; "). */
export function citationRef(sources: readonly SourceRef[], lang: Lang): string {
  return sources
    .map((s) =>
      lang === 'ja'
        ? `${s.publisher_ja}「${s.title_ja}」（${formatDocumentDate(s, lang)}）`
        : `${s.publisher_en}, “${s.title_en}” (${formatDocumentDate(s, lang)})`,
    )
    .join('; ');
}

/** The entry of a page's source list: publisher, title, type, date and the licence of its reuse. */
export function sourceEntry(s: SourceRef, lang: Lang): string {
  return lang === 'ja'
    ? `${s.publisher_ja}「${s.title_ja}」（${s.type_ja}、${formatDocumentDate(s, lang)}）。${s.licence_ja}。`
    : `${s.publisher_en}: ${s.title_en} (${s.type_en}, ${formatDocumentDate(s, lang)}). ${s.licence}.`;
}
