/** Numbers as printed: width normalisation, plain parsing and formatting of rates and counts. */

const FULLWIDTH = /[０-９．，（）％]/g;

/** Full-width digits and punctuation (０-９ ． ， （ ） ％) → ASCII. */
export function toHalfWidth(s: string): string {
  return s.replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A rate as printed in these tables: one decimal, 0–100 (a trailing `%` allowed). */
export function parseRate(token: string): number | null {
  const m = /^(\d{1,3})\.(\d)%?$/.exec(token);
  if (!m) return null;
  const v = Number(`${m[1]}.${m[2]}`);
  if (v > 100 || (m[1]!.length > 1 && m[1]!.startsWith('0'))) return null;
  return v;
}

/** A count: digits, optionally grouped by commas in threes (`2,690`). */
export function parseCount(token: string): number | null {
  if (!/^(\d{1,3}(,\d{3})+|\d+)$/.test(token)) return null;
  if (token.length > 1 && token.startsWith('0')) return null;
  return Number(token.replace(/,/g, ''));
}

/** The plain form published in CSVs: `35.3`, `2690`; missing is the empty string. */
export function formatPlain(v: number | null, decimals = 0): string {
  if (v === null) return '';
  return decimals > 0 ? v.toFixed(decimals) : String(v);
}

/** The printed form of a rate (`35.3`), the inverse of `parseRate`. */
export function formatRate(v: number): string {
  return v.toFixed(1);
}

/** The printed form of a count (`2,690`), the inverse of `parseCount`. */
export function formatCount(v: number): string {
  return v.toLocaleString('en-US');
}
