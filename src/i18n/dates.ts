/** Dates and periods as the site shows them: Japanese with the era year and the Western year, English in words. */
import { formatEraYear } from '../pipeline/eras.ts';
import type { Lang } from './words.ts';

function parts(iso: string): [number, number | undefined, number | undefined] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y!, m, d];
}

/** `2010-12` → 平成22年（2010年）12月 / December 2010; `2007-01-01` → 平成19年（2007年）1月1日 / 1 January 2007; `2011` → 平成23年（2011年） / 2011. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = parts(iso);
  if (lang === 'ja') return `${formatEraYear(y)}（${y}年）${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  return date.toLocaleDateString('en-GB', {
    timeZone: 'UTC',
    year: 'numeric',
    ...(m ? { month: 'long' } : {}),
    ...(d ? { day: 'numeric' } : {}),
  });
}

/** A short month for charts and table heads: `2010年12月` / `Dec 2010` (a year alone: `2012年` / `2012`). */
export function formatMonthShort(iso: string, lang: Lang): string {
  const [y, m] = parts(iso);
  if (m === undefined) return lang === 'ja' ? `${y}年` : String(y);
  if (lang === 'ja') return `${y}年${m}月`;
  return new Date(Date.UTC(y, (m ?? 1) - 1, 1)).toLocaleDateString('en-GB', { timeZone: 'UTC', month: 'short', year: 'numeric' });
}

/** A day as news and tables write it, without the era: `2016-04-15` → 2016年4月15日 / 15 April 2016 (a month or year alone: as formatMonthShort). */
export function formatDay(iso: string, lang: Lang): string {
  const [y, m, d] = parts(iso);
  if (d === undefined) return formatMonthShort(iso, lang);
  return lang === 'ja' ? `${y}年${m}月${d}日` : formatDate(iso, lang);
}

/** A document's date as its register gives it: the printed Japanese date where known, else the ISO date in words. */
export function formatDocumentDate(doc: { date: string; date_ja?: string | undefined }, lang: Lang): string {
  if (lang === 'ja' && doc.date_ja) return doc.date_ja;
  return doc.date.length > 4 ? formatDate(doc.date, lang) : doc.date;
}
