/** Numbers as the site shows them: grouped digits in the reader's language, sizes of files. */
import { LOCALE, type Lang } from './words.ts';

/** `2690` → `2,690`; `35.3` with one decimal → `35.3`; missing → `—`. */
export function formatNumber(v: number | null, lang: Lang, decimals = 0): string {
  if (v === null) return '—';
  return v.toLocaleString(LOCALE[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A file size: `812 bytes`, `12.4 KB`. */
export function formatBytes(n: number, lang: Lang): string {
  if (n < 1024) return lang === 'ja' ? `${n}バイト` : `${n} bytes`;
  return `${(n / 1024).toLocaleString(LOCALE[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB`;
}
