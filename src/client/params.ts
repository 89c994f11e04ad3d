/**
 * The URL parameters a page reads, parsed into values (never into selectors). Whatever the address holds,
 * these return plain data; what the page does not know is returned as `unknown`, for the page to announce.
 */
import { PARAM, THEMES, VALUES, type ValuesShown } from './protocol.ts';

/** `?values=printed` → `printed`; anything else (absent, unknown) → `all`. */
export function valuesShown(search: string): ValuesShown {
  const v = new URLSearchParams(search).get(PARAM.values);
  return (VALUES as readonly string[]).includes(v ?? '') ? (v as ValuesShown) : 'all';
}

/** The address of the same page with `?values=` set (`all` removes it), other parameters and the hash kept. */
export function withValues(location: { pathname: string; search: string; hash: string }, values: ValuesShown): string {
  const params = new URLSearchParams(location.search);
  params.delete(PARAM.values);
  if (values !== 'all') params.set(PARAM.values, values);
  const query = params.toString().replace(/%2C/g, ',');
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}

/** The keys of `?highlight=KEY[,KEY…]` (every `highlight` parameter), in order, empty ones dropped. */
export function highlightKeys(search: string): string[] {
  return new URLSearchParams(search)
    .getAll(PARAM.highlight)
    .flatMap((v) => v.split(','))
    .filter((k) => k !== '');
}

/** `?theme=` when it is not one the page knows (the inline loader applies known ones before the first paint). */
export function unknownThemes(search: string): string[] {
  return new URLSearchParams(search).getAll(PARAM.theme).filter((v) => !(THEMES as readonly string[]).includes(v));
}

/** The longest part of a value an announcement repeats: a 10,000-character parameter is not read out whole. */
export const SHOWN_CHARS = 40;

/**
 * A value as a live region may repeat it: control characters as the `%XX` the reader typed (a bare newline
 * would read as nothing), and long values cut with an ellipsis.
 */
export function shown(value: string): string {
  const chars = Array.from(value);
  const cut = chars.length > SHOWN_CHARS ? `${chars.slice(0, SHOWN_CHARS).join('')}…` : value;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  return cut.replace(/[\u0000-\u001f\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * The address of the same page with `?highlight=` set to `keys` (or removed), other parameters and the hash
 * kept. Keys are joined with bare commas, as readers write them.
 */
export function withHighlight(location: { pathname: string; search: string; hash: string }, keys: readonly string[]): string {
  const params = new URLSearchParams(location.search);
  params.delete(PARAM.highlight);
  const rest = params.toString();
  const hl = keys.length ? `${PARAM.highlight}=${keys.map(encodeURIComponent).join(',')}` : '';
  const query = [rest, hl].filter(Boolean).join('&');
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}

/** `?sort=`: the order a sortable chart's box is set to ('' when absent: the order as drawn). */
export function sortParam(search: string): string {
  return new URLSearchParams(search).get(PARAM.sort) ?? '';
}

/** The address of the same page with `?sort=` set to `by` (removed for the order as drawn), other parameters and the hash kept. */
export function withSort(location: { pathname: string; search: string; hash: string }, by: string): string {
  const params = new URLSearchParams(location.search);
  params.delete(PARAM.sort);
  const rest = params.toString();
  const query = [rest, by ? `${PARAM.sort}=${encodeURIComponent(by)}` : ''].filter(Boolean).join('&');
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}
