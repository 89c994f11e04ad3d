/** Paths of the site: Japanese at the root, English under /en/, everything under the base path. */
import type { ValueSource } from '../../display/table.ts';
import { LANG_SEGMENT, type Lang } from '../../i18n/index.ts';
import { LOCAL_SITE } from './address.ts';

/** The site's base path with a trailing slash (`/` or `/sub/`). */
function basePath(): string {
  return (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');
}

/** A path of the site in a language: `/datasets/x/` (ja) or `/en/datasets/x/` (en), under the base. */
export function href(lang: Lang, path = ''): string {
  const p = path.replace(/^\//, '');
  return `${basePath()}${LANG_SEGMENT[lang] && `${LANG_SEGMENT[lang]}/`}${p}`;
}

/** A file under the base path, the same in both languages (downloads, scripts). */
export function asset(path: string): string {
  return `${basePath()}${path.replace(/^\//, '')}`;
}

/** The origin the site is built for (SITE_URL, normalised by astro.config.mjs; localhost without it). */
export function siteOrigin(): string {
  return (import.meta.env?.SITE as string | undefined)?.replace(/\/$/, '') || LOCAL_SITE;
}

/** The absolute URL of a path of the site (canonical links, cards, oEmbed, snippets, citations). */
export function absolute(path: string, site: URL | string = siteOrigin()): string {
  return new URL(path, site).href;
}

/** The line of a source document in the source viewer (`/sources/<doc>/#L123`). */
export function lineHref(lang: Lang, doc: string, line: number | null): string | undefined {
  return line === null || !doc ? undefined : `${href(lang, `sources/${doc}/`)}#L${line}`;
}

/** Where a shown value links: its public source for a sourced value, else its line in the source viewer. */
export function sourceHref(lang: Lang, s: ValueSource | undefined): string | undefined {
  if (!s) return undefined;
  return s.url ? s.url : lineHref(lang, s.doc, s.line);
}

/** The `[...lang]` route parameter of a language: none for Japanese (the root), `en` for English. */
export function langParam(lang: Lang): string | undefined {
  return LANG_SEGMENT[lang] || undefined;
}
